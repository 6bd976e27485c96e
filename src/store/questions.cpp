#include "store/questions.h"

namespace sk::store {

namespace {

const char* kQuestionSelect =
    "SELECT q.id, q.name, q.email, q.organisation, q.topic, q.question, q.language, q.received_at, q.due_at, q.status, "
    "q.taken_by, tu.name, q.taken_at, q.answer, q.answered_at, q.answered_by, au.name, q.forwarded_to, q.forward_note, "
    "q.forwarded_at, q.forwarded_by, fu.name, q.handled_at, q.overdue_alerted_at, q.organiser_id "
    "FROM questions q LEFT JOIN users tu ON tu.id = q.taken_by LEFT JOIN users au ON au.id = q.answered_by "
    "LEFT JOIN users fu ON fu.id = q.forwarded_by ";

std::optional<UserRef> user_ref(const Row& r, std::size_t id, std::size_t name) {
    if (r.is_null(id)) return std::nullopt;
    return UserRef{r.i64(id), r.opt_str(name).value_or("")};
}

Question read(const Row& r) {
    Question q;
    q.id = r.i64(0);
    q.name = r.str(1);
    q.email = r.str(2);
    q.organisation = r.str(3);
    q.topic = r.str(4);
    q.question = r.str(5);
    q.language = r.str(6);
    q.received_at = r.i64(7);
    q.due_at = r.i64(8);
    q.status = r.str(9);
    q.taken_by = user_ref(r, 10, 11);
    q.taken_at = r.opt_i64(12);
    q.answer = r.opt_str(13);
    q.answered_at = r.opt_i64(14);
    q.answered_by = user_ref(r, 15, 16);
    q.forwarded_to = r.opt_str(17);
    q.forward_note = r.opt_str(18);
    q.forwarded_at = r.opt_i64(19);
    q.forwarded_by = user_ref(r, 20, 21);
    q.handled_at = r.opt_i64(22);
    q.overdue_alerted_at = r.opt_i64(23);
    q.organiser_id = r.opt_i64(24);
    return q;
}

std::vector<Question> read_all(const Result& res) {
    std::vector<Question> out;
    out.reserve(res.rows.size());
    for (const auto& r : res.rows) out.push_back(read(r));
    return out;
}

}  // namespace

std::int64_t create_question(Db& db, const NewQuestion& q) {
    return db
        .exec("INSERT INTO questions (name, email, organisation, topic, question, language, consent_at, received_at, due_at, status, "
              "organiser_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, 'new', $9) RETURNING id",
              {q.name, q.email, q.organisation, q.topic, q.question, q.language, q.received_at, q.due_at, nullable(q.organiser_id)})
        .one()
        .i64(0);
}

std::optional<Question> find_question(Db& db, std::int64_t id) {
    auto r = db.exec(std::string(kQuestionSelect) + "WHERE q.id = $1", {id});
    if (r.empty()) return std::nullopt;
    return read(r.one());
}

std::vector<Question> list_questions(Db& db, std::int64_t user_id, const std::string& status) {
    // Unhandled first (0), then handled (1); within the first group nearest due first, within the second latest due first.
    const std::string order =
        "ORDER BY CASE WHEN q.handled_at IS NULL THEN 0 ELSE 1 END, "
        "CASE WHEN q.handled_at IS NULL THEN q.due_at ELSE -q.due_at END, q.id";
    const std::string mine =
        "WHERE q.organiser_id IN (SELECT organisation_id FROM memberships WHERE user_id = $1 AND role = 'organiser') ";
    if (status.empty()) return read_all(db.exec(std::string(kQuestionSelect) + mine + order, {user_id}));
    if (status == "open") return read_all(db.exec(std::string(kQuestionSelect) + mine + "AND q.status IN ('new', 'taken') " + order, {user_id}));
    return read_all(db.exec(std::string(kQuestionSelect) + mine + "AND q.status = $2 " + order, {user_id, status}));
}

QuestionPage page_questions(Db& db, const QuestionFilter& filter, const PageSlice& page) {
    QuestionPage out;
    std::vector<Value> params{filter.user_id};
    std::string where = "WHERE q.organiser_id IN (SELECT organisation_id FROM memberships WHERE user_id = $1 AND role = 'organiser')";
    where += search_condition(params, filter.search, {"q.name", "q.email", "q.organisation"});
    out.by_status = count_per_value(db, "SELECT q.status, COUNT(*) FROM questions q " + where + " GROUP BY q.status", params,
                                    {"new", "taken", "answered", "forwarded"});
    if (filter.status == "open") {
        where += " AND q.status IN ('new', 'taken')";
    } else if (!filter.status.empty()) {
        params.push_back(filter.status);
        where += " AND q.status = $" + std::to_string(params.size());
    }
    out.total = db.exec("SELECT COUNT(*) FROM questions q " + where, params).one().i64(0);
    // The page's ids first, then their rows (as store/registrations.cpp).
    const auto ids = "SELECT q.id FROM questions q " + where + page.order_by + page.limit_clause(params);
    out.rows = read_all(db.exec(std::string(kQuestionSelect) + "WHERE q.id IN (" + ids + ")" + page.order_by, params));
    return out;
}

bool take_question(Db& db, std::int64_t id, std::int64_t user_id, std::int64_t now) {
    // A forwarded question stays forwarded (that fact matters more than who holds it now).
    return db.exec("UPDATE questions SET taken_by = $2, taken_at = $3, status = CASE WHEN status = 'new' THEN 'taken' ELSE status END "
                   "WHERE id = $1 AND answered_at IS NULL",
                   {id, user_id, now})
               .affected == 1;
}

bool answer_question(Db& db, std::int64_t id, std::int64_t user_id, const std::string& answer, std::int64_t now) {
    return db.exec("UPDATE questions SET status = 'answered', answer = $3, answered_at = $4, answered_by = $2, "
            "handled_at = COALESCE(handled_at, $4), taken_by = COALESCE(taken_by, $2), taken_at = COALESCE(taken_at, $4) "
                   "WHERE id = $1 AND answered_at IS NULL",
                   {id, user_id, answer, now})
               .affected == 1;
}

bool forward_question(Db& db, std::int64_t id, std::int64_t user_id, const std::string& to, const std::string& note, std::int64_t now) {
    return db.exec("UPDATE questions SET status = 'forwarded', forwarded_to = $3, forward_note = $4, forwarded_at = $5, forwarded_by = $2, "
            "handled_at = COALESCE(handled_at, $5), taken_by = COALESCE(taken_by, $2), taken_at = COALESCE(taken_at, $5) "
                   "WHERE id = $1 AND answered_at IS NULL",
                   {id, user_id, to, note, now})
               .affected == 1;
}

std::vector<Question> unalerted_overdue_questions(Db& db, std::int64_t now) {
    return read_all(db.exec(std::string(kQuestionSelect) +
                                "WHERE q.handled_at IS NULL AND q.overdue_alerted_at IS NULL AND q.due_at < $1 ORDER BY q.due_at, q.id",
                            {now}));
}

bool mark_overdue_alerted(Db& db, std::int64_t id, std::int64_t now) {
    return db.exec("UPDATE questions SET overdue_alerted_at = $2 WHERE id = $1 AND overdue_alerted_at IS NULL", {id, now}).affected == 1;
}

std::optional<std::int64_t> home_organiser(Db& db) {
    return db.exec("SELECT MIN(id) FROM organisations WHERE kind = 'organiser'").one().opt_i64(0);
}

std::vector<Organiser> question_organisers(Db& db, std::int64_t organiser_id) {
    std::vector<Organiser> out;
    for (const auto& r : db.exec("SELECT DISTINCT u.id, u.name, u.email, u.language FROM users u JOIN memberships m ON m.user_id = u.id "
                                 "WHERE m.organisation_id = $1 AND m.role = 'organiser' AND u.password_hash IS NOT NULL ORDER BY u.id",
                                 {organiser_id})
                           .rows)
        out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3)});
    return out;
}

}  // namespace sk::store
