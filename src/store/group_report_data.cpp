#include "store/group_report_data.h"

#include <algorithm>
#include <unordered_map>

#include "core/label_rule.h"

namespace sk::store {

namespace {

constexpr const char* kSubmittedOfKind =
    "m.programme_id = $1 AND m.kind = $2 AND m.status = 'submitted' AND EXISTS (SELECT 1 FROM programme_participants pp "
    "WHERE pp.programme_id = m.programme_id AND pp.organisation_id = m.organisation_id AND pp.kind = 'school')";

}  // namespace

std::vector<core::SchoolLevels> submitted_levels(Db& db, std::int64_t programme_id, const std::string& kind, const core::CriterionIndex& index) {
    std::vector<core::SchoolLevels> out;
    std::unordered_map<std::int64_t, std::size_t> missing;  // measurement id -> position in out
    const auto rows = db.exec(std::string("SELECT m.id, m.organisation_id, l.levels FROM measurements m "
                                          "LEFT JOIN measurement_levels l ON l.measurement_id = m.id WHERE ") +
                                  kSubmittedOfKind + " ORDER BY m.organisation_id",
                              {programme_id, kind});
    out.reserve(rows.rows.size());
    for (const auto& r : rows.rows) {
        if (r.is_null(2)) {
            missing[r.i64(0)] = out.size();
            out.push_back({r.i64(1), core::LevelVector(index.size(), core::kUnanswered)});
        } else {
            const auto& packed = std::get<std::string>(r.raw(2));
            out.push_back({r.i64(1), core::unpack_levels(packed, index)});
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

std::vector<ProgrammeSchool> programme_schools(Db& db, std::int64_t programme_id) {
    std::vector<ProgrammeSchool> out;
    for (const auto& r : db.exec("SELECT o.id, o.name FROM programme_participants pp JOIN organisations o ON o.id = pp.organisation_id "
                                 "WHERE pp.programme_id = $1 AND pp.kind = 'school' ORDER BY o.name, o.id",
                                 {programme_id})
                             .rows)
        out.push_back({r.i64(0), r.str(1)});
    return out;
}

std::map<std::string, std::int64_t> survey_response_counts(Db& db, std::int64_t programme_id, const std::string& kind) {
    std::map<std::string, std::int64_t> out;
    for (const auto& r : db.exec("SELECT s.respondent_group, COUNT(*) FROM surveys s JOIN survey_responses r ON r.survey_id = s.id "
                                 "WHERE s.programme_id = $1 AND s.kind = $2 AND EXISTS (SELECT 1 FROM programme_participants pp "
                                 "WHERE pp.programme_id = s.programme_id AND pp.organisation_id = s.organisation_id AND pp.kind = 'school') "
                                 "GROUP BY s.respondent_group",
                                 {programme_id, kind})
                             .rows)
        out[r.str(0)] = r.i64(1);
    return out;
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
    db.exec("INSERT INTO measurement_levels (measurement_id, levels) VALUES ($1, $2) "
            "ON CONFLICT (measurement_id) DO UPDATE SET levels = excluded.levels",
            {measurement_id, core::pack_levels(answers)});
}

void drop_level_projection(Db& db, std::int64_t measurement_id) {
    db.exec("DELETE FROM measurement_levels WHERE measurement_id = $1", {measurement_id});
}

}  // namespace sk::store
