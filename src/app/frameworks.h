// Loads the framework definitions at start-up. A broken file stops the server with every problem
// listed (file, JSON path, what is wrong) instead of a crash or a half-loaded framework.
#pragma once

#include <string>

#include "core/framework_set.h"
#include "core/suggestions.h"
#include "core/survey_statements.h"

namespace sk::app {

core::FrameworkSet load_frameworks_or_throw(const std::string& folder);
// The survey statements (data/surveys), each checked against the loaded framework version it names.
core::StatementsSet load_survey_statements_or_throw(const std::string& folder, const core::FrameworkSet& frameworks);
// The action-plan suggestions (data/suggestions), each file checked against the framework version it names.
// A missing folder gives no suggestions (proposals then come without ideas).
core::SuggestionSet load_suggestions_or_throw(const std::string& folder, const core::FrameworkSet& frameworks);

}  // namespace sk::app
