// The authorization matrix: every route × every role × (own / other organisation) → expected status.
// A route without a row fails the test, so every new route must add its rows here. The second tenant
// (another organiser organisation with its own programme and objects, tried from both sides on every
// route with an object id, by every role and the operator) is tenant_isolation_test.cpp; here
// programme_other and other_programme are that tenant's programmes as the demo roles see them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <tuple>

#include "api/context.h"
#include "app/demo.h"
#include "store/accounts.h"
#include "store/action_plan.h"
#include "store/evidence.h"
#include "store/evidence_files.h"
#include "store/programmes.h"
#include "store/registrations.h"
#include "store/surveys.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::TestServer;

namespace {

// own/other: an organisation of the user / one they are not in.
// own_programme: the demo programme (run by the demo organiser organisation, with the demo school and
// company taking part); other_programme: an unpublished programme of another organiser organisation.
// own/other_registration: a pending registration for one of those programmes (a separate one per route,
// as deciding uses it up).
// programme_own: a programme made in the test, run by the demo organiser organisation with the demo
// school taking part; programme_other: one run by another organiser organisation in which the demo
// school also takes part (so a coordinator is a participant but never its organiser).
// Measurements ({id} programme, {orgId} school): school_own = the demo school in programme_own;
// school_other = another school in programme_own; school_foreign = the demo school in programme_other.
// measurement_edit: the demo school's open final measurement in programme_own; measurement_submit: its
// open, fully answered final measurement in programme_other; measurement_reopen: its submitted baseline
// in the demo programme; measurement_other: the other school's submitted final one in programme_own.
// survey_*: the surveys area (see its block of rows).
// label_*: the label area (see its block of rows).
// results_*: {id}/{orgId} of a school with a final measurement (made for the measurement rows): results_own
// the demo school in programme_own, results_other_school the other school there, results_other_programme the
// demo school in programme_other.
// evidence_*: the evidence area (see its block of rows).
// plan_*: the action-plan area (see its block of rows).
// question: an "Ask us" question, reset to new and unanswered before each row; question_unknown: an id that names none.
// sess_*: sessions and resources: sess_programme_own/other = programme_own/programme_other (the demo school takes
// part in both, the demo company in neither); sess_own/other = a planned session a month ahead in each;
// sess_resource = a published global resource with a file; sess_playbook_request = a pending playbook request.
// group_*: the group report and working groups (see their block of rows).
// match_*, mentor_*, meeting_*, follow_up_*: mentoring (see its block of rows).
// award_*: the award (see its block of rows).
enum class Target {
    none, own, other, own_programme, other_programme, own_registration, other_registration, programme_own, programme_other,
    school_own, school_other, school_foreign, measurement_edit, measurement_submit, measurement_reopen, measurement_other,
    survey_school_own, survey_school_other, survey_own, survey_other, survey_code, survey_code_foreign_token,
    results_own, results_other_school, results_other_programme,
    evidence_school_own, evidence_school_other, evidence_school_foreign, evidence_own, evidence_other, evidence_foreign,
    label_school_own, label_school_other, label_programme_own, label_programme_other, label_app_own, label_app_other,
    label_decided_own, label_decided_other, label_code, label_code_unknown, label_showcase_own, label_showcase_other,
    question, question_unknown,
    // --- sessions and resources (engineer "sessions") ---
    sess_programme_own, sess_programme_other, sess_own, sess_other, sess_resource, sess_playbook_request,
    group_programme_own, group_programme_other, group_own, group_other,
    match_programme_own, match_programme_other, match_pair_own, match_pair_other,
    mentor_school_matched, mentor_school_own, mentor_school_other, meeting_mentor, meeting_school, follow_up_school,
    plan_school_own, plan_school_other, plan_goal_own, plan_goal_other, plan_action_own, plan_action_other,
    // --- award (engineer "award") ---
    award_programme_own, award_programme_other, award_school_own, award_school_other, award_candidacy
};

struct Row {
    std::string method;
    std::string pattern;  // as registered; {id} is filled from the target
    std::string role;     // "anonymous" or a demo role
    Target target;
    int expected;
    std::string body = "";
};

const std::map<std::string, std::string> kEmailOf = {
    {"organiser", "organisator@demo.stemkompas.be"}, {"coordinator", "coordinator@demo.stemkompas.be"},
    {"team_member", "teamlid@demo.stemkompas.be"},   {"mentor", "mentor@demo.stemkompas.be"},
    {"reviewer", "reviewer@demo.stemkompas.be"},     {"jury", "jury@demo.stemkompas.be"},
};
const std::vector<std::string> kRoles = {"anonymous", "organiser", "coordinator", "team_member", "mentor", "reviewer", "jury"};

// A role fits the kind of organisation it is invited into (see organisations_api.cpp).
std::string invite_body(const std::string& kind, int n) {
    const std::string role = kind == "school" ? "team_member" : kind == "company" ? "mentor" : "jury";
    return R"({"email":"new)" + std::to_string(n) + R"(@example.be","name":"Nieuw Lid","role":")" + role + R"("})";
}

// A programme body that keeps the demo programme as it is (it is PUT on it).
const std::string kProgrammeBody =
    R"j({"name":"STEM-traject 2026-2027 (demo)","schoolYear":"2026-2027","audience":"secondary","region":"West-Vlaanderen",)j"
    R"j("frameworkId":"eu-stem-school-label","maxSchools":20,"description":{"nl":"Demo","en":"Demo"},"published":true,)j"
    R"j("phases":[{"kind":"baseline","opensOn":"2026-09-01","closesOn":"2026-10-15"}]})j";

std::string school_registration_body(int n) {
    return R"({"contactName":"Ann Peeters","contactFunction":"directeur","contactEmail":"ann)" + std::to_string(n) +
           R"(@school.be","contactPhone":"050 12 34 56","schoolName":"School )" + std::to_string(n) +
           R"(","institutionNumber":")" + std::to_string(200000 + n) +
           R"(","street":"Straat 1","postcode":"8000","municipality":"Brugge","province":"west-vlaanderen","network":"go",)"
           R"("level":"secondary","pupils":300,"heardFrom":"website","consent":true,"language":"nl","website":""})";
}

std::string mentor_registration_body(int n) {
    return R"({"companyName":"Bedrijf )" + std::to_string(n) + R"(","enterpriseNumber":"0)" + std::to_string(100000000 + n) +
           R"(","sector":"Energie","province":"limburg","companySize":"10-49","contactName":"Bert Bos","contactFunction":"ingenieur",)"
           R"("contactEmail":"bert)" + std::to_string(n) +
           R"(@bedrijf.be","contactPhone":"+32 470 12 34 56","expertise":["E1"],"capacity":2,"consent":true,"language":"en"})";
}

std::vector<Row> matrix() {
    std::vector<Row> rows;
    auto for_all = [&](const std::string& m, const std::string& p, int signed_in, int anonymous, const std::string& body = "") {
        for (const auto& role : kRoles)
            rows.push_back({m, p, role, Target::none, role == "anonymous" ? anonymous : signed_in, body});
    };
    for_all("GET", "/healthz", 200, 200);
    for_all("GET", "/metrics", 200, 200);
    for_all("GET", "/robots.txt", 200, 200);
    for_all("GET", "/api/openapi.json", 200, 200);
    for_all("GET", "/api/me", 200, 401);
    for_all("GET", "/api/auth/session", 200, 200);
    // The operator's routes do not exist for anyone else (tests/api/operator_api_test.cpp: the operator).
    for_all("GET", "/api/operator/organisations", 404, 401);
    for_all("POST", "/api/operator/organisations", 404, 401, R"({"name":"Matrix","organiserEmail":"m@x.be","organiserName":"M"})");
    for_all("GET", "/api/operator/security-log", 404, 401);
    for_all("POST", "/api/operator/people/find", 404, 401, R"({"email":"mentor@demo.stemkompas.be"})");
    for_all("GET", "/api/operator/people/{id}/data.zip", 404, 401);
    // Everyone's own data, and only their own (tests/api/personal_data_api_test.cpp).
    for_all("GET", "/api/me/data.zip", 200, 401);
    // Erasure (tests/api/erasure_api_test.cpp): anyone signed in asks for their own and withdraws it;
    // organisers see and carry out their people's; the operator everyone's.
    for_all("GET", "/api/me/deletion-request", 200, 401);
    for_all("POST", "/api/me/deletion-request", 201, 401, "{}");
    for_all("DELETE", "/api/me/deletion-request", 204, 401);
    for_all("GET", "/api/operator/deletion-requests", 404, 401);
    for_all("POST", "/api/operator/deletion-requests/{id}/erase", 404, 401, "{}");
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        rows.push_back({"GET", "/api/deletion-requests", role, Target::none, anon ? 401 : role == "organiser" ? 200 : 403});
        // No request has the id "{id}": an organiser gets as far as looking it up.
        rows.push_back({"POST", "/api/deletion-requests/{id}/erase", role, Target::none, anon ? 401 : role == "organiser" ? 404 : 403, "{}"});
    }
    // Undelivered mail (tests/api/undelivered_mail_api_test.cpp): organisers see and retry their own
    // organisation's; the operator everyone's.
    for_all("GET", "/api/operator/undelivered-mail", 404, 401);
    for_all("POST", "/api/operator/undelivered-mail/{id}/retry", 404, 401, "{}");
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        rows.push_back({"GET", "/api/undelivered-mail", role, Target::none, anon ? 401 : role == "organiser" ? 200 : 403});
        rows.push_back({"POST", "/api/undelivered-mail/{id}/retry", role, Target::none, anon ? 401 : role == "organiser" ? 404 : 403, "{}"});
    }
    for_all("PUT", "/api/me/language", 200, 401, R"({"language":"nl"})");
    // Personal API tokens (tests/api/api_tokens_api_test.cpp): organisers make them; everyone lists and
    // revokes their own (no token has the id "{id}").
    for_all("GET", "/api/me/api-tokens", 200, 401);
    for_all("DELETE", "/api/me/api-tokens/{id}", 404, 401);
    for (const auto& role : kRoles)
        rows.push_back({"POST", "/api/me/api-tokens", role, Target::none, role == "anonymous" ? 401 : role == "organiser" ? 201 : 403,
                        R"({"name":"Matrix","scope":"read","validity":"7d"})"});
    // The home names only the caller's own objects (tests/api/home_api_test.cpp: what each role sees, and
    // that another tenant's schools, questions and reviews never appear).
    for_all("GET", "/api/me/home", 200, 401);
    for_all("GET", "/api/frameworks", 200, 200);
    for_all("GET", "/api/frameworks/{id}", 200, 200);
    for_all("GET", "/api/frameworks/{id}/versions/{version}", 200, 200);
    for_all("POST", "/api/auth/password-reset", 202, 202, R"({"email":"someone@example.be"})");
    for_all("GET", "/api/auth/tokens/{token}", 404, 404);
    for_all("POST", "/api/auth/set-password", 404, 404, R"({"token":"not-a-token","password":"long-enough-password"})");
    // Logging in as someone else with a wrong password is the same for everyone.
    rows.push_back({"POST", "/api/auth/login", "anonymous", Target::none, 401, R"({"email":"x@example.be","password":"wrong"})"});
    rows.push_back({"POST", "/api/auth/login", "mentor", Target::none, 401, R"({"email":"x@example.be","password":"wrong"})"});
    rows.push_back({"POST", "/api/auth/logout", "anonymous", Target::none, 204});
    rows.push_back({"POST", "/api/auth/logout", "coordinator", Target::none, 204});

    // Organisations: members see their own; organisers those of their tenant.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        rows.push_back({"GET", "/api/organisations/{id}", role, Target::own, anon ? 401 : 200});
        rows.push_back({"GET", "/api/organisations/{id}", role, Target::other, anon ? 401 : role == "organiser" ? 200 : 403});
        // The team's paged lists: read as the organisation itself.
        for (const auto* list : {"/api/organisations/{id}/members", "/api/organisations/{id}/invitations"}) {
            rows.push_back({"GET", list, role, Target::own, anon ? 401 : 200});
            rows.push_back({"GET", list, role, Target::other, anon ? 401 : role == "organiser" ? 200 : 403});
        }
    }
    // Invitations: organisers of the organisation's tenant; a coordinator only into their own school.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const int own = anon ? 401 : (role == "organiser" || role == "coordinator") ? 201 : 403;
        const int other = anon ? 401 : role == "organiser" ? 201 : 403;
        rows.push_back({"POST", "/api/organisations/{id}/invitations", role, Target::own, own});
        rows.push_back({"POST", "/api/organisations/{id}/invitations", role, Target::other, other});
    }
    // --- programmes, registrations, review queue: rows (programmes_api.cpp) ---
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const bool organiser = role == "organiser";
        const int organisers_only = anon ? 401 : organiser ? 200 : 403;
        const int nobody = anon ? 401 : 403;
        rows.push_back({"GET", "/api/programmes", role, Target::none, 200});
        rows.push_back({"POST", "/api/programmes", role, Target::none, anon ? 401 : organiser ? 201 : 403, kProgrammeBody});
        // Published: everyone. Unpublished: only its organisers and participants; for others it does not exist.
        rows.push_back({"GET", "/api/programmes/{id}", role, Target::own_programme, 200});
        rows.push_back({"GET", "/api/programmes/{id}", role, Target::other_programme, 404});
        rows.push_back({"PUT", "/api/programmes/{id}", role, Target::own_programme, organisers_only, kProgrammeBody});
        rows.push_back({"PUT", "/api/programmes/{id}", role, Target::other_programme, nobody, kProgrammeBody});
        // The public forms: anyone on a published programme; an unpublished one does not exist.
        rows.push_back({"POST", "/api/programmes/{id}/school-registrations", role, Target::own_programme, 201});
        rows.push_back({"POST", "/api/programmes/{id}/school-registrations", role, Target::other_programme, 404});
        rows.push_back({"POST", "/api/programmes/{id}/mentor-registrations", role, Target::own_programme, 201});
        rows.push_back({"POST", "/api/programmes/{id}/mentor-registrations", role, Target::other_programme, 404});
        rows.push_back({"GET", "/api/programmes/{id}/registrations", role, Target::own_programme, organisers_only});
        rows.push_back({"GET", "/api/programmes/{id}/registrations", role, Target::other_programme, nobody});
        rows.push_back({"POST", "/api/registrations/{id}/accept", role, Target::own_registration, organisers_only, "{}"});
        rows.push_back({"POST", "/api/registrations/{id}/accept", role, Target::other_registration, nobody, "{}"});
        rows.push_back({"POST", "/api/registrations/{id}/refuse", role, Target::own_registration, organisers_only,
                        R"({"reason":"Er is geen plaats meer."})"});
        rows.push_back({"POST", "/api/registrations/{id}/refuse", role, Target::other_registration, nobody,
                        R"({"reason":"Er is geen plaats meer."})"});
    }

    // --- team, progress board, import, audit: rows ---
    // Team: organisers of the organisation's tenant and that organisation's coordinators; {invitationId} is
    // a fresh open invitation into the target organisation, {userId} a fresh member of it.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const int own = anon ? 401 : (role == "organiser" || role == "coordinator") ? 204 : 403;
        const int other = anon ? 401 : role == "organiser" ? 204 : 403;
        for (const auto& [m, p] : std::vector<std::pair<std::string, std::string>>{
                 {"POST", "/api/organisations/{id}/invitations/{invitationId}/resend"},
                 {"DELETE", "/api/organisations/{id}/invitations/{invitationId}"},
                 {"DELETE", "/api/organisations/{id}/members/{userId}"}}) {
            rows.push_back({m, p, role, Target::own, own});
            rows.push_back({m, p, role, Target::other, other});
        }
    }
    // Answering an invitation: only its invitee. {id}: a fresh open invitation into a new school, to the
    // role's own user (own) or to someone else (other: it does not exist for them).
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        rows.push_back({"GET", "/api/me/invitations", role, Target::none, anon ? 401 : 200});
        rows.push_back({"POST", "/api/me/invitations/{id}/accept", role, Target::own, anon ? 401 : 200, "{}"});
        rows.push_back({"POST", "/api/me/invitations/{id}/accept", role, Target::other, anon ? 401 : 404, "{}"});
        rows.push_back({"POST", "/api/me/invitations/{id}/decline", role, Target::own, anon ? 401 : 204, "{}"});
        rows.push_back({"POST", "/api/me/invitations/{id}/decline", role, Target::other, anon ? 401 : 404, "{}"});
    }
    // Progress board, import (a dry run), audit log: the programme's own organisers only.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        for (const auto& p : {"/api/programmes/{id}/progress", "/api/programmes/{id}/progress.csv", "/api/programmes/{id}/progress.xlsx",
                              "/api/programmes/{id}/audit"}) {
            rows.push_back({"GET", p, role, Target::programme_own, anon ? 401 : role == "organiser" ? 200 : 403});
            rows.push_back({"GET", p, role, Target::programme_other, anon ? 401 : 403});
        }
        const std::string csv = "name;institution_number;street;postcode;municipality;province;network;level;pupils;contact_name;"
                                "contact_email\nMatrixschool;765432;Straat 1;9000;Gent;oost-vlaanderen;go;primary;100;Mia;mia@x.be\n";
        rows.push_back({"POST", "/api/programmes/{id}/imports/{kind}", role, Target::programme_own, anon ? 401 : role == "organiser" ? 200 : 403, csv});
        rows.push_back({"POST", "/api/programmes/{id}/imports/{kind}", role, Target::programme_other, anon ? 401 : 403, csv});
    }

    // --- measurements and phase extensions: rows (measurements_api.cpp, phase_extensions_api.cpp) ---
    // School members of THAT school taking part in THAT programme, and that programme's organisers.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const bool organiser = role == "organiser";
        const bool member = role == "coordinator" || role == "team_member";
        auto st = [&](bool allowed, int ok) { return anon ? 401 : allowed ? ok : 403; };
        const std::string list = "/api/programmes/{id}/schools/{orgId}/measurements";
        rows.push_back({"GET", list, role, Target::school_own, st(organiser || member, 200)});
        rows.push_back({"GET", list, role, Target::school_other, st(organiser, 200)});
        rows.push_back({"GET", list, role, Target::school_foreign, st(member, 200)});
        // Start: the coordinator comes first and starts it (201), the team member then gets it (200).
        const std::string start = "/api/programmes/{id}/schools/{orgId}/measurements/{kind}";
        const int started = role == "coordinator" ? 201 : 200;
        rows.push_back({"POST", start, role, Target::school_own, st(member, started), "{}"});
        rows.push_back({"POST", start, role, Target::school_other, st(false, 0), "{}"});
        rows.push_back({"POST", start, role, Target::school_foreign, st(member, started), "{}"});
        rows.push_back({"GET", "/api/measurements/{id}", role, Target::measurement_edit, st(organiser || member, 200)});
        rows.push_back({"GET", "/api/measurements/{id}", role, Target::measurement_other, st(organiser, 200)});
        // {criterionId}: a criterion of its own per role, so every write is a first write (version 0).
        const std::string answer = "/api/measurements/{id}/answers/{criterionId}";
        const std::string answer_body = R"({"level":"competent","comment":"matrix","version":0})";
        rows.push_back({"PUT", answer, role, Target::measurement_edit, st(member, 200), answer_body});
        rows.push_back({"PUT", answer, role, Target::measurement_other, st(false, 0), answer_body});
        rows.push_back({"POST", "/api/measurements/{id}/submit", role, Target::measurement_submit, st(role == "coordinator", 200), "{}"});
        rows.push_back({"POST", "/api/measurements/{id}/submit", role, Target::measurement_other, st(false, 0), "{}"});
        const std::string reason = R"({"reason":"Graag herbekijken."})";
        rows.push_back({"POST", "/api/measurements/{id}/reopen", role, Target::measurement_reopen, st(organiser, 200), reason});
        rows.push_back({"POST", "/api/measurements/{id}/reopen", role, Target::measurement_other, st(organiser, 200), reason});
        // Extensions: the organiser sets one (200) and then removes it (204).
        const std::string ext = "/api/programmes/{id}/schools/{orgId}/extensions/{phaseKind}";
        const std::string ext_body = R"({"closesOn":"2999-12-31"})";
        for (const auto t : {Target::school_own, Target::school_other, Target::school_foreign}) {
            const bool theirs = organiser && t != Target::school_foreign;
            rows.push_back({"PUT", ext, role, t, st(theirs, 200), ext_body});
            rows.push_back({"DELETE", ext, role, t, st(theirs, 204)});
        }
    }

    // --- surveys: rows (surveys_api.cpp) ---
    // survey_school_own: the demo school in programme_own; survey_school_other: another school taking
    // part in programme_own; survey_own/other: an open survey of each; survey_code: the public code of
    // survey_own, answered with its own token; survey_code_foreign_token: the same code answered with a
    // token of survey_other (a code reaches only its own survey).
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const bool organiser = role == "organiser";
        const bool member = role == "coordinator" || role == "team_member";
        const std::string list = "/api/programmes/{id}/schools/{orgId}/surveys";
        rows.push_back({"GET", list, role, Target::survey_school_own, anon ? 401 : (organiser || member) ? 200 : 403});
        rows.push_back({"GET", list, role, Target::survey_school_other, anon ? 401 : organiser ? 200 : 403});
        rows.push_back({"POST", list, role, Target::survey_school_own, anon ? 401 : role == "coordinator" ? 201 : 403,
                        R"({"kind":"final","group":"leaders"})"});
        rows.push_back({"POST", list, role, Target::survey_school_other, anon ? 401 : 403, R"({"kind":"final","group":"leaders"})"});
        for (const auto& p : {"/api/surveys/{surveyId}/close", "/api/surveys/{surveyId}/reopen"}) {
            rows.push_back({"POST", p, role, Target::survey_own, anon ? 401 : role == "coordinator" ? 200 : 403, "{}"});
            rows.push_back({"POST", p, role, Target::survey_other, anon ? 401 : 403, "{}"});
        }
        // The link as a QR code and a poster: whoever may list the school's surveys.
        for (const auto& p : {"/api/surveys/{surveyId}/qr.svg", "/api/surveys/{surveyId}/poster.pdf"}) {
            rows.push_back({"GET", p, role, Target::survey_own, anon ? 401 : (organiser || member) ? 200 : 403});
            rows.push_back({"GET", p, role, Target::survey_other, anon ? 401 : organiser ? 200 : 403});
        }
        rows.push_back({"GET", "/api/public/surveys/{code}", role, Target::survey_code, 200});
        rows.push_back({"POST", "/api/public/surveys/{code}/responses", role, Target::survey_code, 201});
        rows.push_back({"POST", "/api/public/surveys/{code}/responses", role, Target::survey_code_foreign_token, 409});
    }

    // --- results, report, export: rows (results_api.cpp) ---
    // The school's members (in any programme it takes part in) and that programme's organisers; a school
    // never reaches another school's results.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const bool member = role == "coordinator" || role == "team_member";
        for (const auto& p : {"/api/programmes/{id}/schools/{orgId}/results", "/api/programmes/{id}/schools/{orgId}/report.pdf",
                              "/api/programmes/{id}/schools/{orgId}/answers.xlsx"}) {
            rows.push_back({"GET", p, role, Target::results_own, anon ? 401 : (member || role == "organiser") ? 200 : 403});
            rows.push_back({"GET", p, role, Target::results_other_school, anon ? 401 : role == "organiser" ? 200 : 403});
            rows.push_back({"GET", p, role, Target::results_other_programme, anon ? 401 : member ? 200 : 403});
        }
    }

    // Removing a school that leaves (school_removal_api.cpp): the programme's organisers only; a wrong name
    // to confirm stops it before anything happens (tests/api/school_removal_api_test.cpp does it for real).
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        for (const auto target : {Target::results_own, Target::results_other_school})
            rows.push_back({"DELETE", "/api/programmes/{id}/schools/{orgId}", role, target, anon ? 401 : role == "organiser" ? 400 : 403,
                            R"({"confirmName":"niet deze school"})"});
    }

    // --- evidence: rows (evidence_api.cpp) ---
    // evidence_school_own: the demo school; evidence_school_other: another school in programme_own (run by
    // the demo organiser); evidence_school_foreign: a school only in programme_other (another organiser).
    // evidence_own/other/foreign: a file of each (a fresh one for every DELETE row). Members of the school
    // read and write; organisers of a programme the school takes part in read; nobody else.
    // --- label: rows (label_api.cpp, label_public_api.cpp) ---
    // label_school_own/other: the demo school / another school in a label programme of the demo organiser,
    // each with a submitted baseline (every apply row starts without applications). label_programme_own:
    // that programme; label_programme_other: one of another organiser. label_app_own: the demo school's
    // application in programme_own, in review by the demo reviewer; label_app_other: the other school's
    // there, in review by another reviewer (each row starts from that state). label_decided_own/other: the
    // same schools' decided applications with a certificate. label_code: a certificate's public code;
    // label_code_unknown: a code that names nothing. label_showcase_own/other: the demo school / another.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const bool organiser = role == "organiser";
        const bool member = role == "coordinator" || role == "team_member";
        {
        auto st = [&](bool allowed, int ok) { return anon ? 401 : allowed ? ok : 403; };
        const std::string link_body = R"({"title":"Website","url":"https://example.be/stem","criterionIds":["C01"]})";
        for (const auto& [target, theirs, organisers_read] :
             std::vector<std::tuple<Target, bool, bool>>{{Target::evidence_school_own, true, true},
                                                         {Target::evidence_school_other, false, true},
                                                         {Target::evidence_school_foreign, false, false}}) {
            rows.push_back({"GET", "/api/organisations/{orgId}/evidence", role, target, st((theirs && member) || (organisers_read && organiser), 200)});
            rows.push_back({"POST", "/api/organisations/{orgId}/evidence/files", role, target, st(theirs && member, 201), "%PDF-1.4 matrix"});
            rows.push_back({"POST", "/api/organisations/{orgId}/evidence/links", role, target, st(theirs && member, 201), link_body});
        }
        for (const auto& [target, theirs, organisers_read] :
             std::vector<std::tuple<Target, bool, bool>>{{Target::evidence_own, true, true},
                                                         {Target::evidence_other, false, true},
                                                         {Target::evidence_foreign, false, false}}) {
            rows.push_back({"PATCH", "/api/evidence/{id}", role, target, st(theirs && member, 200), R"({"title":"Nieuwe titel"})"});
            rows.push_back({"DELETE", "/api/evidence/{id}", role, target, st(theirs && member, 204)});
            rows.push_back({"GET", "/api/evidence/{id}/file", role, target, st((theirs && member) || (organisers_read && organiser), 200)});
        }
        }
        {
        const bool reviewer = role == "reviewer";
        auto st = [&](bool allowed, int ok) { return anon ? 401 : allowed ? ok : 403; };
        const std::string school = "/api/programmes/{id}/schools/{orgId}/label-applications";
        rows.push_back({"GET", school, role, Target::label_school_own, st(organiser || member, 200)});
        rows.push_back({"GET", school, role, Target::label_school_other, st(organiser, 200)});
        rows.push_back({"POST", school, role, Target::label_school_own, st(role == "coordinator", 201)});
        rows.push_back({"POST", school, role, Target::label_school_other, st(false, 0)});
        const std::string programme = "/api/programmes/{id}/label-applications";
        rows.push_back({"GET", programme, role, Target::label_programme_own, st(organiser, 200)});
        rows.push_back({"GET", programme, role, Target::label_programme_other, st(false, 0)});
        rows.push_back({"GET", "/api/reviews", role, Target::none, st(reviewer, 200)});
        for (const auto& p : {"/api/label-applications/{id}", "/api/label-applications/{id}/evidence/{evidenceId}/file"}) {
            rows.push_back({"GET", p, role, Target::label_app_own, st(organiser || member || reviewer, 200)});
            rows.push_back({"GET", p, role, Target::label_app_other, st(organiser, 200)});
        }
        rows.push_back({"POST", "/api/label-applications/{id}/withdraw", role, Target::label_app_own, st(role == "coordinator", 200), "{}"});
        rows.push_back({"POST", "/api/label-applications/{id}/withdraw", role, Target::label_app_other, st(false, 0), "{}"});
        rows.push_back({"PUT", "/api/label-applications/{id}/reviewer", role, Target::label_app_own, st(organiser, 200)});
        rows.push_back({"PUT", "/api/label-applications/{id}/reviewer", role, Target::label_app_other, st(organiser, 200)});
        const std::string review_body = R"({"acceptedLevel":"competent","feedback":"matrix"})";
        rows.push_back({"PUT", "/api/label-applications/{id}/reviews/{criterionId}", role, Target::label_app_own, st(reviewer, 200), review_body});
        rows.push_back({"PUT", "/api/label-applications/{id}/reviews/{criterionId}", role, Target::label_app_other, st(false, 0), review_body});
        rows.push_back({"POST", "/api/label-applications/{id}/decision", role, Target::label_app_own, st(reviewer, 200), R"({"label":"competent"})"});
        rows.push_back({"POST", "/api/label-applications/{id}/decision", role, Target::label_app_other, st(false, 0), R"({"label":"competent"})"});
        rows.push_back({"GET", "/api/label-applications/{id}/certificate.pdf", role, Target::label_decided_own, st(organiser || member || reviewer, 200)});
        rows.push_back({"GET", "/api/label-applications/{id}/certificate.pdf", role, Target::label_decided_other, st(organiser, 200)});
        // Public: anyone, signed in or not.
        rows.push_back({"GET", "/api/public/certificates/{code}", role, Target::label_code, 200});
        rows.push_back({"GET", "/api/public/certificates/{code}", role, Target::label_code_unknown, 404});
        rows.push_back({"GET", "/api/public/showcase", role, Target::none, 200});
        rows.push_back({"PUT", "/api/organisations/{orgId}/showcase", role, Target::label_showcase_own, st(role == "coordinator", 200), R"({"consented":true})"});
        rows.push_back({"PUT", "/api/organisations/{orgId}/showcase", role, Target::label_showcase_other, st(false, 0), R"({"consented":true})"});
        }
        // --- action plan: rows (action_plan_api.cpp, action_plan_export.cpp) ---
        // plan_school_own/other: the demo school / another school in programme_own (run by the demo
        // organiser). plan_goal_own/other: a goal of each school's plan; plan_action_own/other: an action of
        // that goal, the own one owned by the demo team member. Every DELETE row removes a goal or action of
        // its own. The demo mentor has no confirmed match to these schools, so they are outsiders here.
        {
        auto st = [&](bool allowed, int ok) { return anon ? 401 : allowed ? ok : 403; };
        const bool coordinator = role == "coordinator";
        const bool member = coordinator || role == "team_member";
        const std::string plan = "/api/programmes/{id}/schools/{orgId}/action-plan";
        const std::string goal_body = R"({"title":"Matrixdoel","criterionIds":["C01"],"targetLevel":"proficient"})";
        for (const auto& [target, theirs] : std::vector<std::pair<Target, bool>>{{Target::plan_school_own, true}, {Target::plan_school_other, false}}) {
            for (const auto& p : {plan, plan + "/history", plan + ".pdf", plan + ".xlsx"})
                rows.push_back({"GET", p, role, target, st(organiser || (theirs && member), 200)});
            rows.push_back({"POST", plan + "/goals", role, target, st(theirs && coordinator, 201), goal_body});
            rows.push_back({"POST", plan + "/dismissals", role, target, st(theirs && coordinator, 204), R"({"criterionId":"C02"})"});
        }
        for (const auto& [target, theirs] : std::vector<std::pair<Target, bool>>{{Target::plan_goal_own, true}, {Target::plan_goal_other, false}}) {
            rows.push_back({"PATCH", "/api/action-goals/{goalId}", role, target, st(theirs && coordinator, 200), R"({"status":"in_progress"})"});
            rows.push_back({"DELETE", "/api/action-goals/{goalId}", role, target, st(theirs && coordinator, 204)});
            rows.push_back({"POST", "/api/action-goals/{goalId}/actions", role, target, st(theirs && coordinator, 201), R"({"title":"Matrixactie"})"});
            rows.push_back({"POST", "/api/action-goals/{goalId}/comments", role, target, st(organiser || (theirs && member), 201), R"({"body":"Matrix"})"});
        }
        for (const auto& [target, theirs] : std::vector<std::pair<Target, bool>>{{Target::plan_action_own, true}, {Target::plan_action_other, false}}) {
            // The team member owns the own action: they may change its status.
            rows.push_back({"PATCH", "/api/actions/{actionId}", role, target, st(theirs && member, 200), R"({"status":"doing"})"});
            rows.push_back({"DELETE", "/api/actions/{actionId}", role, target, st(theirs && coordinator, 204)});
        }
        rows.push_back({"GET", "/api/me/overdue-actions", role, Target::none, anon ? 401 : 200});
        }
    }

    // --- Ask us: rows (questions_public_api.cpp, questions_api.cpp) ---
    // The form is public; the inbox is for organisers (role organiser of an organiser organisation) only.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        auto st = [&](bool allowed, int ok) { return anon ? 401 : allowed ? ok : 403; };
        const bool organiser = role == "organiser";
        rows.push_back({"POST", "/api/public/questions", role, Target::none, 201,
                        R"({"name":"Matrix Vraag","email":"matrix@school.be","topic":"general","question":"Een vraag van de matrix?","consent":true})"});
        rows.push_back({"GET", "/api/questions", role, Target::none, st(organiser, 200)});
        rows.push_back({"GET", "/api/questions/stats", role, Target::none, st(organiser, 200)});
        rows.push_back({"GET", "/api/questions/{id}", role, Target::question, st(organiser, 200)});
        rows.push_back({"GET", "/api/questions/{id}", role, Target::question_unknown, st(organiser, 404)});
        rows.push_back({"POST", "/api/questions/{id}/take", role, Target::question, st(organiser, 200), "{}"});
        rows.push_back({"POST", "/api/questions/{id}/answer", role, Target::question, st(organiser, 200), R"({"answer":"Het antwoord."})"});
        rows.push_back({"POST", "/api/questions/{id}/forward", role, Target::question, st(organiser, 200), R"({"email":"expert@example.be"})"});
        rows.push_back({"POST", "/api/questions/{id}/answer", role, Target::question_unknown, st(organiser, 404), R"({"answer":"Het antwoord."})"});
    }

    // --- sessions and resources: rows (sessions_api.cpp, session_*_api.cpp, ical_api.cpp, resources_api.cpp, playbook_api.cpp) ---
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const bool organiser = role == "organiser";
        const bool school_member = role == "coordinator" || role == "team_member";
        auto st = [&](bool allowed, int ok) { return anon ? 401 : allowed ? ok : 403; };
        const std::string session_body =
            R"({"type":"exchange","title":"Matrixsessie","startsAt":"2099-01-10T14:00","endsAt":"2099-01-10T16:00","capacity":50})";
        rows.push_back({"GET", "/api/programmes/{id}/sessions", role, Target::sess_programme_own, st(organiser || school_member, 200)});
        rows.push_back({"GET", "/api/programmes/{id}/sessions", role, Target::sess_programme_other, st(school_member, 200)});
        rows.push_back({"POST", "/api/programmes/{id}/sessions", role, Target::sess_programme_own, st(organiser, 201), session_body});
        rows.push_back({"POST", "/api/programmes/{id}/sessions", role, Target::sess_programme_other, st(false, 0), session_body});
        for (const auto& [target, own] : {std::pair{Target::sess_own, true}, std::pair{Target::sess_other, false}}) {
            const bool audience = (own && organiser) || school_member;
            const bool manages = own && organiser;
            rows.push_back({"GET", "/api/sessions/{id}", role, target, st(audience, 200)});
            rows.push_back({"PATCH", "/api/sessions/{id}", role, target, st(manages, 200), R"({"title":"Matrix"})"});
            rows.push_back({"DELETE", "/api/sessions/{id}", role, target, st(manages, 204)});
            rows.push_back({"POST", "/api/sessions/{id}/registration", role, target, st(school_member, 201), "{}"});
            // An organiser reads the session but holds no registration: 404.
            rows.push_back({"DELETE", "/api/sessions/{id}/registration", role, target, st(audience, school_member ? 204 : 404)});
            rows.push_back({"GET", "/api/sessions/{id}/participants", role, target, st(manages, 200)});
            // Authorised, but the session has not started yet: 409.
            rows.push_back({"PUT", "/api/sessions/{id}/attendance", role, target, st(manages, 409), R"({"attended":[]})"});
            rows.push_back({"PUT", "/api/sessions/{id}/report", role, target, st(manages, 200), R"({"body":"Verslag","published":false})"});
            rows.push_back({"POST", "/api/sessions/{id}/attachments", role, target, st(manages, 201), "%PDF-1.4 matrix"});
            rows.push_back({"DELETE", "/api/sessions/{id}/attachments/{attId}", role, target, st(manages, 204)});
            rows.push_back({"GET", "/api/sessions/{id}/attachments/{attId}", role, target, st(audience, 200)});
        }
        rows.push_back({"GET", "/api/me/ical", role, Target::none, st(true, 200)});
        rows.push_back({"POST", "/api/me/ical/reset", role, Target::none, st(true, 200), "{}"});
        rows.push_back({"GET", "/ical/{token}", role, Target::none, 404});
        rows.push_back({"GET", "/api/resources", role, Target::none, st(true, 200)});
        rows.push_back({"POST", "/api/resources", role, Target::none, st(organiser, 201), R"({"kind":"other","title":"Matrixbron"})"});
        rows.push_back({"PATCH", "/api/resources/{id}", role, Target::sess_resource, st(organiser, 200), R"({"published":true})"});
        rows.push_back({"PUT", "/api/resources/{id}/file", role, Target::sess_resource, st(organiser, 200), "%PDF-1.4 matrix"});
        rows.push_back({"GET", "/api/resources/{id}/file", role, Target::sess_resource, st(true, 200)});
        rows.push_back({"DELETE", "/api/resources/{id}", role, Target::sess_resource, st(organiser, 204)});
        rows.push_back({"POST", "/api/public/playbook-requests", role, Target::none, 202,
                        R"({"name":"Pia Playbook","email":"pia@example.be","organisation":"School X","consent":true})"});
        rows.push_back({"GET", "/api/playbook-requests", role, Target::none, st(organiser, 200)});
        // A request exists only for the organisers of the organisation it was made to.
        rows.push_back({"POST", "/api/playbook-requests/{id}/approve", role, Target::sess_playbook_request, anon ? 401 : organiser ? 200 : 404, "{}"});
        rows.push_back({"GET", "/api/public/playbook/{token}", role, Target::none, 404});
    }

    // --- group report and working groups: rows (group_report_api.cpp, working_groups_api.cpp) ---
    // group_programme_own: programme_own (demo organiser; the demo school takes part, the demo company does
    // not); group_programme_other: programme_other (another organiser; the demo school takes part).
    // group_own: an open working group in programme_own with the demo school as member; group_other: one
    // without it. {orgId} of the member routes: the other school of programme_own. Every DELETE of a group
    // removes a fresh one.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const bool organiser = role == "organiser";
        const bool member = role == "coordinator" || role == "team_member";
        auto st = [&](bool allowed, int ok) { return anon ? 401 : allowed ? ok : 403; };
        for (const auto& p : {"/api/programmes/{id}/group-report", "/api/programmes/{id}/group-report.pdf",
                              "/api/programmes/{id}/group-report.xlsx"}) {
            rows.push_back({"GET", p, role, Target::group_programme_own, st(organiser || member, 200)});
            rows.push_back({"GET", p, role, Target::group_programme_other, st(member, 200)});
        }
        // The organisers' per-school table: no school member reads it, not even of their own programme.
        rows.push_back({"GET", "/api/programmes/{id}/group-report/schools", role, Target::group_programme_own, st(organiser, 200)});
        rows.push_back({"GET", "/api/programmes/{id}/group-report/schools", role, Target::group_programme_other, st(false, 200)});
        const std::string list = "/api/programmes/{id}/working-groups";
        rows.push_back({"GET", list, role, Target::group_programme_own, st(organiser || member, 200)});
        rows.push_back({"GET", list, role, Target::group_programme_other, st(member, 200)});
        rows.push_back({"GET", "/api/programmes/{id}/companies", role, Target::group_programme_own, st(organiser, 200)});
        rows.push_back({"GET", "/api/programmes/{id}/companies", role, Target::group_programme_other, st(false, 200)});
        rows.push_back({"POST", list + "/proposal", role, Target::group_programme_own, st(organiser, 200), "{}"});
        rows.push_back({"POST", list + "/proposal", role, Target::group_programme_other, st(false, 200), "{}"});
        const std::string create_body = R"({"title":"Matrixwerkgroep","criterionIds":["C01"]})";
        rows.push_back({"POST", list, role, Target::group_programme_own, st(organiser, 201), create_body});
        rows.push_back({"POST", list, role, Target::group_programme_other, st(false, 201), create_body});
        const std::string group = "/api/working-groups/{id}";
        rows.push_back({"GET", group, role, Target::group_own, st(organiser || member, 200)});
        rows.push_back({"GET", group, role, Target::group_other, st(organiser, 200)});
        for (const auto t : {Target::group_own, Target::group_other}) {
            rows.push_back({"PATCH", group, role, t, st(organiser, 200), R"({"status":"open"})"});
            rows.push_back({"DELETE", group, role, t, st(organiser, 204)});
            rows.push_back({"PUT", group + "/members/{orgId}", role, t, st(organiser, 200), "{}"});
            rows.push_back({"DELETE", group + "/members/{orgId}", role, t, st(organiser, 204)});
        }
    }

    // --- mentoring: rows (matching_api.cpp, mentoring_api.cpp, meetings_api.cpp) ---
    // match_programme_own: a programme of the demo organiser with the demo school and company (its own, so
    // confirming there changes no other row); match_programme_other: programme_other. match_pair_own/other:
    // the demo school in those programmes (a pair exists before every DELETE row). mentor_school_matched: a
    // school whose confirmed mentor is the demo company, in a mentoring programme of the demo organiser;
    // mentor_school_own: the demo school in that programme (no mentor); mentor_school_other: the demo school in
    // programme_other. meeting_mentor: a meeting the mentor wrote at mentor_school_matched; meeting_school: one
    // the demo school wrote at mentor_school_own (a fresh one for every DELETE row); follow_up_school: a
    // follow-up of meeting_school (the body names no goal of the plan: 400 once allowed).
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const bool organiser = role == "organiser";
        const bool member = role == "coordinator" || role == "team_member";
        const bool mentor = role == "mentor";
        auto st = [&](bool allowed, int ok) { return anon ? 401 : allowed ? ok : 403; };
        for (const auto& [target, ours] : std::vector<std::pair<Target, bool>>{{Target::match_programme_own, true}, {Target::match_programme_other, false}}) {
            rows.push_back({"GET", "/api/programmes/{id}/matching", role, target, st(ours && organiser, 200)});
            for (const char* list : {"/pairs", "/unmatched", "/companies"})
                rows.push_back({"GET", std::string("/api/programmes/{id}/matching") + list, role, target, st(ours && organiser, 200)});
            rows.push_back({"POST", "/api/programmes/{id}/matching/proposal", role, target, st(ours && organiser, 200), "{}"});
            rows.push_back({"POST", "/api/programmes/{id}/matching/confirm", role, target, st(ours && organiser, 200), "{}"});
        }
        for (const auto& [target, ours] : std::vector<std::pair<Target, bool>>{{Target::match_pair_own, true}, {Target::match_pair_other, false}}) {
            rows.push_back({"PUT", "/api/programmes/{id}/matching/pairs/{schoolOrgId}", role, target, st(ours && organiser, 200)});
            rows.push_back({"DELETE", "/api/programmes/{id}/matching/pairs/{schoolOrgId}", role, target, st(ours && organiser, 204)});
        }
        rows.push_back({"GET", "/api/mentoring", role, Target::none, st(mentor, 200)});
        const std::string mentor_path = "/api/programmes/{id}/schools/{orgId}/mentor";
        const std::string meetings = "/api/programmes/{id}/schools/{orgId}/meetings";
        const std::string meeting_body = R"({"heldOn":"2026-11-20","attendees":"Matrix"})";
        rows.push_back({"GET", mentor_path, role, Target::mentor_school_matched, st(organiser || mentor, 200)});
        rows.push_back({"GET", mentor_path, role, Target::mentor_school_own, st(organiser || member, 200)});
        rows.push_back({"GET", mentor_path, role, Target::mentor_school_other, st(member, 200)});
        rows.push_back({"GET", meetings, role, Target::mentor_school_matched, st(organiser || mentor, 200)});
        rows.push_back({"GET", meetings, role, Target::mentor_school_own, st(organiser || member, 200)});
        rows.push_back({"GET", meetings, role, Target::mentor_school_other, st(member, 200)});
        rows.push_back({"POST", meetings, role, Target::mentor_school_matched, st(mentor, 201), meeting_body});
        rows.push_back({"POST", meetings, role, Target::mentor_school_own, st(member, 201), meeting_body});
        rows.push_back({"POST", meetings, role, Target::mentor_school_other, st(member, 201), meeting_body});
        rows.push_back({"PATCH", "/api/meetings/{meetingId}", role, Target::meeting_mentor, st(mentor, 200), R"({"notes":"Matrix"})"});
        rows.push_back({"PATCH", "/api/meetings/{meetingId}", role, Target::meeting_school, st(member, 200), R"({"notes":"Matrix"})"});
        rows.push_back({"DELETE", "/api/meetings/{meetingId}", role, Target::meeting_mentor, st(mentor, 204)});
        rows.push_back({"DELETE", "/api/meetings/{meetingId}", role, Target::meeting_school, st(member, 204)});
        rows.push_back({"POST", "/api/meetings/{meetingId}/follow-ups/{followUpId}/action", role, Target::follow_up_school,
                        st(role == "coordinator", 400), R"({"goalId":999999})"});
    }

    // --- award: rows (award_api.cpp, candidacy_api.cpp, jury_api.cpp, award_results_api.cpp) ---
    // award_programme_own: a programme of the demo organiser with an open round (scale 5, 3 criteria), the demo
    // juror and a second juror in its jury, and submitted candidacies of the demo school and another school (each
    // with a submitted final measurement); award_programme_other: programme_other (another organiser, the demo
    // school takes part, no round). award_school_own/other: those two schools in award_programme_own.
    // award_candidacy: the other school's candidacy, with a file attached. Every award row starts from that state
    // (no scores, no recusals, both candidacies submitted); the results, announce and export rows from a CLOSED round.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const bool organiser = role == "organiser";
        const bool member = role == "coordinator" || role == "team_member";
        const bool juror = role == "jury";
        auto st = [&](bool allowed, int ok) { return anon ? 401 : allowed ? ok : 403; };
        const std::string award = "/api/programmes/{id}/award";
        const std::string round_body = R"({"opensOn":"2000-01-01","closesOn":"2999-12-31","scale":5})";
        const std::string rubric_body =
            R"({"criteria":[{"name":"Visie","weight":30,"descriptors":["1","2","3","4","5"]},)"
            R"({"name":"Impact","weight":40,"descriptors":["1","2","3","4","5"]},{"name":"Partners","weight":30,"descriptors":["1","2","3","4","5"]}]})";
        const std::string juror_body = R"({"email":"matrix.nieuw@example.be","name":"Matrix Nieuw"})";
        for (const auto& [target, ours] : std::vector<std::pair<Target, bool>>{{Target::award_programme_own, true}, {Target::award_programme_other, false}}) {
            rows.push_back({"GET", award, role, target, st(ours ? (organiser || member || juror) : member, 200)});
            rows.push_back({"PUT", award, role, target, st(ours && organiser, 200), round_body});
            rows.push_back({"PUT", award + "/rubric", role, target, st(ours && organiser, 200), rubric_body});
            rows.push_back({"POST", award + "/jurors", role, target, st(ours && organiser, 201), juror_body});
            rows.push_back({"DELETE", award + "/jurors/{userId}", role, target, st(ours && organiser, 204)});
            rows.push_back({"GET", award + "/progress", role, target, st(ours && organiser, 200)});
            rows.push_back({"POST", award + "/close", role, target, st(ours && organiser, 200), "{}"});
            rows.push_back({"GET", award + "/results", role, target, st(ours && (organiser || juror), 200)});
            rows.push_back({"POST", award + "/announce", role, target, st(ours && organiser, 200)});
            rows.push_back({"GET", award + "/results.pdf", role, target, st(ours && organiser, 200)});
            rows.push_back({"GET", award + "/results.xlsx", role, target, st(ours && organiser, 200)});
        }
        const std::string candidacy = "/api/programmes/{id}/schools/{orgId}/candidacy";
        const std::string candidacy_body = R"({"pitch":")" + std::string(60, 'p') + R"(","team":["Ann"],"evidenceIds":[]})";
        rows.push_back({"GET", candidacy, role, Target::award_school_own, st(organiser || member, 200)});
        rows.push_back({"GET", candidacy, role, Target::award_school_other, st(organiser, 200)});
        rows.push_back({"PUT", candidacy, role, Target::award_school_own, st(role == "coordinator", 200), candidacy_body});
        rows.push_back({"PUT", candidacy, role, Target::award_school_other, st(false, 200), candidacy_body});
        rows.push_back({"DELETE", candidacy, role, Target::award_school_own, st(role == "coordinator", 204)});
        rows.push_back({"DELETE", candidacy, role, Target::award_school_other, st(false, 204)});
        rows.push_back({"GET", "/api/awards/jury", role, Target::none, st(true, 200)});
        const std::string judging = "/api/programmes/{id}/award/candidates/{candidacyId}";
        rows.push_back({"GET", judging, role, Target::award_candidacy, st(organiser || juror, 200)});
        rows.push_back({"GET", judging + "/evidence/{evidenceId}/file", role, Target::award_candidacy, st(organiser || juror, 200)});
        rows.push_back({"PUT", judging + "/scores", role, Target::award_candidacy, st(juror, 200)});
        rows.push_back({"POST", judging + "/recusal", role, Target::award_candidacy, st(juror, 201),
                        R"({"reason":"Mijn dochter zit op deze school."})"});
    }

    // Tenancy: objects of another organiser organisation's programme do not exist for a person with no
    // part in that tenant (404, as for an id that names nothing). The demo school takes part in
    // programme_other, so its coordinator and team member are inside that tenant and keep the handler's
    // answer; the unpublished other_programme has nobody of the demo in it.
    for (auto& r : rows) {
        const bool nobody_inside = r.target == Target::other_programme || r.target == Target::other_registration;
        const bool school_inside =
            r.target == Target::programme_other || r.target == Target::school_foreign || r.target == Target::measurement_submit ||
            r.target == Target::results_other_programme || r.target == Target::evidence_school_foreign ||
            r.target == Target::evidence_foreign || r.target == Target::label_programme_other || r.target == Target::sess_programme_other ||
            r.target == Target::sess_other || r.target == Target::group_programme_other || r.target == Target::match_programme_other ||
            r.target == Target::match_pair_other || r.target == Target::mentor_school_other || r.target == Target::award_programme_other;
        const bool inside = r.role == "coordinator" || r.role == "team_member";
        if ((nobody_inside || (school_inside && !inside)) && r.expected == 403) r.expected = 404;
    }
    return rows;
}

}  // namespace

TEST(AuthorizationMatrix, EveryRouteHasRows) {
    sk::api::ApiRouter router;
    sk::api::add_all_routes(router);
    std::set<std::pair<std::string, std::string>> covered;
    for (const auto& r : matrix()) covered.insert({r.method, r.pattern});
    for (const auto& route : router.routes())
        EXPECT_TRUE(covered.count({route.method, route.pattern})) << "no authorization rows for " << route.method << " " << route.pattern;
}

TEST(AuthorizationMatrix, EveryRowHoldsOverHttp) {
    TestServer server;
    auto& db = server.db();
    std::map<std::string, std::int64_t> own_org;   // role -> organisation id of that demo user
    std::map<std::string, std::int64_t> other_org; // role -> an organisation the user is not a member of
    std::map<std::int64_t, std::string> kind_of;
    for (const auto& row : db.exec("SELECT id, kind FROM organisations").rows) kind_of[row.i64(0)] = row.str(1);
    for (const auto& [role, email] : kEmailOf) {
        own_org[role] = db.exec("SELECT m.organisation_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1",
                                {email})
                            .one()
                            .i64(0);
        other_org[role] = db.exec("SELECT id FROM organisations WHERE id NOT IN (SELECT m.organisation_id FROM memberships m "
                                  "JOIN users u ON u.id = m.user_id WHERE u.email = $1) ORDER BY kind DESC",
                                  {email})
                              .one()
                              .i64(0);
    }
    own_org["anonymous"] = own_org["coordinator"];
    other_org["anonymous"] = other_org["coordinator"];
    // Programmes for the programme-level rows (made after the organisation targets are chosen).
    const auto demo_school = sk::test::org_id(db, "Demoschool Sint-Lucas");
    const auto programme_own = sk::test::make_programme(db, sk::test::org_of(db, kEmailOf.at("organiser")), "Matrixprogramma");
    sk::test::add_participant(db, programme_own, demo_school, "school");
    const auto programme_other = sk::test::make_programme(db, sk::test::make_other_organiser(db, "olga@andere.be"), "Ander programma");
    sk::test::add_participant(db, programme_other, demo_school, "school");
    // Surveys (see the surveys rows): another school in programme_own, an open survey of each school;
    // opening one needs statements for the programme's framework version, so a loaded version.
    db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme_own});
    const auto survey_other_school = sk::test::make_school(db, "Matrix Andere School", "777777", "limburg", programme_own);
    std::map<Target, std::int64_t> survey_of;
    std::map<Target, std::string> survey_code_of;
    for (const auto& [target, school] : {std::pair{Target::survey_own, demo_school}, std::pair{Target::survey_other, survey_other_school}}) {
        const sk::store::NewSurvey ns{programme_own, school, "baseline", "teachers", "secondary", "eu-stem-school-label", "2024.1",
                                      target == Target::survey_own ? "MATRXAAA" : "MATRXBBB",
                                      sk::test::user_id(db, kEmailOf.at("coordinator"))};
        survey_of[target] = sk::store::create_survey(db, ns, 1);
        survey_code_of[target] = ns.code;
    }

    // Measurement targets (see Target): wide phase dates so the real clock is always inside them.
    const auto matrix_school = survey_other_school;  // one other school serves the survey and measurement rows
    const auto demo_programme = db.exec("SELECT id FROM programmes WHERE name = 'STEM-traject 2026-2027 (demo)'").one().i64(0);
    for (const auto p : {programme_own, programme_other}) {
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {p});
        for (const std::string kind : {"baseline", "final"})
            db.exec("INSERT INTO programme_phases (programme_id, kind, opens_on, closes_on) VALUES ($1, $2, '2000-01-01', '2999-12-31')",
                    {p, kind});
    }
    auto make_measurement = [&](std::int64_t programme, std::int64_t school, const std::string& kind, const std::string& status,
                                bool answered) {
        const auto id = db.exec("INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, "
                                "created_at, updated_at) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', $4, 1, 1) RETURNING id",
                                {programme, school, kind, status})
                            .one()
                            .i64(0);
        for (int i = 1; answered && i <= 21; ++i)
            db.exec("INSERT INTO measurement_answers (measurement_id, criterion_id, level, comment, version, updated_at) "
                    "VALUES ($1, $2, 'competent', '', 1, 1)",
                    {id, (i < 10 ? "C0" : "C") + std::to_string(i)});
        return id;
    };
    std::map<Target, std::pair<std::int64_t, std::int64_t>> school_target = {{Target::school_own, {programme_own, demo_school}},
                                                                             {Target::school_other, {programme_own, matrix_school}},
                                                                             {Target::school_foreign, {programme_other, demo_school}}};
    std::map<Target, std::int64_t> measurement_of = {
        {Target::measurement_edit, make_measurement(programme_own, demo_school, "final", "open", false)},
        {Target::measurement_submit, make_measurement(programme_other, demo_school, "final", "open", true)},
        {Target::measurement_reopen, make_measurement(demo_programme, demo_school, "baseline", "submitted", true)},
        {Target::measurement_other, make_measurement(programme_own, matrix_school, "final", "submitted", true)}};

    // The results rows read the final measurements made above.
    std::map<Target, std::pair<std::int64_t, std::int64_t>> results_of;  // target -> (programme, school)
    results_of[Target::results_own] = {programme_own, demo_school};
    results_of[Target::results_other_school] = {programme_own, matrix_school};
    results_of[Target::results_other_programme] = {programme_other, demo_school};

    // Evidence targets (see the evidence rows): schools and a stored file of each.
    const auto foreign_school = sk::test::make_school(db, "Matrix Verre School", "888888", "antwerpen", programme_other);
    std::map<Target, std::int64_t> evidence_school_of = {{Target::evidence_school_own, demo_school},
                                                         {Target::evidence_school_other, matrix_school},
                                                         {Target::evidence_school_foreign, foreign_school}};
    auto make_evidence = [&](std::int64_t school) {
        const std::string bytes = "%PDF-1.4 matrix evidence " + std::to_string(school);
        sk::store::NewEvidence e;
        e.organisation_id = school;
        e.kind = "file";
        e.title = "Matrixbewijs";
        e.file_name = "bewijs.pdf";
        e.content_type = "application/pdf";
        e.size = static_cast<std::int64_t>(bytes.size());
        e.sha256 = server.put_file(bytes);
        e.created_by = sk::test::user_id(db, kEmailOf.at("coordinator"));
        return sk::store::create_evidence(db, e, 1);
    };
    std::map<Target, std::int64_t> evidence_of = {{Target::evidence_own, make_evidence(demo_school)},
                                                  {Target::evidence_other, make_evidence(matrix_school)},
                                                  {Target::evidence_foreign, make_evidence(foreign_school)}};
    std::map<Target, std::int64_t> evidence_school_of_item = {{Target::evidence_own, demo_school},
                                                              {Target::evidence_other, matrix_school},
                                                              {Target::evidence_foreign, foreign_school}};

    // Programmes and registrations to aim at (see Target).
    std::map<Target, std::int64_t> programme_of;
    programme_of[Target::own_programme] = db.exec("SELECT id FROM programmes WHERE name = 'STEM-traject 2026-2027 (demo)'").one().i64(0);
    {
        const auto other_organiser = sk::store::create_organisation(db, "Andere organisator", "organiser", 1);
        sk::store::ProgrammeFields f;
        f.name = "Ander traject";
        f.school_year = "2026-2027";
        f.audience = "primary";
        f.region = "Limburg";
        f.framework_id = "eu-stem-school-label";
        f.framework_version = "2024.1";
        f.max_schools = 5;
        programme_of[Target::other_programme] = sk::store::create_programme(db, other_organiser, f, 1);
    }
    // route ("accept"/"refuse") and target -> a pending registration
    std::map<std::pair<std::string, Target>, std::int64_t> registration_of;
    {
        int k = 0;
        for (const std::string decision : {"accept", "refuse"})
            for (const auto target : {Target::own_registration, Target::other_registration}) {
                sk::store::Registration r;
                r.programme_id = programme_of[target == Target::own_registration ? Target::own_programme : Target::other_programme];
                r.kind = "school";
                r.organisation_name = "Matrixschool " + std::to_string(++k);
                r.identifier = std::to_string(900000 + k);
                r.contact_name = "Matrix Contact";
                r.contact_email = "matrix" + std::to_string(k) + "@school.be";
                r.language = "nl";
                r.data = R"({"street":"Straat 1","postcode":"3500","municipality":"Hasselt","province":"limburg","network":"go","level":"primary","pupils":100})";
                registration_of[{decision, target}] = sk::store::create_registration(db, r, 1);
            }
    }

    // Group report and working-group targets (see their rows).
    auto make_group = [&](bool with_demo_school) {
        const auto id = db.exec("INSERT INTO working_groups (programme_id, title, criterion_ids, created_at, updated_at) "
                                "VALUES ($1, 'Matrixgroep', 'C01', 1, 1) RETURNING id",
                                {programme_own})
                            .one()
                            .i64(0);
        if (with_demo_school)
            db.exec("INSERT INTO working_group_members (group_id, organisation_id, kind, added_at) VALUES ($1, $2, 'school', 1)",
                    {id, demo_school});
        return id;
    };
    const std::map<Target, std::int64_t> group_programme_of = {{Target::group_programme_own, programme_own},
                                                               {Target::group_programme_other, programme_other}};
    const std::map<Target, std::int64_t> group_of = {{Target::group_own, make_group(true)}, {Target::group_other, make_group(false)}};

    // Label targets (see the label rows).
    const auto organiser_org = sk::test::org_of(db, kEmailOf.at("organiser"));
    const auto label_programme = sk::test::make_programme(db, organiser_org, "Labelmatrix");
    db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {label_programme});
    sk::test::add_participant(db, label_programme, demo_school, "school");
    const auto label_other_school = sk::test::make_school(db, "Label Andere School", "777778", "limburg", label_programme);
    const auto label_measurement_own = make_measurement(label_programme, demo_school, "baseline", "submitted", true);
    const auto label_measurement_other = make_measurement(label_programme, label_other_school, "baseline", "submitted", true);
    const auto demo_reviewer = sk::test::user_id(db, kEmailOf.at("reviewer"));
    const auto other_reviewer = sk::test::make_member(db, organiser_org, "andere.reviewer@example.be", "reviewer", false);
    const std::string label_sha = server.put_file("%PDF-1.4 matrix label");
    std::string label_snapshot = R"({"criteria":[)";
    for (int i = 1; i <= 21; ++i) {
        label_snapshot += std::string(i > 1 ? "," : "") + R"({"criterionId":"C)" + (i < 10 ? "0" : "") + std::to_string(i) +
                          R"(","level":"competent","comment":"","evidence":[)";
        if (i == 1)
            label_snapshot += R"({"id":9001,"kind":"file","title":"Bewijs","description":"","url":null,"fileName":"bewijs.pdf",)"
                              R"("contentType":"application/pdf","size":15,"sha256":")" + label_sha + R"("})";
        label_snapshot += "]}";
    }
    label_snapshot += "]}";
    auto make_application = [&](std::int64_t school, std::int64_t measurement, std::int64_t reviewer, const std::string& code) {
        const auto id = db.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, framework_version, "
                                "status, snapshot, submitted_at, reviewer_id, due_on) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', "
                                "'in_review', $4, 1, $5, '2999-12-31') RETURNING id",
                                {programme_own, school, measurement, label_snapshot, reviewer})
                            .one()
                            .i64(0);
        db.exec("INSERT INTO label_application_files (application_id, evidence_id, sha256) VALUES ($1, 9001, $2)", {id, label_sha});
        if (!code.empty())
            db.exec("UPDATE label_applications SET status = 'decided', decided_label = 'competent', proposed_label = 'competent', "
                    "decided_at = 1, valid_from = '2026-01-01', valid_until = '2999-01-01', certificate_code = $2 WHERE id = $1",
                    {id, code});
        return id;
    };
    std::map<Target, std::int64_t> label_app_of = {
        {Target::label_app_own, make_application(demo_school, measurement_of[Target::measurement_edit], demo_reviewer, "")},
        {Target::label_app_other, make_application(matrix_school, measurement_of[Target::measurement_other], other_reviewer, "")},
        {Target::label_decided_own, make_application(demo_school, measurement_of[Target::measurement_edit], demo_reviewer, "MATRXCERT2")},
        {Target::label_decided_other, make_application(matrix_school, measurement_of[Target::measurement_other], other_reviewer, "MATRXCERT3")}};
    const std::map<Target, std::int64_t> reviewer_of = {{Target::label_app_own, demo_reviewer}, {Target::label_app_other, other_reviewer}};

    // Ask us target (see the Ask us rows).
    const auto question_id = db.exec("INSERT INTO questions (name, email, organisation, topic, question, language, consent_at, received_at, "
                                     "due_at, status, organiser_id) VALUES ('Matrix', 'matrix@school.be', '', 'general', 'Een matrixvraag?', 'nl', 1, 1, 2, "
                                     "'new', $1) RETURNING id",
                                     {sk::test::org_of(db, kEmailOf.at("organiser"))})
                                 .one()
                                 .i64(0);
    // Sessions and resources (see Target): a session a month ahead in each programme, a global resource with a file.
    const std::int64_t month_ahead = server.now() + 30 * 86400;
    auto make_session = [&](std::int64_t programme) {
        return db.exec("INSERT INTO network_sessions (programme_id, type, title, starts_at, ends_at, capacity, created_at, updated_at) "
                       "VALUES ($1, 'exchange', 'Matrixsessie', $2, $3, 50, 1, 1) RETURNING id",
                       {programme, month_ahead, month_ahead + 7200})
            .one()
            .i64(0);
    };
    std::map<Target, std::int64_t> session_of = {{Target::sess_own, make_session(programme_own)},
                                                 {Target::sess_other, make_session(programme_other)}};
    const std::string sess_sha = server.put_file("%PDF-1.4 matrix session");
    auto make_attachment = [&](std::int64_t session) {
        return db.exec("INSERT INTO session_attachments (session_id, file_name, content_type, size, sha256, created_at) "
                       "VALUES ($1, 'matrix.pdf', 'application/pdf', 15, $2, 1) RETURNING id",
                       {session, sess_sha})
            .one()
            .i64(0);
    };
    std::map<Target, std::int64_t> attachment_of = {{Target::sess_own, make_attachment(session_of[Target::sess_own])},
                                                    {Target::sess_other, make_attachment(session_of[Target::sess_other])}};
    auto make_resource = [&] {
        return db.exec("INSERT INTO resources (kind, title, file_name, content_type, size, sha256, published, created_at, updated_at, "
                       "organiser_id) VALUES ('playbook', 'Matrixbron', 'matrix.pdf', 'application/pdf', 15, $1, 1, 1, 1, $2) RETURNING id",
                       {sess_sha, sk::test::org_of(db, kEmailOf.at("organiser"))})
            .one()
            .i64(0);
    };
    std::int64_t sess_resource = make_resource();
    const auto playbook_request = db.exec("INSERT INTO playbook_requests (name, email, organisation, created_at, organiser_id) "
                                          "VALUES ('Pia', 'pia@example.be', 'School X', 1, $1) RETURNING id",
                                          {sk::test::org_of(db, kEmailOf.at("organiser"))})
                                      .one()
                                      .i64(0);

    // Mentoring targets (see the mentoring rows).
    const auto demo_company = sk::test::org_id(db, "Demotech NV");
    const auto match_programme = sk::test::make_programme(db, organiser_org, "Matchmatrix");
    sk::test::add_participant(db, match_programme, demo_school, "school");
    sk::test::add_participant(db, match_programme, demo_company, "company");
    const auto mentor_programme = sk::test::make_programme(db, organiser_org, "Mentormatrix");
    sk::test::add_participant(db, mentor_programme, demo_school, "school");
    sk::test::add_participant(db, mentor_programme, demo_company, "company");
    const auto mentored_school = sk::test::make_school(db, "Mentor Matrixschool", "777779", "west-vlaanderen", mentor_programme);
    db.exec("INSERT INTO mentor_matches (programme_id, school_id, company_id, status, created_at, updated_at) "
            "VALUES ($1, $2, $3, 'confirmed', 1, 1)",
            {mentor_programme, mentored_school, demo_company});
    const std::map<Target, std::pair<std::int64_t, std::int64_t>> mentor_school_of = {
        {Target::match_pair_own, {match_programme, demo_school}},       {Target::match_pair_other, {programme_other, demo_school}},
        {Target::mentor_school_matched, {mentor_programme, mentored_school}}, {Target::mentor_school_own, {mentor_programme, demo_school}},
        {Target::mentor_school_other, {programme_other, demo_school}}};
    auto make_meeting = [&](std::int64_t school, const std::string& side, const std::string& author) {
        return db.exec("INSERT INTO mentor_meetings (programme_id, school_id, held_on, attendees, author_side, created_by, created_at, "
                       "updated_at) VALUES ($1, $2, '2026-11-01', 'Matrix', $3, $4, 1, 1) RETURNING id",
                       {mentor_programme, school, side, sk::test::user_id(db, kEmailOf.at(author))})
            .one()
            .i64(0);
    };
    const std::map<Target, std::int64_t> meeting_of = {{Target::meeting_mentor, make_meeting(mentored_school, "mentor", "mentor")},
                                                       {Target::meeting_school, make_meeting(demo_school, "school", "coordinator")}};
    const auto follow_up = db.exec("INSERT INTO meeting_follow_ups (meeting_id, position, text) VALUES ($1, 0, 'Matrix') RETURNING id",
                                   {meeting_of.at(Target::meeting_school)})
                               .one()
                               .i64(0);

    // Action-plan targets (see the action-plan rows).
    const std::map<Target, std::int64_t> plan_school_of = {{Target::plan_school_own, demo_school}, {Target::plan_school_other, matrix_school}};
    auto make_goal = [&](std::int64_t school) {
        const auto plan = sk::store::plan_ensure(db, programme_own, school, 1);
        sk::store::GoalFields g;
        g.title = "Matrixdoel";
        g.criterion_ids = {"C01"};
        g.target_level = "proficient";
        return sk::store::plan_create_goal(db, plan.id, g, 1);
    };
    const auto demo_team_member = sk::test::user_id(db, kEmailOf.at("team_member"));
    auto make_action = [&](std::int64_t goal, bool own) {
        return sk::store::plan_create_action(db, goal, {"Matrixactie", own ? std::optional(demo_team_member) : std::nullopt, std::nullopt, "todo"},
                                             std::nullopt, 1);
    };
    const std::map<Target, std::int64_t> plan_goal_school = {{Target::plan_goal_own, demo_school}, {Target::plan_goal_other, matrix_school},
                                                             {Target::plan_action_own, demo_school}, {Target::plan_action_other, matrix_school}};
    std::map<Target, std::int64_t> plan_goal_of, plan_action_of;
    for (const auto& [target, school] : plan_goal_school) plan_goal_of[target] = make_goal(school);
    for (const auto target : {Target::plan_action_own, Target::plan_action_other})
        plan_action_of[target] = make_action(plan_goal_of[target], target == Target::plan_action_own);

    // Award targets (see the award rows).
    const auto award_programme = sk::test::make_programme(db, organiser_org, "Awardmatrix");
    db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {award_programme});
    sk::test::add_participant(db, award_programme, demo_school, "school");
    const auto award_other_school = sk::test::make_school(db, "Award Andere School", "777780", "limburg", award_programme);
    make_measurement(award_programme, demo_school, "final", "submitted", false);
    make_measurement(award_programme, award_other_school, "final", "submitted", false);
    const auto award_round = db.exec("INSERT INTO award_rounds (programme_id, opens_on, closes_on, scale, status, created_at, updated_at) "
                                     "VALUES ($1, '2000-01-01', '2999-12-31', 5, 'open', 1, 1) RETURNING id",
                                     {award_programme})
                                 .one()
                                 .i64(0);
    for (std::int64_t i = 0; i < 3; ++i)
        db.exec("INSERT INTO award_rubric_criteria (round_id, position, name, weight, descriptors) "
                R"(VALUES ($1, $2, 'Matrixcriterium', 1, '["1","2","3","4","5"]'))",
                {award_round, i});
    auto make_candidacy = [&](std::int64_t school) {
        return db.exec("INSERT INTO award_candidacies (round_id, organisation_id, pitch, team, status, submitted_at, updated_at) "
                       R"(VALUES ($1, $2, $3, '["Ann"]', 'submitted', 1, 1) RETURNING id)",
                       {award_round, school, std::string(60, 'p')})
            .one()
            .i64(0);
    };
    make_candidacy(demo_school);
    const auto award_candidacy = make_candidacy(award_other_school);
    const auto award_evidence = make_evidence(award_other_school);
    db.exec("INSERT INTO award_candidacy_evidence (candidacy_id, evidence_id, position) VALUES ($1, $2, 0)", {award_candidacy, award_evidence});
    const auto award_juror = sk::test::user_id(db, kEmailOf.at("jury"));
    const auto award_second_juror = sk::test::make_member(db, organiser_org, "matrix.jurylid@example.be", "jury", false);

    std::map<std::string, HttpClient> clients;
    for (const auto& role : kRoles) {
        HttpClient c(server.base_url());
        if (role != "anonymous") {
            ASSERT_EQ(c.login(kEmailOf.at(role), sk::app::kDemoPassword).status, 200) << role;
        } else {
            c.get("/api/me");
        }
        clients.emplace(role, c);
    }

    int n = 0;
    for (const auto& row : matrix()) {
        std::string path = row.pattern;
        std::string body = row.body;
        std::map<std::string, std::string> headers;
        if (row.pattern.starts_with("/api/me/invitations/")) {
            // A new school, so an accepted invitation never widens what the user reaches in later rows.
            ++n;
            const auto school = sk::test::make_school(db, "Uitnodigingsschool " + std::to_string(n), std::to_string(880000 + n), "limburg");
            const bool theirs = row.target == Target::own && row.role != "anonymous";
            const auto invitee = theirs ? sk::test::user_id(db, kEmailOf.at(row.role))
                                        : sk::store::create_user(db, "uitgenodigd" + std::to_string(n) + "@example.be", "Iemand", "nl",
                                                                 std::nullopt, 1);
            path.replace(path.find("{id}"), 4, std::to_string(sk::test::make_invitation(db, school, invitee, "team_member", server.now())));
        } else if (row.target == Target::own_programme || row.target == Target::other_programme) {
            path.replace(path.find("{id}"), 4, std::to_string(programme_of[row.target]));
            // The public forms: a new school/company each time, and the per-address limit is not what this tests.
            if (row.pattern.ends_with("/school-registrations")) body = school_registration_body(++n);
            if (row.pattern.ends_with("/mentor-registrations")) body = mentor_registration_body(++n);
            if (row.pattern.ends_with("-registrations")) db.exec("DELETE FROM rate_limits");
        } else if (row.target == Target::own_registration || row.target == Target::other_registration) {
            const std::string decision = row.pattern.ends_with("/accept") ? "accept" : "refuse";
            path.replace(path.find("{id}"), 4, std::to_string(registration_of[{decision, row.target}]));
        } else if (row.target == Target::own || row.target == Target::other) {
            const auto id = row.target == Target::own ? own_org[row.role] : other_org[row.role];
            path.replace(path.find("{id}"), 4, std::to_string(id));
            const std::string kind = kind_of[id];
            const std::string member_role = kind == "school" ? "team_member" : kind == "company" ? "mentor" : "jury";
            if (auto p = path.find("{invitationId}"); p != std::string::npos) {
                const auto uid = sk::test::make_member(db, id, "pending" + std::to_string(++n) + "@example.be", member_role, true);
                path.replace(p, 14, std::to_string(db.exec("SELECT id FROM invitations WHERE user_id = $1", {uid}).one().i64(0)));
            } else if (auto p = path.find("{userId}"); p != std::string::npos) {
                const auto uid = sk::test::make_member(db, id, "member" + std::to_string(++n) + "@example.be", member_role, false);
                path.replace(p, 8, std::to_string(uid));
            } else if (row.method == "POST" && body.empty()) {
                body = invite_body(kind_of[id], ++n);
            }
        }
        if (row.target == Target::programme_own || row.target == Target::programme_other) {
            path.replace(path.find("{id}"), 4, std::to_string(row.target == Target::programme_own ? programme_own : programme_other));
            if (auto p = path.find("{kind}"); p != std::string::npos) {
                path.replace(p, 6, "schools");
                headers["Content-Type"] = "text/csv";
            }
        }
        if (auto it = school_target.find(row.target); it != school_target.end()) {
            path.replace(path.find("{id}"), 4, std::to_string(it->second.first));
            path.replace(path.find("{orgId}"), 7, std::to_string(it->second.second));
            if (auto p = path.find("{kind}"); p != std::string::npos) path.replace(p, 6, "baseline");
            if (auto p = path.find("{phaseKind}"); p != std::string::npos) path.replace(p, 11, "baseline");
        }
        if (auto it = measurement_of.find(row.target); it != measurement_of.end()) {
            path.replace(path.find("{id}"), 4, std::to_string(it->second));
            if (auto p = path.find("{criterionId}"); p != std::string::npos)
                path.replace(p, 13, row.role == "coordinator" ? "C01" : row.role == "team_member" ? "C02" : "C03");
        }
        if (row.target == Target::survey_school_own || row.target == Target::survey_school_other) {
            path.replace(path.find("{id}"), 4, std::to_string(programme_own));
            path.replace(path.find("{orgId}"), 7,
                         std::to_string(row.target == Target::survey_school_own ? demo_school : survey_other_school));
        } else if (row.target == Target::survey_own || row.target == Target::survey_other) {
            path.replace(path.find("{surveyId}"), 10, std::to_string(survey_of[row.target]));
            // Close and reopen rows alternate; each starts from an open survey.
            db.exec("UPDATE surveys SET status = 'open', closed_at = NULL WHERE id = $1", {survey_of[row.target]});
        } else if (row.target == Target::survey_code || row.target == Target::survey_code_foreign_token) {
            path.replace(path.find("{code}"), 6, survey_code_of[Target::survey_own]);
            if (row.method == "POST") {
                const auto& token_code = survey_code_of[row.target == Target::survey_code ? Target::survey_own : Target::survey_other];
                HttpClient respondent(server.base_url());
                const auto token = respondent.get("/api/public/surveys/" + token_code).json_string("/token");
                std::string answers;
                for (int i = 1; i <= 21; ++i) answers += std::string(answers.empty() ? "" : ",") + "\"C" + (i < 10 ? "0" : "") + std::to_string(i) + "\":3";
                body = R"({"token":")" + token + R"(","answers":{)" + answers + "}}";
            }
        }
        if (auto it = results_of.find(row.target); it != results_of.end()) {
            path.replace(path.find("{id}"), 4, std::to_string(it->second.first));
            path.replace(path.find("{orgId}"), 7, std::to_string(it->second.second));
            path += "?kind=final";
        }
        if (auto it = evidence_school_of.find(row.target); it != evidence_school_of.end()) {
            path.replace(path.find("{orgId}"), 7, std::to_string(it->second));
            if (row.pattern.ends_with("/files")) {
                headers["Content-Type"] = "application/pdf";
                headers["X-File-Name"] = "matrix.pdf";
            }
        }
        if (auto it = evidence_of.find(row.target); it != evidence_of.end()) {
            // Every DELETE row removes an item of its own.
            const auto id = row.method == "DELETE" ? make_evidence(evidence_school_of_item[row.target]) : it->second;
            path.replace(path.find("{id}"), 4, std::to_string(id));
        }
        if (row.target == Target::label_school_own || row.target == Target::label_school_other) {
            const bool own = row.target == Target::label_school_own;
            path.replace(path.find("{id}"), 4, std::to_string(label_programme));
            path.replace(path.find("{orgId}"), 7, std::to_string(own ? demo_school : label_other_school));
            db.exec("DELETE FROM label_applications WHERE programme_id = $1", {label_programme});
            if (row.method == "POST")
                body = R"({"measurementId":)" + std::to_string(own ? label_measurement_own : label_measurement_other) + "}";
        } else if (row.target == Target::label_programme_own || row.target == Target::label_programme_other) {
            path.replace(path.find("{id}"), 4, std::to_string(row.target == Target::label_programme_own ? label_programme : programme_other));
        } else if (auto it = label_app_of.find(row.target); it != label_app_of.end()) {
            path.replace(path.find("{id}"), 4, std::to_string(it->second));
            if (auto p = path.find("{evidenceId}"); p != std::string::npos) path.replace(p, 12, "9001");
            if (auto p = path.find("{criterionId}"); p != std::string::npos) path.replace(p, 13, "C01");
            if (auto r = reviewer_of.find(row.target); r != reviewer_of.end()) {
                // Every row starts from an application in review, every criterion accepted at competent.
                db.exec("UPDATE label_applications SET status = 'in_review', reviewer_id = $2, decided_label = NULL, proposed_label = NULL, "
                        "override_reason = NULL, decided_at = NULL, decided_by = NULL, valid_from = NULL, valid_until = NULL, "
                        "certificate_code = NULL WHERE id = $1",
                        {it->second, r->second});
                db.exec("DELETE FROM label_reviews WHERE application_id = $1", {it->second});
                for (int i = 1; i <= 21; ++i)
                    db.exec("INSERT INTO label_reviews (application_id, criterion_id, accepted_level, feedback, updated_at) "
                            "VALUES ($1, $2, 'competent', '', 1)",
                            {it->second, (i < 10 ? "C0" : "C") + std::to_string(i)});
                if (row.pattern.ends_with("/reviewer"))
                    body = R"({"reviewerId":)" + std::to_string(r->second) + R"(,"dueOn":"2999-12-31"})";
            }
        } else if (row.target == Target::label_code || row.target == Target::label_code_unknown) {
            path.replace(path.find("{code}"), 6, row.target == Target::label_code ? "matrx-cert2" : "ZZZZZZZZZZ");
        } else if (row.target == Target::label_showcase_own || row.target == Target::label_showcase_other) {
            path.replace(path.find("{orgId}"), 7, std::to_string(row.target == Target::label_showcase_own ? demo_school : matrix_school));
        }
        if (row.pattern == "/api/public/questions") db.exec("DELETE FROM rate_limits");
        if (row.target == Target::question || row.target == Target::question_unknown) {
            path.replace(path.find("{id}"), 4, std::to_string(row.target == Target::question ? question_id : question_id + 100000));
            db.exec("UPDATE questions SET status = 'new', taken_by = NULL, taken_at = NULL, answer = NULL, answered_at = NULL, answered_by = NULL, "
                    "forwarded_to = NULL, forward_note = NULL, forwarded_at = NULL, forwarded_by = NULL, handled_at = NULL WHERE id = $1",
                    {question_id});
        }
        if (row.target == Target::sess_programme_own || row.target == Target::sess_programme_other) {
            path.replace(path.find("{id}"), 4, std::to_string(row.target == Target::sess_programme_own ? programme_own : programme_other));
        } else if (auto it = session_of.find(row.target); it != session_of.end()) {
            // Every DELETE row of a session removes a session of its own.
            const auto programme = row.target == Target::sess_own ? programme_own : programme_other;
            const bool deletes = row.pattern == "/api/sessions/{id}" && row.method == "DELETE";
            path.replace(path.find("{id}"), 4, std::to_string(deletes ? make_session(programme) : it->second));
            if (auto p = path.find("{attId}"); p != std::string::npos) {
                auto& att = attachment_of[row.target];
                if (db.exec("SELECT 1 FROM session_attachments WHERE id = $1", {att}).empty() || row.method == "DELETE")
                    att = make_attachment(it->second);
                path.replace(p, 7, std::to_string(att));
            }
            if (row.pattern.ends_with("/attachments")) headers["X-File-Name"] = "matrix.pdf";
        } else if (row.target == Target::sess_resource) {
            if (db.exec("SELECT 1 FROM resources WHERE id = $1", {sess_resource}).empty()) sess_resource = make_resource();
            path.replace(path.find("{id}"), 4, std::to_string(sess_resource));
            if (row.method == "PUT") headers["X-File-Name"] = "matrix.pdf";
        } else if (row.target == Target::sess_playbook_request) {
            path.replace(path.find("{id}"), 4, std::to_string(playbook_request));
        }
        if (row.pattern == "/api/public/playbook-requests") db.exec("DELETE FROM rate_limits");
        if (auto it = group_programme_of.find(row.target); it != group_programme_of.end()) {
            path.replace(path.find("{id}"), 4, std::to_string(it->second));
            if (row.pattern.find("group-report") != std::string::npos) path += "?measurement=final";
        } else if (auto it = group_of.find(row.target); it != group_of.end()) {
            const bool fresh = row.method == "DELETE" && !row.pattern.ends_with("{orgId}");
            path.replace(path.find("{id}"), 4, std::to_string(fresh ? make_group(row.target == Target::group_own) : it->second));
            if (auto p = path.find("{orgId}"); p != std::string::npos) path.replace(p, 7, std::to_string(matrix_school));
        }
        if (row.target == Target::match_programme_own || row.target == Target::match_programme_other) {
            path.replace(path.find("{id}"), 4, std::to_string(row.target == Target::match_programme_own ? match_programme : programme_other));
        } else if (auto it = mentor_school_of.find(row.target); it != mentor_school_of.end()) {
            path.replace(path.find("{id}"), 4, std::to_string(it->second.first));
            if (auto p = path.find("{orgId}"); p != std::string::npos) path.replace(p, 7, std::to_string(it->second.second));
            if (auto p = path.find("{schoolOrgId}"); p != std::string::npos) {
                path.replace(p, 13, std::to_string(it->second.second));
                body = R"({"companyId":)" + std::to_string(demo_company) + "}";
                if (row.method == "DELETE" && db.exec("SELECT 1 FROM mentor_matches WHERE programme_id = $1 AND school_id = $2",
                                                      {it->second.first, it->second.second})
                                                  .empty())
                    db.exec("INSERT INTO mentor_matches (programme_id, school_id, company_id, created_at, updated_at) VALUES ($1, $2, $3, 1, 1)",
                            {it->second.first, it->second.second, demo_company});
            }
        } else if (auto it = meeting_of.find(row.target); it != meeting_of.end()) {
            const bool mentors = row.target == Target::meeting_mentor;
            const auto id = row.method == "DELETE" ? make_meeting(mentors ? mentored_school : demo_school, mentors ? "mentor" : "school",
                                                                  mentors ? "mentor" : "coordinator")
                                                   : it->second;
            path.replace(path.find("{meetingId}"), 11, std::to_string(id));
        } else if (row.target == Target::follow_up_school) {
            path.replace(path.find("{meetingId}"), 11, std::to_string(meeting_of.at(Target::meeting_school)));
            path.replace(path.find("{followUpId}"), 12, std::to_string(follow_up));
        }
        if (auto it = plan_school_of.find(row.target); it != plan_school_of.end()) {
            path.replace(path.find("{id}"), 4, std::to_string(programme_own));
            path.replace(path.find("{orgId}"), 7, std::to_string(it->second));
        } else if (row.target == Target::plan_goal_own || row.target == Target::plan_goal_other) {
            const auto id = row.method == "DELETE" ? make_goal(plan_goal_school.at(row.target)) : plan_goal_of[row.target];
            path.replace(path.find("{goalId}"), 8, std::to_string(id));
        } else if (row.target == Target::plan_action_own || row.target == Target::plan_action_other) {
            const bool own = row.target == Target::plan_action_own;
            const auto id = row.method == "DELETE" ? make_action(plan_goal_of[row.target], own) : plan_action_of[row.target];
            path.replace(path.find("{actionId}"), 10, std::to_string(id));
        }
        if (row.target >= Target::award_programme_own && row.target <= Target::award_candidacy) {
            db.exec("DELETE FROM award_scores WHERE round_id = $1", {award_round});
            db.exec("DELETE FROM award_recusals WHERE round_id = $1", {award_round});
            db.exec("DELETE FROM award_jurors WHERE round_id = $1", {award_round});
            for (const auto j : {award_juror, award_second_juror})
                db.exec("INSERT INTO award_jurors (round_id, user_id, invited_at) VALUES ($1, $2, 1)", {award_round, j});
            db.exec("UPDATE award_candidacies SET status = 'submitted', result = NULL WHERE round_id = $1", {award_round});
            const bool closed = row.pattern.ends_with("/results") || row.pattern.ends_with("/announce") ||
                                row.pattern.ends_with("results.pdf") || row.pattern.ends_with("results.xlsx");
            db.exec("UPDATE award_rounds SET status = $2, scale = 5 WHERE id = $1", {award_round, std::string(closed ? "closed" : "open")});
            const bool other = row.target == Target::award_programme_other;
            path.replace(path.find("{id}"), 4, std::to_string(other ? programme_other : award_programme));
            if (auto p = path.find("{orgId}"); p != std::string::npos)
                path.replace(p, 7, std::to_string(row.target == Target::award_school_own ? demo_school : award_other_school));
            if (auto p = path.find("{userId}"); p != std::string::npos) path.replace(p, 8, std::to_string(award_second_juror));
            if (auto p = path.find("{candidacyId}"); p != std::string::npos) path.replace(p, 13, std::to_string(award_candidacy));
            if (auto p = path.find("{evidenceId}"); p != std::string::npos) path.replace(p, 12, std::to_string(award_evidence));
            if (row.pattern.ends_with("/scores")) {
                const auto criterion =
                    db.exec("SELECT id FROM award_rubric_criteria WHERE round_id = $1 ORDER BY position", {award_round}).one().i64(0);
                body = R"({"scores":[{"criterionId":)" + std::to_string(criterion) + R"(,"score":4,"comment":"Matrix"}]})";
            }
            if (row.pattern.ends_with("/announce")) body = R"({"winners":[)" + std::to_string(award_candidacy) + "]}";
        }
        if (auto p = path.find("{id}"); p != std::string::npos) path.replace(p, 4, "eu-stem-school-label");
        if (auto p = path.find("{version}"); p != std::string::npos) path.replace(p, 9, "2024.1");
        if (auto p = path.find("{token}"); p != std::string::npos) path.replace(p, 7, "not-a-token");
        // Logging out would end the role's session for the rows after it: use a fresh session.
        HttpClient& shared = clients.at(row.role);
        HttpClient fresh(server.base_url());
        if (row.pattern == "/api/auth/logout" && row.role != "anonymous") {
            ASSERT_EQ(fresh.login(kEmailOf.at(row.role), sk::app::kDemoPassword).status, 200);
        }
        HttpClient& c = row.pattern == "/api/auth/logout" && row.role != "anonymous" ? fresh : shared;
        auto res = c.send(row.method, path, body, headers);
        EXPECT_EQ(res.status, row.expected) << row.method << " " << path << " as " << row.role << ": " << res.body;
    }
}
