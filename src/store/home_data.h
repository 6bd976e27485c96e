// What the home page of one signed-in user is made of (GET /api/me/home, docs/api.md "Home"): per role a
// handful of queries over that user's own schools, companies, programmes and assignments, each answering
// for all of them at once (never a query per school). Every query names the user and reaches an object only
// through the memberships that give access to it, so authorization is part of the query:
//   schools    coordinator or team member of a school taking part in the programme
//   mentor     mentor of a company taking part with a CONFIRMED match to the school (also taking part)
//   organiser  organiser of the organiser organisation that runs the programme (questions: that owns them)
//   reviewer   the assigned reviewer, still a reviewer of the organisation that runs the programme
//   jury       a juror of the programme's award round (the round is read by api/award_scope.h)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store::home {

// --- a school's coordinators and team members ---

struct School {
    std::int64_t programme_id = 0;
    std::string programme_name, framework_id, framework_version;
    std::int64_t organisation_id = 0;
    std::string organisation_name;
    bool coordinator = false;  // else team member only
};
// Ordered by programme (school year newest first, then name) and school name.
std::vector<School> schools(Db& db, std::int64_t user_id);

struct SchoolPhase {
    std::int64_t programme_id = 0, organisation_id = 0;
    std::string kind, opens_on, closes_on;
    std::optional<std::string> extension;  // this school's own closing date (phase_extensions)
};
std::vector<SchoolPhase> school_phases(Db& db, std::int64_t user_id);

struct SchoolMeasurement {
    std::int64_t programme_id = 0, organisation_id = 0, id = 0;
    std::string kind, status, framework_id, framework_version;
    int answered = 0;  // criteria with a level
};
std::vector<SchoolMeasurement> school_measurements(Db& db, std::int64_t user_id);

struct SchoolSurvey {
    std::int64_t id = 0, programme_id = 0, organisation_id = 0;
    std::string kind, group;
    int responses = 0;
};
// Open surveys only.
std::vector<SchoolSurvey> school_open_surveys(Db& db, std::int64_t user_id);

struct SchoolGoal {
    std::int64_t programme_id = 0, organisation_id = 0;
    std::string status;
    int actions = 0, done = 0;
};
std::vector<SchoolGoal> school_goals(Db& db, std::int64_t user_id);

struct SchoolLabel {
    std::int64_t programme_id = 0, organisation_id = 0, id = 0;
    std::string status;  // submitted | in_review | decided
    std::optional<std::string> decided_label;
};
// The newest application of each school that is not withdrawn.
std::vector<SchoolLabel> school_labels(Db& db, std::int64_t user_id);

struct SchoolAward {
    std::int64_t programme_id = 0, organisation_id = 0;
    std::string status, opens_on, closes_on;  // the round
    std::optional<std::string> candidacy;     // submitted | withdrawn
};
std::vector<SchoolAward> school_awards(Db& db, std::int64_t user_id);

struct SchoolMentor {
    std::int64_t programme_id = 0, organisation_id = 0, company_id = 0;
    std::string company_name;
};
std::vector<SchoolMentor> school_mentors(Db& db, std::int64_t user_id);

struct Meeting {
    std::int64_t id = 0, programme_id = 0, organisation_id = 0;
    std::string held_on;
};
// Meetings of the user's schools on or after `today`, soonest first.
std::vector<Meeting> school_upcoming_meetings(Db& db, std::int64_t user_id, const std::string& today);

// --- mentors ---

struct MentorSchool {
    std::int64_t programme_id = 0;
    std::string programme_name;
    std::int64_t organisation_id = 0;
    std::string name, company_name;
    std::optional<std::string> last_meeting_on;  // the newest meeting before today
};
std::vector<MentorSchool> mentor_schools(Db& db, std::int64_t user_id, const std::string& today);
std::vector<Meeting> mentor_upcoming_meetings(Db& db, std::int64_t user_id, const std::string& today);
std::vector<SchoolGoal> mentor_goals(Db& db, std::int64_t user_id);

struct OverdueCount {
    std::int64_t programme_id = 0, organisation_id = 0;
    int actions = 0;
};
std::vector<OverdueCount> mentor_overdue(Db& db, std::int64_t user_id, const std::string& today);

// A goal whose newest comment came from the school (a coordinator or team member): it waits for an answer.
struct WaitingComment {
    std::int64_t programme_id = 0, organisation_id = 0, goal_id = 0;
    std::string goal_title, author_name;
    std::int64_t at = 0;
};
std::vector<WaitingComment> mentor_waiting_comments(Db& db, std::int64_t user_id);

// --- organisers ---

struct OrganiserProgramme {
    std::int64_t id = 0;
    std::string name, school_year;
};
std::vector<OrganiserProgramme> organiser_programmes(Db& db, std::int64_t user_id);

struct ProgrammePhase {
    std::int64_t programme_id = 0;
    std::string kind, opens_on, closes_on;
};
std::vector<ProgrammePhase> organiser_phases(Db& db, std::int64_t user_id);

// Per programme: schools, pending registrations, label applications to assign / in review / in review
// past their due date, submitted baseline and final measurements.
struct ProgrammeCounts {
    std::int64_t programme_id = 0;
    int schools = 0, pending_registrations = 0, label_to_assign = 0, label_in_review = 0, label_overdue = 0;
    int baseline_submitted = 0, final_submitted = 0;
};
std::vector<ProgrammeCounts> organiser_counts(Db& db, std::int64_t user_id, const std::string& today);

struct OpenQuestion {
    std::int64_t id = 0;
    std::string name, topic, status;
    std::int64_t due_at = 0;
    bool taken_by_me = false;
};
struct OpenQuestions {
    int open = 0, overdue = 0;
    std::vector<OpenQuestion> first;  // nearest due first, at most `limit`
};
OpenQuestions organiser_questions(Db& db, std::int64_t user_id, std::int64_t now, int limit);

// --- reviewers ---

struct Review {
    std::int64_t application_id = 0;
    std::string programme_name, organisation_name;
    std::optional<std::string> due_on;
};
struct Reviews {
    int total = 0, overdue = 0;  // in review, assigned to the user; overdue: due before `today`
    std::vector<Review> first;   // earliest due first (none last), at most `limit`
};
// Applications in review assigned to the user.
Reviews reviews_waiting(Db& db, std::int64_t user_id, const std::string& today, int limit);

// --- jurors ---

// The programmes whose award round the user is a juror of, round closing last first.
std::vector<std::int64_t> jury_programmes(Db& db, std::int64_t user_id);

}  // namespace sk::store::home
