// The API's texts come in one set per area, each in its own file, so areas grow without touching
// each other. all_messages() (messages.cpp) joins them; keys must be unique across sets.
#pragma once

#include <vector>

#include "api/messages.h"

namespace sk::api {

const std::vector<MessageText>& measurement_messages();  // messages_measurements.cpp
const std::vector<MessageText>& survey_messages();       // messages_surveys.cpp
const std::vector<MessageText>& results_messages();      // messages_results.cpp
const std::vector<MessageText>& evidence_messages();     // messages_evidence.cpp
const std::vector<MessageText>& label_messages();        // messages_label.cpp
const std::vector<MessageText>& askus_messages();        // messages_askus.cpp
const std::vector<MessageText>& session_messages();      // messages_sessions.cpp (sessions, resources, playbook)
const std::vector<MessageText>& group_report_messages(); // messages_group_report.cpp
const std::vector<MessageText>& mentoring_messages();    // messages_mentoring.cpp
const std::vector<MessageText>& plan_messages();         // messages_plan.cpp
const std::vector<MessageText>& award_messages();        // messages_award.cpp
const std::vector<MessageText>& operator_messages();     // messages_operator.cpp (organiser organisations, security log)
const std::vector<MessageText>& invitation_messages();   // messages_invitations.cpp
const std::vector<MessageText>& api_token_messages();    // messages_api_tokens.cpp

}  // namespace sk::api
