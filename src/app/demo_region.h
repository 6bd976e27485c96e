// Inside `demo --schools` (app/demo_schools.h): the state the steps share while the regional programme is
// made, and the steps that are not per school (companies, sessions, questions) or that are long enough for
// a file of their own (label applications: demo_region_label.cpp; companies, sessions, questions and
// candidacies: demo_region_network.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/demo_names.h"
#include "app/demo_schools.h"
#include "store/db.h"
#include "store/sessions.h"

namespace sk::app::demo {

// One stream of random numbers per kind of thing (demo_names.h, rng_for).
enum Stream : std::uint64_t {
    kSchoolStream = 10,
    kCompanyStream,
    kRegistrationStream,
    kSurveyCodeStream,
    kCertificateStream,
    kQuestionStream,
    kSessionStream,
};

struct RegionCompany {
    std::int64_t id = 0;
    int capacity_left = 0;
};

struct RegionSession {
    std::int64_t id = 0;
    store::SessionFields fields;
    int registered = 0;
};

// A school as the later steps need it.
struct RegionSchool {
    int index = 0;  // 0-based; the e-mail addresses count from 1
    std::int64_t id = 0;
    std::string name;
    std::int64_t coordinator = 0;
    std::string coordinator_name;
    std::string team_member_name;  // empty: none
    std::vector<std::int64_t> evidence;
    std::vector<std::string> levels;  // baseline level per criterion (demo_criterion_ids order); empty: no baseline
    std::int64_t baseline = 0;        // the submitted baseline's id, or 0
};

struct Region {
    explicit Region(store::Db& d) : db(d) {}
    store::Db& db;
    std::int64_t now = 0;
    std::int64_t programme_id = 0;
    std::int64_t organiser_org = 0;
    std::int64_t organiser_user = 0;  // organisator@demo: decides registrations, answers questions
    std::int64_t reviewer_user = 0;   // reviewer@demo: reviews the label applications
    std::string password_hash;
    std::vector<RegionCompany> companies;
    std::size_t company_cursor = 0;
    std::vector<RegionSession> sessions;  // [0] the kick-off
    int applications = 0;                 // label applications so far: their state follows the order
    int survey_schools = 0;
    DemoSchoolsCounts counts;
};

// C01 .. C21 of the demo framework, in order.
const std::vector<std::string>& demo_criterion_ids();

// A user with the demo password and a membership of `organisation` with `role`.
std::int64_t add_account(Region& r, const std::string& email, const std::string& name, std::int64_t organisation, const std::string& role);

void add_companies(Region& r, int count);
void add_sessions(Region& r, int schools);
// The school's coordinator registers for the kick-off and/or another session (waitlisted when full).
void register_for_sessions(Region& r, const RegionSchool& s, Rng& rng);
// Hosts for the sessions after the kick-off, once the schools exist.
void set_session_hosts(Region& r, const std::vector<std::int64_t>& school_ids);
// Confirms the next company with room left as the school's mentor; false when every company is full.
bool match_mentor(Region& r, const RegionSchool& s);
void add_candidacy(Region& r, const RegionSchool& s, Rng& rng);
void add_questions(Region& r, int count);
void apply_for_label(Region& r, const RegionSchool& s);

}  // namespace sk::app::demo
