// What the group report and the working-group proposal read: one query per source, mapped straight
// to the compact shapes of core/group_report.h. Also the `measurement_levels` projection (migrations
// 009 and 014) that keeps the levels query to one short row per school; written and dropped by
// store/measurements.cpp in the transactions that submit and reopen a measurement.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/group_report.h"
#include "store/db.h"

namespace sk::store {

// The organisation ids of the schools taking part in the programme, ascending: the filter the sources
// below apply in C++ (a per-row EXISTS in SQL cost more than the rows themselves).
std::vector<std::int64_t> participating_school_ids(Db& db, std::int64_t programme_id);

// The submitted measurements of `kind` of the schools taking part (`schools`: participating_school_ids),
// sorted by organisation id, over `index`'s framework. Which measurements count comes from `measurements`
// (one covering-index scan), their levels from the projection (another); a submitted measurement without
// a projection row is read from its answers in one more query.
std::vector<core::SchoolLevels> submitted_levels(Db& db, std::int64_t programme_id, const std::string& kind, const core::CriterionIndex& index,
                                                 const std::vector<std::int64_t>& schools);
std::vector<core::SchoolLevels> submitted_levels(Db& db, std::int64_t programme_id, const std::string& kind, const core::CriterionIndex& index);

struct ProgrammeSchool {
    std::int64_t organisation_id = 0;
    std::string name;
};
// The schools taking part, by name.
std::vector<ProgrammeSchool> programme_schools(Db& db, std::int64_t programme_id);

// Responses to the surveys of `kind` of participating schools (`schools`: ascending ids), per respondent
// group; read from each survey's response count (migration 014). Groups without responses are absent.
std::map<std::string, std::int64_t> survey_response_counts(Db& db, std::int64_t programme_id, const std::string& kind,
                                                           const std::vector<std::int64_t>& schools);
std::map<std::string, std::int64_t> survey_response_counts(Db& db, std::int64_t programme_id, const std::string& kind);

// Per participating school with a decided application: the label of its newest decision.
std::map<std::int64_t, std::string> decided_labels(Db& db, std::int64_t programme_id);

// (Re)writes the projection row of a measurement from its answers; call it where it is submitted.
void write_level_projection(Db& db, std::int64_t measurement_id);
// Drops it; call it where the measurement is reopened.
void drop_level_projection(Db& db, std::int64_t measurement_id);

}  // namespace sk::store
