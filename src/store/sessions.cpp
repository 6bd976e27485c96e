#include "store/sessions.h"

namespace sk::store {

namespace {

constexpr const char* kSessionColumns =
    "s.id, s.programme_id, s.type, s.title, s.description, s.starts_at, s.ends_at, s.host_school_id, o.name, s.venue_name, "
    "s.address, s.capacity, s.audience_kind, s.audience_working_group_id, s.status, s.report_body, s.report_published_at, "
    "s.report_mailed, "
    "(SELECT COUNT(*) FROM session_registrations r WHERE r.session_id = s.id AND r.status = 'registered'), "
    "(SELECT COUNT(*) FROM session_registrations r WHERE r.session_id = s.id AND r.status = 'waitlisted') "
    "FROM network_sessions s LEFT JOIN organisations o ON o.id = s.host_school_id ";

SessionRow session_from(const Row& r) {
    SessionRow s;
    s.id = r.i64(0);
    s.programme_id = r.i64(1);
    s.type = r.str(2);
    s.title = r.str(3);
    s.description = r.str(4);
    s.starts_at = r.i64(5);
    s.ends_at = r.i64(6);
    s.host_school_id = r.opt_i64(7);
    s.host_school_name = r.opt_str(8);
    s.venue_name = r.str(9);
    s.address = r.str(10);
    s.capacity = r.i64(11);
    s.audience_kind = r.str(12);
    s.working_group_id = r.opt_i64(13);
    s.status = r.str(14);
    s.report_body = r.opt_str(15);
    s.report_published_at = r.opt_i64(16);
    s.report_mailed = r.i64(17) != 0;
    s.registered = r.i64(18);
    s.waitlisted = r.i64(19);
    return s;
}

}  // namespace

std::optional<SessionRow> find_session(Db& db, std::int64_t id) {
    auto res = db.exec(std::string("SELECT ") + kSessionColumns + "WHERE s.id = $1", {id});
    if (res.empty()) return std::nullopt;
    return session_from(res.one());
}

std::vector<SessionRow> programme_sessions(Db& db, std::int64_t programme_id) {
    std::vector<SessionRow> out;
    for (const auto& r : db.exec(std::string("SELECT ") + kSessionColumns + "WHERE s.programme_id = $1 ORDER BY s.starts_at, s.id",
                                 {programme_id})
                             .rows)
        out.push_back(session_from(r));
    return out;
}

std::int64_t create_session(Db& db, std::int64_t programme_id, const SessionFields& f, std::int64_t user_id, std::int64_t now) {
    return db
        .exec("INSERT INTO network_sessions (programme_id, type, title, description, starts_at, ends_at, host_school_id, venue_name, address, "
              "capacity, audience_kind, audience_working_group_id, status, created_at, created_by, updated_at) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $14) RETURNING id",
              {programme_id, f.type, f.title, f.description, f.starts_at, f.ends_at, nullable(f.host_school_id), f.venue_name,
               f.address, f.capacity, f.audience_kind, nullable(f.working_group_id), f.status, now, user_id})
        .one()
        .i64(0);
}

void update_session(Db& db, std::int64_t id, const SessionFields& f, std::int64_t now) {
    db.exec("UPDATE network_sessions SET type = $2, title = $3, description = $4, starts_at = $5, ends_at = $6, host_school_id = $7, "
            "venue_name = $8, address = $9, capacity = $10, audience_kind = $11, audience_working_group_id = $12, status = $13, "
            "updated_at = $14 WHERE id = $1",
            {id, f.type, f.title, f.description, f.starts_at, f.ends_at, nullable(f.host_school_id), f.venue_name, f.address,
             f.capacity, f.audience_kind, nullable(f.working_group_id), f.status, now});
}

void delete_session(Db& db, std::int64_t id) { db.exec("DELETE FROM network_sessions WHERE id = $1", {id}); }

void set_session_report(Db& db, std::int64_t id, const std::string& body, std::optional<std::int64_t> published_at, bool mailed) {
    db.exec("UPDATE network_sessions SET report_body = $2, report_published_at = $3, report_mailed = $4 WHERE id = $1",
            {id, body, nullable(published_at), std::int64_t{mailed ? 1 : 0}});
}

void lock_session(Db& db, std::int64_t id) { db.exec("UPDATE network_sessions SET lock_version = lock_version + 1 WHERE id = $1", {id}); }

namespace {

constexpr const char* kRegistrationColumns =
    "SELECT r.id, r.user_id, u.name, u.email, u.language, o.name, r.status, r.queue_seq, r.attended "
    "FROM session_registrations r JOIN users u ON u.id = r.user_id LEFT JOIN organisations o ON o.id = r.organisation_id ";

SessionRegistration registration_from(const Row& r) {
    return {r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.opt_str(5), r.str(6), r.i64(7), r.i64(8) != 0};
}

}  // namespace

std::vector<SessionRegistration> active_registrations(Db& db, std::int64_t session_id) {
    std::vector<SessionRegistration> out;
    for (const auto& r : db.exec(std::string(kRegistrationColumns) +
                                     "WHERE r.session_id = $1 AND r.status IN ('registered', 'waitlisted') ORDER BY r.queue_seq, r.id",
                                 {session_id})
                             .rows)
        out.push_back(registration_from(r));
    return out;
}

std::optional<SessionRegistration> find_registration(Db& db, std::int64_t session_id, std::int64_t user_id) {
    auto res = db.exec(std::string(kRegistrationColumns) + "WHERE r.session_id = $1 AND r.user_id = $2", {session_id, user_id});
    if (res.empty()) return std::nullopt;
    return registration_from(res.one());
}

void put_registration(Db& db, std::int64_t session_id, std::int64_t user_id, std::optional<std::int64_t> organisation_id,
                      const std::string& status, std::int64_t now) {
    const auto seq =
        db.exec("SELECT COALESCE(MAX(queue_seq), 0) + 1 FROM session_registrations WHERE session_id = $1", {session_id}).one().i64(0);
    db.exec("INSERT INTO session_registrations (session_id, user_id, organisation_id, status, queue_seq, registered_at) "
            "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (session_id, user_id) DO UPDATE SET organisation_id = excluded.organisation_id, "
            "status = excluded.status, queue_seq = excluded.queue_seq, registered_at = excluded.registered_at, attended = 0",
            {session_id, user_id, nullable(organisation_id), status, seq, now});
}

void set_registration_status(Db& db, std::int64_t registration_id, const std::string& status) {
    db.exec("UPDATE session_registrations SET status = $2 WHERE id = $1", {registration_id, status});
}

void set_attendance(Db& db, std::int64_t session_id, const std::vector<std::int64_t>& user_ids) {
    db.exec("UPDATE session_registrations SET attended = 0 WHERE session_id = $1", {session_id});
    for (auto uid : user_ids)
        db.exec("UPDATE session_registrations SET attended = 1 WHERE session_id = $1 AND user_id = $2", {session_id, uid});
}

bool set_one_attendance(Db& db, std::int64_t session_id, std::int64_t user_id, bool attended) {
    return db.exec("UPDATE session_registrations SET attended = $3 WHERE session_id = $1 AND user_id = $2 AND status = 'registered'",
                   {session_id, user_id, std::int64_t{attended ? 1 : 0}})
               .affected == 1;
}

ParticipantPage page_participants(Db& db, const ParticipantFilter& filter, const PageSlice& page) {
    ParticipantPage out;
    std::vector<Value> params{filter.session_id};
    std::string where = "WHERE r.session_id = $1 AND r.status IN ('registered', 'waitlisted')";
    where += search_condition(params, filter.search, {"u.name", "u.email", "COALESCE(o.name, '')"});
    const std::string from =
        "FROM session_registrations r JOIN users u ON u.id = r.user_id LEFT JOIN organisations o ON o.id = r.organisation_id ";
    // Every registration has its user (ON DELETE CASCADE): without a search the counts need no join, which
    // at 6,000 registrations in one session is most of their cost.
    const std::string count_from = filter.search.empty() ? "FROM session_registrations r " : from;
    out.by_status = count_per_value(db, "SELECT r.status, COUNT(*) " + count_from + where + " GROUP BY r.status", params, {"registered", "waitlisted"});
    out.attended = db.exec("SELECT COUNT(*) FROM session_registrations WHERE session_id = $1 AND status = 'registered' AND attended = 1",
                           {filter.session_id})
                       .one()
                       .i64(0);
    if (!filter.status.empty()) {
        params.push_back(filter.status);
        where += " AND r.status = $" + std::to_string(params.size());
    }
    if (filter.user_id) {
        params.push_back(*filter.user_id);
        where += " AND r.user_id = $" + std::to_string(params.size());
    }
    out.total = db.exec("SELECT COUNT(*) " + count_from + where, params).one().i64(0);
    // The waitlist place: waitlisted ones of the session up to this one in queue order.
    const std::string position =
        ", CASE WHEN r.status = 'waitlisted' THEN (SELECT COUNT(*) FROM session_registrations w WHERE w.session_id = r.session_id "
        "AND w.status = 'waitlisted' AND (w.queue_seq < r.queue_seq OR (w.queue_seq = r.queue_seq AND w.id <= r.id))) ELSE 0 END ";
    auto sql = std::string(kRegistrationColumns);
    sql.insert(sql.find(" FROM "), position);
    // The page's ids first, then their rows: the waitlist place is counted for the page's rows only.
    const auto ids = "SELECT r.id " + from + where + page.order_by + page.limit_clause(params);
    for (const auto& r : db.exec(sql + "WHERE r.id IN (" + ids + ")" + page.order_by, params).rows)
        out.rows.push_back({registration_from(r), r.i64(9)});
    return out;
}

std::vector<Attachment> session_attachments(Db& db, std::int64_t session_id) {
    std::vector<Attachment> out;
    for (const auto& r : db.exec("SELECT id, session_id, file_name, content_type, size, sha256 FROM session_attachments "
                                 "WHERE session_id = $1 ORDER BY id",
                                 {session_id})
                             .rows)
        out.push_back({r.i64(0), r.i64(1), r.str(2), r.str(3), r.i64(4), r.str(5)});
    return out;
}

std::map<std::int64_t, std::vector<Attachment>> programme_attachments(Db& db, std::int64_t programme_id) {
    std::map<std::int64_t, std::vector<Attachment>> out;
    for (const auto& r : db.exec("SELECT a.id, a.session_id, a.file_name, a.content_type, a.size, a.sha256 FROM session_attachments a "
                                 "JOIN network_sessions s ON s.id = a.session_id WHERE s.programme_id = $1 ORDER BY a.session_id, a.id",
                                 {programme_id})
                             .rows)
        out[r.i64(1)].push_back({r.i64(0), r.i64(1), r.str(2), r.str(3), r.i64(4), r.str(5)});
    return out;
}

std::map<std::int64_t, SessionPlace> session_places(Db& db, std::int64_t user_id, std::int64_t programme_id) {
    std::map<std::int64_t, SessionPlace> out;
    for (const auto& r :
         db.exec("SELECT r.session_id, r.status, CASE WHEN r.status = 'waitlisted' THEN "
                 "(SELECT COUNT(*) FROM session_registrations w WHERE w.session_id = r.session_id AND w.status = 'waitlisted' "
                 "AND (w.queue_seq < r.queue_seq OR (w.queue_seq = r.queue_seq AND w.id <= r.id))) ELSE 0 END "
                 "FROM session_registrations r JOIN network_sessions s ON s.id = r.session_id "
                 "WHERE r.user_id = $1 AND s.programme_id = $2 AND r.status IN ('registered', 'waitlisted')",
                 {user_id, programme_id})
             .rows)
        out[r.i64(0)] = {r.str(1), r.i64(2)};
    return out;
}

std::optional<Attachment> find_attachment(Db& db, std::int64_t session_id, std::int64_t id) {
    auto res = db.exec("SELECT id, session_id, file_name, content_type, size, sha256 FROM session_attachments "
                       "WHERE session_id = $1 AND id = $2",
                       {session_id, id});
    if (res.empty()) return std::nullopt;
    const auto& r = res.one();
    return Attachment{r.i64(0), r.i64(1), r.str(2), r.str(3), r.i64(4), r.str(5)};
}

std::int64_t add_attachment(Db& db, const Attachment& a, std::int64_t user_id, std::int64_t now) {
    return db
        .exec("INSERT INTO session_attachments (session_id, file_name, content_type, size, sha256, created_at, created_by) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
              {a.session_id, a.file_name, a.content_type, a.size, a.sha256, now, user_id})
        .one()
        .i64(0);
}

void delete_attachment(Db& db, std::int64_t id) { db.exec("DELETE FROM session_attachments WHERE id = $1", {id}); }

}  // namespace sk::store
