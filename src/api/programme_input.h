// Reading and checking the programme form of organisers (docs/api.md, POST/PUT /api/programmes).
#pragma once

#include <string_view>

#include "core/framework_set.h"
#include "store/programmes.h"

namespace sk::api {

// The most schools a programme takes: enough for a regional roll-out over several years (issue 18).
inline constexpr int kMaxProgrammeSchools = 20000;

// Throws ApiError (malformed_json or validation_failed with a message per bad field; phase fields are
// named like `phases[1].closesOn`). The framework version is taken from `frameworks`.
store::ProgrammeFields read_programme(std::string_view body, const core::FrameworkSet* frameworks);

// A real calendar date written as YYYY-MM-DD.
bool valid_date(std::string_view s);

}  // namespace sk::api
