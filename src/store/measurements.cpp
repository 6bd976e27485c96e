#include "store/measurements.h"

#include "store/group_report_data.h"

#include <map>

namespace sk::store {

namespace {

constexpr const char* kMeasurementSelect =
    "SELECT m.id, m.programme_id, m.organisation_id, o.name, m.kind, m.framework_id, m.framework_version, m.status, m.created_at, "
    "m.submitted_at, su.name, m.reopened_at, m.reopen_reason "
    "FROM measurements m JOIN organisations o ON o.id = m.organisation_id LEFT JOIN users su ON su.id = m.submitted_by ";

Measurement measurement_from_row(const Row& r) {
    Measurement m;
    m.id = r.i64(0);
    m.programme_id = r.i64(1);
    m.organisation_id = r.i64(2);
    m.organisation_name = r.str(3);
    m.kind = r.str(4);
    m.framework_id = r.str(5);
    m.framework_version = r.str(6);
    m.status = r.str(7);
    m.created_at = r.i64(8);
    m.submitted_at = r.opt_i64(9);
    m.submitted_by_name = r.opt_str(10);
    m.reopened_at = r.opt_i64(11);
    m.reopen_reason = r.opt_str(12);
    return m;
}

constexpr const char* kAnswerSelect =
    "SELECT a.criterion_id, a.level, a.comment, a.version, a.updated_at, u.name "
    "FROM measurement_answers a LEFT JOIN users u ON u.id = a.updated_by ";

AnswerRow answer_from_row(const Row& r) {
    return {r.str(0), r.opt_str(1), r.str(2), r.i64(3), r.i64(4), r.opt_str(5), {}};
}

}  // namespace

std::optional<Measurement> find_measurement(Db& db, std::int64_t id) {
    auto r = db.exec(std::string(kMeasurementSelect) + "WHERE m.id = $1", {id});
    if (r.empty()) return std::nullopt;
    return measurement_from_row(r.one());
}

std::optional<Measurement> find_measurement(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind) {
    auto r = db.exec(std::string(kMeasurementSelect) + "WHERE m.programme_id = $1 AND m.organisation_id = $2 AND m.kind = $3",
                     {programme_id, organisation_id, kind});
    if (r.empty()) return std::nullopt;
    return measurement_from_row(r.one());
}

std::pair<std::int64_t, bool> start_measurement(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind,
                                                const std::string& framework_id, const std::string& framework_version,
                                                std::int64_t user_id, std::int64_t now) {
    auto inserted = db.exec(
        "INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, created_at, created_by, "
        "updated_at) VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, $6) ON CONFLICT (programme_id, organisation_id, kind) DO NOTHING "
        "RETURNING id",
        {programme_id, organisation_id, kind, framework_id, framework_version, now, user_id});
    if (!inserted.empty()) return {inserted.one().i64(0), true};
    const auto id = db.exec("SELECT id FROM measurements WHERE programme_id = $1 AND organisation_id = $2 AND kind = $3",
                            {programme_id, organisation_id, kind})
                        .one()
                        .i64(0);
    return {id, false};
}

std::vector<AnswerRow> measurement_answers(Db& db, std::int64_t measurement_id) {
    std::vector<AnswerRow> out;
    std::map<std::string, std::size_t> index;
    for (const auto& r : db.exec(std::string(kAnswerSelect) + "WHERE a.measurement_id = $1", {measurement_id}).rows) {
        index[r.str(0)] = out.size();
        out.push_back(answer_from_row(r));
    }
    for (const auto& r : db.exec("SELECT criterion_id, evidence_id FROM measurement_evidence WHERE measurement_id = $1 "
                                 "ORDER BY criterion_id, evidence_id",
                                 {measurement_id})
                             .rows)
        if (auto it = index.find(r.str(0)); it != index.end()) out[it->second].evidence_ids.push_back(r.i64(1));
    return out;
}

std::optional<AnswerRow> measurement_answer(Db& db, std::int64_t measurement_id, const std::string& criterion_id) {
    auto r = db.exec(std::string(kAnswerSelect) + "WHERE a.measurement_id = $1 AND a.criterion_id = $2", {measurement_id, criterion_id});
    if (r.empty()) return std::nullopt;
    auto a = answer_from_row(r.one());
    for (const auto& e : db.exec("SELECT evidence_id FROM measurement_evidence WHERE measurement_id = $1 AND criterion_id = $2 "
                                 "ORDER BY evidence_id",
                                 {measurement_id, criterion_id})
                             .rows)
        a.evidence_ids.push_back(e.i64(0));
    return a;
}

SaveResult save_answer(Db& db, std::int64_t measurement_id, const std::string& criterion_id, const std::optional<std::string>& level,
                        const std::string& comment, std::int64_t expected_version, std::int64_t user_id, std::int64_t now,
                        const std::optional<std::vector<std::int64_t>>& evidence_ids) {
    Transaction tx(db);
    auto result = save_answer_in(db, measurement_id, criterion_id, level, comment, expected_version, user_id, now, evidence_ids);
    if (result.outcome == SaveOutcome::saved) tx.commit();
    return result;
}

SaveResult save_answer_in(Db& db, std::int64_t measurement_id, const std::string& criterion_id, const std::optional<std::string>& level,
                          const std::string& comment, std::int64_t expected_version, std::int64_t user_id, std::int64_t now,
                          const std::optional<std::vector<std::int64_t>>& evidence_ids) {
    // Touching the measurement row first takes its row lock (PostgreSQL) or the write lock (SQLite), so
    // this write and a submit are ordered: an autosave after the submit sees it locked.
    if (db.exec("UPDATE measurements SET updated_at = $2 WHERE id = $1 AND status = 'open'", {measurement_id, now}).affected != 1)
        return {SaveOutcome::locked, std::nullopt};
    const Value lvl = level ? Value(*level) : Value(Null{});
    std::int64_t affected = 0;
    if (expected_version == 0) {
        affected = db.exec("INSERT INTO measurement_answers (measurement_id, criterion_id, level, comment, version, updated_at, updated_by) "
                           "VALUES ($1, $2, $3, $4, 1, $5, $6) ON CONFLICT (measurement_id, criterion_id) DO NOTHING",
                           {measurement_id, criterion_id, lvl, comment, now, user_id})
                       .affected;
    } else {
        affected = db.exec("UPDATE measurement_answers SET level = $3, comment = $4, version = version + 1, updated_at = $5, updated_by = $6 "
                           "WHERE measurement_id = $1 AND criterion_id = $2 AND version = $7",
                           {measurement_id, criterion_id, lvl, comment, now, user_id, expected_version})
                       .affected;
    }
    if (affected == 1 && evidence_ids) {
        db.exec("DELETE FROM measurement_evidence WHERE measurement_id = $1 AND criterion_id = $2", {measurement_id, criterion_id});
        for (auto id : *evidence_ids)
            db.exec("INSERT INTO measurement_evidence (measurement_id, criterion_id, evidence_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    {measurement_id, criterion_id, id});
    }
    // Read inside the transaction, so the answer returned is exactly the one written (or, on a conflict,
    // the one that beat this write).
    return {affected == 1 ? SaveOutcome::saved : SaveOutcome::conflict, measurement_answer(db, measurement_id, criterion_id)};
}

bool mark_submitted(Db& db, std::int64_t measurement_id, std::int64_t user_id, std::int64_t now) {
    const bool done = db.exec("UPDATE measurements SET status = 'submitted', submitted_at = $2, submitted_by = $3, updated_at = $2 "
                              "WHERE id = $1 AND status = 'open'",
                              {measurement_id, now, user_id})
                          .affected == 1;
    // The group report's projection of the submitted levels, in the same transaction (store/group_report_data.h).
    if (done) write_level_projection(db, measurement_id);
    return done;
}

bool mark_reopened(Db& db, std::int64_t measurement_id, const std::string& reason, std::int64_t now) {
    const bool done = db.exec("UPDATE measurements SET status = 'open', submitted_at = NULL, submitted_by = NULL, reopened_at = $2, "
                              "reopen_reason = $3, updated_at = $2 WHERE id = $1 AND status = 'submitted'",
                              {measurement_id, now, reason})
                          .affected == 1;
    if (done) drop_level_projection(db, measurement_id);  // an open measurement is not in the group report
    return done;
}

MeasurementState measurement_state(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind) {
    auto r = db.exec("SELECT m.status, (SELECT COUNT(*) FROM measurement_answers a WHERE a.measurement_id = m.id) FROM measurements m "
                     "WHERE m.programme_id = $1 AND m.organisation_id = $2 AND m.kind = $3",
                     {programme_id, organisation_id, kind});
    if (r.empty()) return {};
    return {r.one().i64(1) > 0, r.one().str(0) == "submitted"};
}

std::map<std::pair<std::int64_t, std::string>, MeasurementState> measurement_states(Db& db, std::int64_t programme_id) {
    std::map<std::pair<std::int64_t, std::string>, MeasurementState> out;
    for (const auto& r : db.exec("SELECT m.organisation_id, m.kind, m.status, "
                                 "CASE WHEN EXISTS (SELECT 1 FROM measurement_answers a WHERE a.measurement_id = m.id) THEN 1 ELSE 0 END "
                                 "FROM measurements m WHERE m.programme_id = $1",
                                 {programme_id})
                             .rows)
        out[{r.i64(0), r.str(1)}] = {r.i64(3) > 0, r.str(2) == "submitted"};
    return out;
}

}  // namespace sk::store
