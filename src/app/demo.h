// Demo data for `make run` and the browser tests: one organiser organisation, a school and a company,
// with a user for every role, and a second school with a submitted baseline and survey answers
// (app/demo_results.h). Running it again changes nothing.
#pragma once

#include <string>
#include <vector>

#include "store/db.h"
#include "store/programmes.h"

namespace sk::app {

struct DemoLogin {
    std::string email;
    std::string role;          // as stored in memberships
    std::string organisation;
};

inline constexpr const char* kDemoPassword = "stemkompas-demo";
// The organiser organisation every demo programme belongs to (organisator@ is its organiser, reviewer@ its
// reviewer), and the framework every demo measurement and survey is made with
// (data/frameworks/eu-stem-school-label.json).
inline constexpr const char* kDemoOrganiserName = "STEMkompas demo-organisator";
inline constexpr const char* kDemoFrameworkId = "eu-stem-school-label";
inline constexpr const char* kDemoFrameworkVersion = "2024.1";

// The fields of the demo programme: published, school year 2026-2027, the six phases with their dates.
store::ProgrammeFields demo_programme();

const std::vector<DemoLogin>& demo_logins();
// Creates what is missing; returns how many users it created. Without `with_results_school` the second
// school (with its submitted baseline and surveys) is left out: the API tests count rows and schools of
// the demo programme and want only what they made themselves.
int load_demo(store::Db& db, const std::string& password = kDemoPassword, bool with_results_school = true);

}  // namespace sk::app
