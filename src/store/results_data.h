// What the results, the report and the answers export read: a measurement, its answers and the raw
// anonymous survey responses beside it (schema: migrations/004_measurements.sql, 005_surveys.sql).
// Read-only. Survey responses are handed out raw, grouped per respondent group, so the one core
// function that turns them into aggregates (core::aggregate_group) can enforce the privacy threshold.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/results.h"
#include "store/db.h"

namespace sk::store {

struct MeasurementRef {
    std::int64_t id = 0;
    std::string kind;
    std::string status;  // open | submitted
    std::string framework_id;
    std::string framework_version;
    std::optional<std::int64_t> submitted_at;
};

// The school's measurement of `kind` in the programme; nullopt when it was never started.
std::optional<MeasurementRef> find_result_measurement(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind);

// Every stored answer row of the measurement (touched criteria only).
std::vector<core::Answer> result_answers(Db& db, std::int64_t measurement_id);

struct GroupResponses {
    std::string group;
    std::vector<core::SurveyResponse> responses;
};

// Per survey of that kind (one per group), its responses with their scores; a survey without any
// response is listed with none.
std::vector<GroupResponses> survey_responses(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind);

// Survey responses aggregated by core::aggregate_group (the threshold applies there).
std::vector<core::GroupAggregate> survey_aggregates(Db& db, std::int64_t programme_id, std::int64_t organisation_id,
                                                    const std::string& kind);

}  // namespace sk::store
