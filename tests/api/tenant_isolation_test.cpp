// Tenancy (issue 16): two organiser organisations, each with an unpublished programme and one object of
// every kind (a school and a company taking part, a registration, a measurement, a survey, evidence, a
// label application, a session with an attachment, a working group, an action plan, a mentor meeting, an
// award round with a candidacy, a question, a resource, a playbook request, an invitation). Every route that names an
// object is tried by every person of one tenant (organiser, reviewer, juror, coordinator, team member,
// mentor) and by the platform operator against the other tenant's objects: each answer is 404, the same
// as for an id that names nothing. A route whose path parameter the test cannot fill fails the test, so a
// new route cannot skip this. Lists without parameters must not show a word of the other tenant.
#include <gtest/gtest.h>

#include <set>

#include "api/api_helpers.h"
#include "api/context.h"
#include "api/tenant_guard.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"

namespace tenant_isolation_test {

using sk::test::HttpClient;
using sk::test::TestServer;

const std::vector<std::string> kTenantRoles = {"organiser", "reviewer", "jury", "coordinator", "team_member", "mentor"};

struct Tenant {
    std::string tag;  // in every name and e-mail of the tenant, so a leak is found by searching for it
    std::map<std::string, std::string> email_of;  // role -> e-mail
    std::map<std::string, std::int64_t> id;       // object kind -> id
};

std::int64_t insert(sk::store::Db& db, const std::string& sql, const std::vector<sk::store::Value>& params) {
    return db.exec(sql + " RETURNING id", params).one().i64(0);
}

Tenant make_tenant(sk::store::Db& db, const std::string& tag, const std::string& password_hash, int n) {
    Tenant t{tag, {}, {}};
    const auto org = sk::store::create_organisation(db, "Organisator " + tag, "organiser", 1);
    const auto programme = sk::test::make_programme(db, org, "Programma " + tag);
    db.exec("UPDATE programmes SET published = 0, framework_version = '2024.1' WHERE id = $1", {programme});
    const auto school = sk::test::make_school(db, "School " + tag, std::to_string(300000 + n), "limburg", programme);
    const auto company = sk::store::create_organisation(db, "Bedrijf " + tag, "company", 1);
    sk::test::add_participant(db, programme, company, "company");
    const std::map<std::string, std::int64_t> org_of_role = {{"organiser", org},   {"reviewer", org},       {"jury", org},
                                                             {"coordinator", school}, {"team_member", school}, {"mentor", company}};
    for (const auto& [role, role_org] : org_of_role) {
        const std::string email = role + "@" + tag + ".be";
        const auto user = sk::store::create_user(db, email, "Persoon " + tag + " " + role, "nl", password_hash, 1);
        sk::store::add_membership(db, user, role_org, role, 1);
        t.email_of[role] = email;
        t.id["user_" + role] = user;
    }
    t.id["organiser_org"] = org;
    t.id["programme"] = programme;
    t.id["school"] = school;
    t.id["company"] = company;
    t.id["registration"] = insert(db,
                                  "INSERT INTO registrations (programme_id, kind, organisation_name, identifier, contact_name, contact_email, "
                                  "data, created_at) VALUES ($1, 'school', $2, $3, 'Contact', $4, '{}', 1)",
                                  {programme, "Nieuwe school " + tag, std::to_string(400000 + n), "nieuw@" + tag + ".be"});
    t.id["measurement"] = sk::test::make_measurement(db, programme, school, "baseline", "submitted");
    t.id["survey"] = sk::test::make_survey(db, programme, school, "final", "teachers", "TENANT" + std::to_string(n) + "X");
    t.id["evidence"] = insert(db,
                              "INSERT INTO evidence (organisation_id, kind, title, url, created_at, updated_at) "
                              "VALUES ($1, 'link', $2, 'https://example.be', 1, 1)",
                              {school, "Bewijs " + tag});
    std::string snapshot = R"({"criteria":[)";
    for (int i = 1; i <= 21; ++i)
        snapshot += std::string(i > 1 ? "," : "") + R"({"criterionId":"C)" + (i < 10 ? "0" : "") + std::to_string(i) +
                    R"(","level":"competent","comment":"","evidence":[]})";
    snapshot += "]}";
    t.id["label_application"] = insert(db,
                                       "INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, "
                                       "framework_version, status, snapshot, submitted_at, reviewer_id) "
                                       "VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', 'in_review', $4, 1, $5)",
                                       {programme, school, t.id["measurement"], snapshot, t.id["user_reviewer"]});
    t.id["session"] = insert(db,
                             "INSERT INTO network_sessions (programme_id, type, title, starts_at, ends_at, capacity, created_at, updated_at) "
                             "VALUES ($1, 'exchange', $2, 4102444800, 4102452000, 20, 1, 1)",
                             {programme, "Sessie " + tag});
    t.id["attachment"] = insert(db,
                                "INSERT INTO session_attachments (session_id, file_name, content_type, size, sha256, created_at) "
                                "VALUES ($1, 'verslag.pdf', 'application/pdf', 10, $2, 1)",
                                {t.id["session"], std::string(64, 'e')});
    t.id["working_group"] = insert(db, "INSERT INTO working_groups (programme_id, title, created_at, updated_at) VALUES ($1, $2, 1, 1)",
                                   {programme, "Werkgroep " + tag});
    const auto plan = insert(db, "INSERT INTO action_plans (programme_id, organisation_id, created_at) VALUES ($1, $2, 1)", {programme, school});
    t.id["goal"] = insert(db,
                          "INSERT INTO action_goals (plan_id, title, target_level, created_at, updated_at) VALUES ($1, $2, 'competent', 1, 1)",
                          {plan, "Doel " + tag});
    t.id["action"] = insert(db, "INSERT INTO action_items (goal_id, title, created_at, updated_at) VALUES ($1, $2, 1, 1)",
                            {t.id["goal"], "Actie " + tag});
    db.exec("INSERT INTO mentor_matches (programme_id, school_id, company_id, status, created_at, updated_at) "
            "VALUES ($1, $2, $3, 'confirmed', 1, 1)",
            {programme, school, company});
    t.id["meeting"] = insert(db,
                             "INSERT INTO mentor_meetings (programme_id, school_id, held_on, attendees, author_side, created_at, updated_at) "
                             "VALUES ($1, $2, '2026-11-20', $3, 'school', 1, 1)",
                             {programme, school, "Aanwezigen " + tag});
    t.id["follow_up"] = insert(db, "INSERT INTO meeting_follow_ups (meeting_id, position, text) VALUES ($1, 1, 'Opvolgen')", {t.id["meeting"]});
    const auto round = insert(db,
                              "INSERT INTO award_rounds (programme_id, opens_on, closes_on, scale, created_at, updated_at) "
                              "VALUES ($1, '2000-01-01', '2999-12-31', 5, 1, 1)",
                              {programme});
    t.id["candidacy"] = insert(db,
                               "INSERT INTO award_candidacies (round_id, organisation_id, pitch, submitted_at, updated_at) VALUES ($1, $2, $3, 1, 1)",
                               {round, school, "Pitch " + tag});
    db.exec("INSERT INTO award_jurors (round_id, user_id, invited_at) VALUES ($1, $2, 1)", {round, t.id["user_jury"]});
    t.id["question"] = insert(db,
                              "INSERT INTO questions (name, email, organisation, topic, question, language, consent_at, received_at, due_at, "
                              "organiser_id) VALUES ($1, $2, '', 'general', 'Een vraag?', 'nl', 1, 1, 2, $3)",
                              {"Vrager " + tag, "vrager@" + tag + ".be", org});
    t.id["resource"] = insert(db,
                              "INSERT INTO resources (kind, title, published, created_at, updated_at, organiser_id) VALUES ('other', $1, 0, 1, 1, $2)",
                              {"Bron " + tag, org});
    // An open invitation into the school, for an address of the tenant.
    t.id["invitation"] = insert(db,
                                "INSERT INTO invitations (organisation_id, role, email, user_id, created_at, expires_at) "
                                "VALUES ($1, 'team_member', $2, $3, 1, 4102444800)",
                                {school, "genodigde@" + tag + ".be",
                                 sk::store::create_user(db, "genodigde@" + tag + ".be", "Genodigde " + tag, "nl", std::nullopt, 1)});
    // The team member asks to be erased: their tenant is this one.
    t.id["deletion_request"] = insert(db, "INSERT INTO deletion_requests (user_id, requested_at, status) VALUES ($1, 1, 'open')",
                                      {t.id["user_team_member"]});
    t.id["playbook_request"] = insert(db,
                                      "INSERT INTO playbook_requests (name, email, organisation, created_at, organiser_id) VALUES ($1, $2, 'X', 1, $3)",
                                      {"Aanvrager " + tag, "aanvrager@" + tag + ".be", org});
    // A message to a school of the tenant that could not be delivered: its subject and address name the tenant.
    t.id["undelivered_mail"] = insert(db,
                                      "INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at, attempts, last_error, "
                                      "failed_at, organiser_id) VALUES ($1, $2, 'x', 1, 1, 8, 'SMTP delivery failed: RCPT failed: 550 (SMTP 550)', 2, $3)",
                                      {"contact@" + tag + ".be", "Uitnodiging " + tag, org});
    // The organiser's personal API token: its name names the tenant.
    t.id["api_token"] = insert(db,
                               "INSERT INTO api_tokens (user_id, name, token_hash, scope, created_at, expires_at) "
                               "VALUES ($1, $2, $3, 'read', 1, 4102444800)",
                               {t.id["user_organiser"], "Token " + tag, std::string(64, static_cast<char>('a' + n))});
    return t;
}

// The route with every parameter naming an object of `t`; empty when a parameter is not known here.
std::string fill(const std::string& pattern, const Tenant& t) {
    const auto segment = pattern.substr(5, pattern.find('/', 5) - 5);  // after "/api/"
    // The object the first parameter names, by the route's first segment.
    const std::map<std::string, std::string> first = {
        {"programmes", "programme"},        {"organisations", "school"},     {"registrations", "registration"},
        {"measurements", "measurement"},    {"surveys", "survey"},           {"evidence", "evidence"},
        {"label-applications", "label_application"}, {"sessions", "session"}, {"working-groups", "working_group"},
        {"action-goals", "goal"},           {"actions", "action"},           {"meetings", "meeting"},
        {"questions", "question"},          {"resources", "resource"},       {"playbook-requests", "playbook_request"},
        {"me", "invitation"},               {"operator", "user_team_member"}, {"deletion-requests", "deletion_request"},
        {"undelivered-mail", "undelivered_mail"}};
    // The other parameters.
    const std::map<std::string, std::string> named = {
        {"orgId", std::to_string(t.id.at("school"))},         {"schoolOrgId", std::to_string(t.id.at("school"))},
        {"userId", std::to_string(t.id.at("user_team_member"))}, {"candidacyId", std::to_string(t.id.at("candidacy"))},
        {"evidenceId", std::to_string(t.id.at("evidence"))},  {"attId", std::to_string(t.id.at("attachment"))},
        {"followUpId", std::to_string(t.id.at("follow_up"))}, {"criterionId", "C01"},
        {"invitationId", std::to_string(t.id.at("invitation"))},
        {"kind", "baseline"},                                 {"phaseKind", "baseline"}};
    std::string path = pattern;
    if (pattern == "/api/me/api-tokens/{id}") return "/api/me/api-tokens/" + std::to_string(t.id.at("api_token"));
    bool first_done = false;
    for (auto open = path.find('{'); open != std::string::npos; open = path.find('{')) {
        const auto close = path.find('}', open);
        const auto name = path.substr(open + 1, close - open - 1);
        std::string value;
        if (!first_done && first.count(segment)) value = std::to_string(t.id.at(first.at(segment)));
        else if (named.count(name)) value = named.at(name);
        else return {};
        first_done = true;
        path.replace(open, close - open + 1, value);
    }
    return path;
}

// Routes whose parameter is a secret or a public code, not an object id: nothing of a tenant to guard.
bool token_route(const std::string& pattern) {
    return pattern.starts_with("/api/public/") || pattern.starts_with("/api/auth/") || pattern.starts_with("/api/frameworks") ||
           pattern.starts_with("/ical/");
}

class TenantIsolation : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        server_ = new TestServer();
        auto& db = server_->db();
        const auto hash = sk::core::hash_password(sk::app::kDemoPassword);
        alfa_ = new Tenant(make_tenant(db, "alfa", hash, 1));
        beta_ = new Tenant(make_tenant(db, "beta", hash, 2));
    }
    static void TearDownTestSuite() {
        delete alfa_;
        delete beta_;
        delete server_;
    }
    static HttpClient as(const std::string& email) {
        auto c = server_->client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
        return c;
    }
    // Every person of `from`, and (for objects) the operator, who belongs to no tenant.
    static std::vector<std::pair<std::string, HttpClient>> people_of(const Tenant& from, bool with_operator) {
        std::vector<std::pair<std::string, HttpClient>> out;
        for (const auto& role : kTenantRoles) out.emplace_back(from.tag + " " + role, as(from.email_of.at(role)));
        if (with_operator) out.emplace_back("operator", as("beheer@demo.stemkompas.be"));
        return out;
    }
    static inline TestServer* server_ = nullptr;
    static inline Tenant* alfa_ = nullptr;
    static inline Tenant* beta_ = nullptr;
};

TEST_F(TenantIsolation, EveryObjectOfTheOtherTenantIsNotFound) {
    sk::api::ApiRouter router;
    sk::api::add_all_routes(router);
    int tried = 0;
    for (const auto& [from, to] : {std::pair{alfa_, beta_}, std::pair{beta_, alfa_}}) {
        auto people = people_of(*from, true);
        for (const auto& route : router.routes()) {
            if (route.pattern.find('{') == std::string::npos || token_route(route.pattern)) continue;
            // The firewall knows the route's object, so even a handler that forgot its check cannot leak; only the
            // published programme's page and its public forms are left to the handler (404 when unpublished).
            // Routes under /api/me/ name the person's own things (their invitations): the handler answers 404 for
            // anyone else's, which this test checks from both tenants.
            const bool public_page = (route.method == "GET" && route.pattern == "/api/programmes/{id}") ||
                                     route.pattern.ends_with("/school-registrations") || route.pattern.ends_with("/mentor-registrations");
            const bool personal = route.pattern.starts_with("/api/me/");
            // The operator belongs to no tenant and reaches a person of any tenant by that role (their data
            // export); everyone else finds no operator route at all, which is checked below like any other.
            const bool operator_route = route.pattern.starts_with("/api/operator/");
            EXPECT_EQ(sk::api::tenant_guarded(route.method, route.pattern), !public_page && !personal && !operator_route)
                << route.method << " " << route.pattern;
            const auto path = fill(route.pattern, *to);
            ASSERT_FALSE(path.empty()) << "tenant_isolation_test.cpp cannot fill the parameters of " << route.method << " "
                                       << route.pattern << ": add them to fill()";
            for (auto& [who, client] : people) {
                if (operator_route && who == "operator") continue;  // personal_data_api_test.cpp: the operator's export
                const auto res = client.send(route.method, path, "");
                EXPECT_EQ(res.status, 404) << route.method << " " << path << " (" << route.pattern << ") as " << who << " of the other tenant: "
                                           << res.body.substr(0, 200);
                ++tried;
            }
        }
    }
    RecordProperty("requests", tried);
    EXPECT_GT(tried, 1000);  // every object route, from both sides
}

TEST_F(TenantIsolation, ListsShowNothingOfTheOtherTenant) {
    sk::api::ApiRouter router;
    sk::api::add_all_routes(router);
    for (const auto& [from, to] : {std::pair{alfa_, beta_}, std::pair{beta_, alfa_}}) {
        // The operator lists every organiser organisation by name: that is the role (operator_api_test.cpp).
        auto people = people_of(*from, false);
        for (const auto& route : router.routes()) {
            if (route.method != "GET" || route.pattern.find('{') != std::string::npos || token_route(route.pattern)) continue;
            for (auto& [who, client] : people) {
                const auto res = client.get(route.pattern);
                EXPECT_LT(res.status, 500) << route.pattern << " as " << who;
                EXPECT_EQ(res.body.find(to->tag), std::string::npos)
                    << route.pattern << " as " << who << " shows something of tenant " << to->tag << ": " << res.body.substr(0, 300);
            }
        }
    }
}

// Inside a tenant the same objects are reachable: the guard does not simply refuse everything.
TEST_F(TenantIsolation, OwnObjectsStayReachable) {
    for (const auto* t : {alfa_, beta_}) {
        auto organiser = as(t->email_of.at("organiser"));
        const auto programme = "/api/programmes/" + std::to_string(t->id.at("programme"));
        EXPECT_EQ(organiser.get(programme).status, 200);
        EXPECT_EQ(organiser.get(programme + "/registrations").status, 200);
        EXPECT_EQ(organiser.get("/api/questions/" + std::to_string(t->id.at("question"))).status, 200);
        EXPECT_EQ(organiser.get("/api/evidence/" + std::to_string(t->id.at("evidence")) + "/file").status, 404);  // a link has no file
        const auto mail = organiser.get("/api/undelivered-mail");
        EXPECT_NE(mail.body.find("Uitnodiging " + t->tag), std::string::npos) << mail.body.substr(0, 300);
        EXPECT_NE(organiser.get("/api/me/api-tokens").body.find("Token " + t->tag), std::string::npos);
        auto coordinator = as(t->email_of.at("coordinator"));
        EXPECT_EQ(coordinator.get("/api/organisations/" + std::to_string(t->id.at("school")) + "/evidence").status, 200);
        auto reviewer = as(t->email_of.at("reviewer"));
        EXPECT_EQ(reviewer.get("/api/label-applications/" + std::to_string(t->id.at("label_application"))).status, 200);
        auto mentor = as(t->email_of.at("mentor"));
        EXPECT_EQ(mentor.get(programme + "/schools/" + std::to_string(t->id.at("school")) + "/meetings").status, 200);
        // Each home shows the tenant's own things (so the list test above, which finds none of the other
        // tenant's there, is not empty by accident).
        for (const auto& [role, needle] : std::vector<std::pair<std::string, std::string>>{{"organiser", "Vrager " + t->tag},
                                                                                           {"organiser", "Programma " + t->tag},
                                                                                           {"reviewer", "School " + t->tag},
                                                                                           {"mentor", "School " + t->tag},
                                                                                           {"coordinator", "Programma " + t->tag},
                                                                                           {"team_member", "School " + t->tag},
                                                                                           {"jury", "Programma " + t->tag}}) {
            auto c = as(t->email_of.at(role));
            const auto home = c.get("/api/me/home");
            EXPECT_EQ(home.status, 200);
            EXPECT_NE(home.body.find(needle), std::string::npos) << role << " of " << t->tag << ": " << home.body.substr(0, 300);
        }
    }
}

}  // namespace tenant_isolation_test
