#include "store/group_report_data.h"

#include <algorithm>
#include <unordered_map>

#include "core/label_rule.h"

namespace sk::store {

namespace {

constexpr const char* kSubmittedOfKind =
    "m.programme_id = $1 AND m.kind = $2 AND m.status = 'submitted' AND EXISTS (SELECT 1 FROM programme_participants pp "
    "WHERE pp.programme_id = m.programme_id AND pp.organisation_id = m.organisation_id AND pp.kind = 'school')";

bool takes_part(const std::vector<std::int64_t>& schools, std::int64_t organisation_id) {
    return std::binary_search(schools.begin(), schools.end(), organisation_id);
}

}  // namespace

std::vector<std::int64_t> participating_school_ids(Db& db, std::int64_t programme_id) {
    std::vector<std::int64_t> out;
    const auto rows = db.exec("SELECT organisation_id FROM programme_participants WHERE programme_id = $1 AND kind = 'school'", {programme_id});
    out.reserve(rows.rows.size());
    for (const auto& r : rows.rows) out.push_back(r.i64(0));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<core::SchoolLevels> submitted_levels(Db& db, std::int64_t programme_id, const std::string& kind, const core::CriterionIndex& index,
                                                 const std::vector<std::int64_t>& schools) {
    // Both lists come sorted by school (one measurement per school and kind): merge them.
    const auto submitted = db.exec("SELECT m.organisation_id, m.id FROM measurements m WHERE m.programme_id = $1 AND m.kind = $2 "
                                   "AND m.status = 'submitted' ORDER BY m.organisation_id",
                                   {programme_id, kind});
    const auto projected = db.exec("SELECT l.organisation_id, l.measurement_id, l.levels FROM measurement_levels l "
                                   "WHERE l.programme_id = $1 AND l.kind = $2 ORDER BY l.organisation_id",
                                   {programme_id, kind});
    std::vector<core::SchoolLevels> out;
    std::unordered_map<std::int64_t, std::size_t> missing;  // measurement id -> position in out
    out.reserve(submitted.rows.size());
    auto p = projected.rows.begin();
    for (const auto& r : submitted.rows) {
        const auto org = r.i64(0);
        const auto measurement = r.i64(1);
        if (!takes_part(schools, org)) continue;
        while (p != projected.rows.end() && p->i64(0) < org) ++p;
        if (p != projected.rows.end() && p->i64(0) == org && p->i64(1) == measurement) {
            out.push_back({org, core::unpack_levels(std::get<std::string>(p->raw(2)), index)});
        } else {
            missing[measurement] = out.size();
            out.push_back({org, core::LevelVector(index.size(), core::kUnanswered)});
        }
    }
    if (!missing.empty()) {
        const auto answers = db.exec(std::string("SELECT a.measurement_id, a.criterion_id, a.level FROM measurement_answers a "
                                                 "JOIN measurements m ON m.id = a.measurement_id WHERE ") +
                                         kSubmittedOfKind +
                                         " AND a.level IS NOT NULL AND NOT EXISTS (SELECT 1 FROM measurement_levels l WHERE l.measurement_id = m.id)",
                                     {programme_id, kind});
        for (const auto& r : answers.rows) {
            auto it = missing.find(r.i64(0));
            const auto pos = index.find(r.str(1));
            const auto level = core::parse_level(r.str(2));
            if (it == missing.end() || !pos || !level) continue;
            out[it->second].levels[*pos] = static_cast<std::int8_t>(core::rank(*level));
        }
    }
    return out;
}

std::vector<core::SchoolLevels> submitted_levels(Db& db, std::int64_t programme_id, const std::string& kind, const core::CriterionIndex& index) {
    return submitted_levels(db, programme_id, kind, index, participating_school_ids(db, programme_id));
}

std::vector<ProgrammeSchool> programme_schools(Db& db, std::int64_t programme_id) {
    std::vector<ProgrammeSchool> out;
    for (const auto& r : db.exec("SELECT o.id, o.name FROM programme_participants pp JOIN organisations o ON o.id = pp.organisation_id "
                                 "WHERE pp.programme_id = $1 AND pp.kind = 'school' ORDER BY o.name, o.id",
                                 {programme_id})
                             .rows)
        out.push_back({r.i64(0), r.str(1)});
    return out;
}

std::map<std::string, std::int64_t> survey_response_counts(Db& db, std::int64_t programme_id, const std::string& kind,
                                                           const std::vector<std::int64_t>& schools) {
    std::map<std::string, std::int64_t> out;
    // One row per survey (covering index surveys_report): the count its triggers keep, not one per response.
    for (const auto& r : db.exec("SELECT s.organisation_id, s.respondent_group, s.response_count FROM surveys s "
                                 "WHERE s.programme_id = $1 AND s.kind = $2 AND s.response_count > 0",
                                 {programme_id, kind})
                             .rows)
        if (takes_part(schools, r.i64(0))) out[r.str(1)] += r.i64(2);
    return out;
}

std::map<std::string, std::int64_t> survey_response_counts(Db& db, std::int64_t programme_id, const std::string& kind) {
    return survey_response_counts(db, programme_id, kind, participating_school_ids(db, programme_id));
}

std::map<std::int64_t, std::string> decided_labels(Db& db, std::int64_t programme_id) {
    std::map<std::int64_t, std::string> out;
    // Newest first per school: the first row seen per school wins.
    for (const auto& r : db.exec("SELECT la.organisation_id, la.decided_label FROM label_applications la "
                                 "WHERE la.programme_id = $1 AND la.status = 'decided' AND la.decided_label IS NOT NULL "
                                 "AND EXISTS (SELECT 1 FROM programme_participants pp WHERE pp.programme_id = la.programme_id "
                                 "AND pp.organisation_id = la.organisation_id AND pp.kind = 'school') "
                                 "ORDER BY la.organisation_id, la.decided_at DESC, la.id DESC",
                                 {programme_id})
                             .rows)
        out.emplace(r.i64(0), r.str(1));
    return out;
}

void write_level_projection(Db& db, std::int64_t measurement_id) {
    std::vector<std::pair<std::string, core::Level>> answers;
    for (const auto& r : db.exec("SELECT criterion_id, level FROM measurement_answers WHERE measurement_id = $1 AND level IS NOT NULL "
                                 "ORDER BY criterion_id",
                                 {measurement_id})
                             .rows)
        if (auto level = core::parse_level(r.str(1))) answers.emplace_back(r.str(0), *level);
    db.exec("INSERT INTO measurement_levels (measurement_id, programme_id, kind, organisation_id, levels) "
            "SELECT id, programme_id, kind, organisation_id, CAST($2 AS TEXT) FROM measurements WHERE id = $1 "
            "ON CONFLICT (measurement_id) DO UPDATE SET levels = excluded.levels",
            {measurement_id, core::pack_levels(answers)});
}

void drop_level_projection(Db& db, std::int64_t measurement_id) {
    db.exec("DELETE FROM measurement_levels WHERE measurement_id = $1", {measurement_id});
}

}  // namespace sk::store
