// Shared by the matching, mentoring and meeting handlers: who is the confirmed mentor of a school, the
// matcher's view of a programme's schools (province, focus criteria) and companies (province, expertise,
// capacity), and the Pair JSON of docs/api.md ("Mentoring and matching").
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "api/context.h"
#include "core/matching.h"

namespace sk::api {

// The signed-in user has role mentor in a company with a CONFIRMED pair with the school in the programme.
bool is_confirmed_mentor_of(Ctx& ctx, std::int64_t programme_id, std::int64_t school_id);

// The company of the school's confirmed pair in the programme, if any.
std::optional<std::int64_t> confirmed_company(Ctx& ctx, std::int64_t programme_id, std::int64_t school_id);

struct MatchSchool {
    core::matching::School input;
    std::string name;
    std::string municipality;
};
struct MatchCompany {
    core::matching::Company input;  // free_capacity = the profile's capacity (callers subtract)
    std::string name;
    int capacity = 0;
};

// The schools of the programme (with a school profile), by id, with their focus criteria (see focus_criteria).
std::map<std::int64_t, MatchSchool> programme_schools(Ctx& ctx, std::int64_t programme_id);
// The participating companies of the programme with a company profile, by id.
std::map<std::int64_t, MatchCompany> programme_companies(Ctx& ctx, std::int64_t programme_id);

// The school's focus criteria: the criteria of its action-plan goals that are not dropped, if any; else the
// criteria the plan would propose from the newest SUBMITTED measurement; else none.
std::vector<core::matching::FocusCriterion> focus_criteria(Ctx& ctx, std::int64_t programme_id, std::int64_t school_id);

// Pair.explanation as JSON.
boost::json::object explanation_json(const core::matching::Explanation& e);

}  // namespace sk::api
