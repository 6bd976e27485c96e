// Demo data for `make run` and the browser tests: one organiser organisation, a school and a company,
// with a user for every role, and a second school with a submitted baseline and survey answers
// (app/demo_results.h). Running it again changes nothing.
//
// Its dates follow the day it is loaded: the demo story is written for the day kDemoStoryDay (the
// baseline phase, 2026-09-01 … 2026-10-15, open with a month left; Ter Duinen has submitted early), and
// every date of it is moved by whole weeks (so weekdays stay) onto the week of `now`. Whatever day
// `make run` runs, the baseline is open with 24-30 days left and the later phases lie ahead. The tests
// load it at demo_story_now(), so their fixed dates hold on any day.
#pragma once

#include <cstdint>
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
// The demo programme every demo role takes part in.
inline constexpr const char* kDemoProgrammeName = "STEM-traject 2026-2027 (demo)";

// "Today" in the demo story: a Tuesday in the baseline phase.
inline constexpr const char* kDemoStoryDay = "2026-09-15";
// Noon in Brussels on kDemoStoryDay: a demo loaded then has exactly the dates written in the story.
std::int64_t demo_story_now();
// Days (a multiple of 7, negative before the story's week) that move a story date onto the week of `now`.
int demo_shift_days(std::int64_t now);
// A story date ('YYYY-MM-DD') moved onto the week of `now`.
std::string demo_date(const std::string& story_date, std::int64_t now);
// A Brussels wall-clock time of the story ('YYYY-MM-DDTHH:MM') moved onto the week of `now`, as unix seconds.
std::int64_t demo_local_time(const std::string& story_time, std::int64_t now);

// The fields of the demo programme: published, school year 2026-2027, the six phases with their dates
// moved onto the week of `now`.
store::ProgrammeFields demo_programme(std::int64_t now);

const std::vector<DemoLogin>& demo_logins();
// Creates what is missing; returns how many users it created. Without `with_results_school` the second
// school (with its submitted baseline and surveys) is left out: the API tests count rows and schools of
// the demo programme and want only what they made themselves. `now` is the clock the data is made on
// (0: the system clock, as `stemkompas serve` reads it); its dates follow that day (see above).
int load_demo(store::Db& db, const std::string& password = kDemoPassword, bool with_results_school = true, std::int64_t now = 0);

}  // namespace sk::app
