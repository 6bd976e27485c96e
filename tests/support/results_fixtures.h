// Measurements, answers, surveys and anonymous responses made directly with SQL, for the results,
// report and export tests (the measurement and survey APIs are tested on their own).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "store/db.h"

namespace sk::test {

// A started measurement pinned to the framework file's version (2024.1).
std::int64_t make_measurement(store::Db& db, std::int64_t programme, std::int64_t organisation, const std::string& kind,
                              const std::string& status = "open");
// level: a level id, or "" for an answer row without a level.
void set_answer(store::Db& db, std::int64_t measurement, const std::string& criterion, const std::string& level,
                const std::string& comment = "");
std::int64_t make_survey(store::Db& db, std::int64_t programme, std::int64_t organisation, const std::string& kind,
                         const std::string& group, const std::string& code);
// `count` responses, each with these scores (nullopt = don't know).
void add_responses(store::Db& db, std::int64_t survey, int count, const std::map<std::string, std::optional<int>>& scores);

}  // namespace sk::test
