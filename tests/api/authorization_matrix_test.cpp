// The authorization matrix: every route × every role × (own / other organisation) → expected status.
// A route without a row fails the test, so every new route must add its rows here.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "api/context.h"
#include "app/demo.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::TestServer;

namespace {

// own/other: an organisation the role's user belongs to / does not belong to. programme_own: a programme
// run by the demo organiser organisation with the demo school taking part; programme_other: a programme
// run by another organiser organisation.
enum class Target { none, own, other, programme_own, programme_other };

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

std::vector<Row> matrix() {
    std::vector<Row> rows;
    auto for_all = [&](const std::string& m, const std::string& p, int signed_in, int anonymous, const std::string& body = "") {
        for (const auto& role : kRoles)
            rows.push_back({m, p, role, Target::none, role == "anonymous" ? anonymous : signed_in, body});
    };
    for_all("GET", "/healthz", 200, 200);
    for_all("GET", "/metrics", 200, 200);
    for_all("GET", "/api/me", 200, 401);
    for_all("PUT", "/api/me/language", 200, 401, R"({"language":"nl"})");
    for_all("GET", "/api/frameworks", 200, 200);
    for_all("GET", "/api/frameworks/{id}", 200, 200);
    for_all("POST", "/api/auth/password-reset", 202, 202, R"({"email":"someone@example.be"})");
    for_all("GET", "/api/auth/tokens/{token}", 404, 404);
    for_all("POST", "/api/auth/set-password", 404, 404, R"({"token":"not-a-token","password":"long-enough-password"})");
    // Logging in as someone else with a wrong password is the same for everyone.
    rows.push_back({"POST", "/api/auth/login", "anonymous", Target::none, 401, R"({"email":"x@example.be","password":"wrong"})"});
    rows.push_back({"POST", "/api/auth/login", "mentor", Target::none, 401, R"({"email":"x@example.be","password":"wrong"})"});
    rows.push_back({"POST", "/api/auth/logout", "anonymous", Target::none, 204});
    rows.push_back({"POST", "/api/auth/logout", "coordinator", Target::none, 204});

    // Organisations: members see their own; organisers see every organisation.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        rows.push_back({"GET", "/api/organisations/{id}", role, Target::own, anon ? 401 : 200});
        rows.push_back({"GET", "/api/organisations/{id}", role, Target::other, anon ? 401 : role == "organiser" ? 200 : 403});
    }
    // Invitations: organisers anywhere; a coordinator only into their own school.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const int own = anon ? 401 : (role == "organiser" || role == "coordinator") ? 201 : 403;
        const int other = anon ? 401 : role == "organiser" ? 201 : 403;
        rows.push_back({"POST", "/api/organisations/{id}/invitations", role, Target::own, own});
        rows.push_back({"POST", "/api/organisations/{id}/invitations", role, Target::other, other});
    }
    // --- programmes, registrations, review queue: rows (programmes_api.cpp) ---

    // --- team, progress board, import, audit: rows ---
    // Team: organisers (any organisation) and that organisation's coordinators; {userId} is a fresh
    // pending member of the target organisation.
    for (const auto& role : kRoles) {
        const bool anon = role == "anonymous";
        const int own = anon ? 401 : (role == "organiser" || role == "coordinator") ? 204 : 403;
        const int other = anon ? 401 : role == "organiser" ? 204 : 403;
        for (const auto& [m, p] : std::vector<std::pair<std::string, std::string>>{
                 {"POST", "/api/organisations/{id}/invitations/{userId}/resend"},
                 {"DELETE", "/api/organisations/{id}/invitations/{userId}"},
                 {"DELETE", "/api/organisations/{id}/members/{userId}"}}) {
            rows.push_back({m, p, role, Target::own, own});
            rows.push_back({m, p, role, Target::other, other});
        }
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
        if (row.target == Target::own || row.target == Target::other) {
            const auto id = row.target == Target::own ? own_org[row.role] : other_org[row.role];
            path.replace(path.find("{id}"), 4, std::to_string(id));
            if (auto p = path.find("{userId}"); p != std::string::npos) {
                const std::string kind = kind_of[id];
                const std::string member_role = kind == "school" ? "team_member" : kind == "company" ? "mentor" : "jury";
                const auto uid = sk::test::make_member(db, id, "pending" + std::to_string(++n) + "@example.be", member_role, true);
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
        if (auto p = path.find("{id}"); p != std::string::npos) path.replace(p, 4, "eu-stem-school-label");
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
