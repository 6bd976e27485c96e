// The anonymous surveys of a school (schema: migrations/005_surveys.sql; API: docs/api.md,
// "Self-assessment" -> "Surveys"). A response keeps no identity: no user, no address, no time finer
// than the Brussels day it was given on.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/survey_stats.h"
#include "store/db.h"

namespace sk::store {

struct Survey {
    std::int64_t id = 0;
    std::int64_t programme_id = 0;
    std::int64_t organisation_id = 0;
    std::string kind;     // baseline | final
    std::string group;    // leaders | teachers | students | mentor
    std::string variant;  // primary | secondary: the wording, from the school's level when it was opened
    std::string framework_id;
    std::string framework_version;
    std::string code;
    std::string status;  // open | closed
    std::int64_t created_at = 0;
    std::optional<std::int64_t> closed_at;
    std::int64_t responses = 0;
};

struct NewSurvey {
    std::int64_t programme_id = 0;
    std::int64_t organisation_id = 0;
    std::string kind;
    std::string group;
    std::string variant;
    std::string framework_id;
    std::string framework_version;
    std::string code;
    std::int64_t created_by = 0;
};

// A school's surveys in a programme: baseline first, then groups in the order leaders, teachers,
// students, mentor.
std::vector<Survey> list_surveys(Db& db, std::int64_t programme_id, std::int64_t organisation_id);
std::optional<Survey> find_survey(Db& db, std::int64_t id);
std::optional<Survey> find_survey_by_code(Db& db, const std::string& code);
bool survey_exists(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind,
                   const std::string& group);
bool survey_code_taken(Db& db, const std::string& code);
std::int64_t create_survey(Db& db, const NewSurvey& s, std::int64_t now);
// Sets open/closed; closing stamps closed_at, reopening clears it.
void set_survey_status(Db& db, std::int64_t id, const std::string& status, std::int64_t now);

// Single-use tokens handed out with the questionnaire; only their digest is stored.
void create_survey_token(Db& db, const std::string& token_digest, std::int64_t survey_id, std::int64_t expires_at);
// Marks the token used when it belongs to `survey_id`, is unused and not expired; false otherwise.
// Call inside the transaction that stores the response, so a response and its token go together.
bool consume_survey_token(Db& db, const std::string& token_digest, std::int64_t survey_id, std::int64_t now);

// One response: criterion id -> score 1..5 or nullopt ("don't know"). Returns the response id.
std::int64_t insert_survey_response(Db& db, std::int64_t survey_id, const std::string& answered_on,
                                    const core::SurveyResponse& answers);

// What the surveys of one school say for one measurement kind: one GroupAggregate per survey that
// exists (groups in the order leaders, teachers, students, mentor), thresholded by
// core::aggregate_group (a group below core::kMinGroupResponses has only its count, no criteria).
// Criteria are in the order of `criterion_ids` (pass the framework's criteria, in framework order).
std::vector<core::GroupAggregate> survey_aggregates(Db& db, std::int64_t programme_id, std::int64_t organisation_id,
                                                    const std::string& kind, const std::vector<std::string>& criterion_ids);

}  // namespace sk::store
