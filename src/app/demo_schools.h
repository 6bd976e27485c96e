// `stemkompas demo --schools N`: a regional programme of N schools (1..20,000) under the demo organiser
// organisation, made through the store functions the API uses, so the data is what the product would
// make: profiles, coordinators who sign in with the demo password, registrations, measurements, surveys,
// companies with mentors, evidence, label applications, sessions, award candidacies and questions. The
// browser specs and benchmarks of issue 18 run on it. What share of schools gets what is documented at
// the top of demo_schools.cpp.
//
// Deterministic: a fixed seed, and every school a function of its index only, so names and counts are the
// same on every run (and on both databases) and the first schools of a big run are those of a small one.
// 10,000 schools in 7-11 s on SQLite, about a minute on PostgreSQL (a round trip per statement): one
// transaction per 500 schools and one password hash for every account.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>

#include "app/demo.h"
#include "store/db.h"

namespace sk::app {

inline constexpr int kDemoSchoolsMax = 20000;  // a programme's regional cap (issue 18)
inline constexpr const char* kRegionProgrammeName = "Regio Vlaanderen 2026-2027 (demo)";
inline constexpr const char* kRegionEmailDomain = "regio.demo.stemkompas.be";

// What was made, per kind. The schools take part; the pending and refused registrations are of other
// schools that do not (yet).
struct DemoSchoolsCounts {
    std::int64_t programme_id = 0;
    bool created = false;  // false: the programme was there already and nothing changed (only programme_id and schools are set)
    int schools = 0;       // each with a profile, a coordinator and an accepted registration
    int team_members = 0;
    int first_team_member = 0;  // n of the first teamlidN@ address
    int registrations_pending = 0;
    int registrations_refused = 0;
    int baselines_submitted = 0;
    int baselines_open = 0;  // started, some answers, not submitted
    int finals_submitted = 0;
    int surveys = 0;
    int surveys_shown = 0;  // with at least core::kMinGroupResponses responses
    int survey_responses = 0;
    int companies = 0;  // each with a profile, one mentor and an accepted mentor registration
    int mentors = 0;
    int capacity = 0;  // sum of the companies' capacities
    int matches_confirmed = 0;
    int evidence = 0;
    std::map<std::string, int> label_applications;  // status -> count
    int sessions = 0;
    int session_registrations = 0;  // registered and waitlisted
    int session_waitlisted = 0;
    int candidacies = 0;
    int candidacies_withdrawn = 0;
    int questions = 0;
};

// The e-mail addresses of the generated accounts; `n` counts from 1.
std::string demo_coordinator_email(int n);
std::string demo_team_member_email(int n);
std::string demo_mentor_email(int n);

// Adds the regional programme with `schools` schools. Needs the small demo (load_demo) in the database:
// the programme is its organiser organisation's, the reviews are the demo reviewer's. Throws
// std::invalid_argument when `schools` is outside 1..kDemoSchoolsMax, or when a regional programme with
// another number of schools is there already (one per database). `progress` hears the schools done after
// each transaction; a run that fails halfway keeps the transactions it committed, so start it again on a
// new database. `now` as load_demo's (0: the system clock): the dates follow its day (app/demo.h).
DemoSchoolsCounts load_demo_schools(store::Db& db, int schools, const std::string& password = kDemoPassword,
                                    const std::function<void(int done, int total)>& progress = {}, std::int64_t now = 0);

// The counts as lines to print ("  schools: 10000", ...).
std::string describe(const DemoSchoolsCounts& counts);

// `demo --schools N`: loads them with progress, then prints the elapsed time, the counts and the log-ins.
void run_demo_schools(store::Db& db, int schools, std::ostream& out);

}  // namespace sk::app
