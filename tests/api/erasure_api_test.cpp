// Erasure on request (issue 20, point 3): a person asks and may withdraw; an organiser of all their
// tenants carries it out, and afterwards the person is signed out and cannot sign in; a person who also
// belongs to another organiser's programmes is left to the operator; nobody erases themselves.
#include <gtest/gtest.h>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "support/team_fixtures.h"

namespace erasure_api_test {

using sk::test::signed_in;
using sk::test::TestServer;

constexpr const char* kOperator = "beheer@demo.stemkompas.be";

TEST(ErasureApi, APersonAsksAndMayWithdraw) {
    TestServer server;
    auto tine = signed_in(server, sk::test::kTeamMember);
    EXPECT_EQ(tine.get("/api/me/deletion-request").body, R"({"request":null})");
    auto asked = tine.post("/api/me/deletion-request", R"({"reason":"Ik verlaat de school."})");
    ASSERT_EQ(asked.status, 201) << asked.body;
    EXPECT_EQ(asked.json_string("/request/reason"), "Ik verlaat de school.");
    // Asking again changes nothing.
    auto again = tine.post("/api/me/deletion-request", "{}");
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.json_int("/request/id"), asked.json_int("/request/id"));
    auto long_reason = tine.post("/api/me/deletion-request", R"({"reason":")" + std::string(1001, 'x') + R"("})", {{"Accept-Language", "en"}});
    EXPECT_EQ(long_reason.status, 400);
    EXPECT_FALSE(long_reason.json_string("/error/fields/reason").empty()) << long_reason.body;
    EXPECT_EQ(tine.send("DELETE", "/api/me/deletion-request", "").status, 204);
    EXPECT_EQ(tine.send("DELETE", "/api/me/deletion-request", "").status, 404);
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM audit_log WHERE action IN ('security.deletion_requested', "
                                      "'security.deletion_withdrawn')"),
              2);
}

TEST(ErasureApi, TheOrganiserCarriesItOutAndThePersonIsGone) {
    TestServer server;
    auto tine = signed_in(server, sk::test::kTeamMember);
    ASSERT_EQ(tine.post("/api/me/deletion-request", "{}").status, 201);
    // Only organisers see the list.
    EXPECT_EQ(signed_in(server, sk::test::kCoordinator).get("/api/deletion-requests").status, 403);
    auto organiser = signed_in(server, sk::test::kOrganiser);
    auto list = organiser.get("/api/deletion-requests");
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(list.json_int("/total"), 1);
    EXPECT_EQ(list.json_string("/requests/0/email"), sk::test::kTeamMember);
    EXPECT_EQ(list.json_string("/requests/0/memberships/0/role"), "team_member");
    EXPECT_EQ(list.body.find("\"canErase\":true") != std::string::npos, true) << list.body;
    const auto id = std::to_string(list.json_int("/requests/0/id"));

    auto erased = organiser.post("/api/deletion-requests/" + id + "/erase", "{}");
    ASSERT_EQ(erased.status, 200) << erased.body;
    // Signed out at once, and the address and password no longer open anything.
    EXPECT_EQ(tine.get("/api/me").status, 401);
    EXPECT_EQ(server.client().login(sk::test::kTeamMember, sk::app::kDemoPassword).status, 401);
    EXPECT_EQ(organiser.get("/api/deletion-requests").json_int("/total"), 0);
    EXPECT_EQ(organiser.post("/api/deletion-requests/" + id + "/erase", "{}").status, 404);
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'security.person_erased'"), 1);
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM users WHERE email = 'teamlid@demo.stemkompas.be'"), 0);
}

TEST(ErasureApi, APersonOfTwoTenantsIsLeftToTheOperatorAndNobodyErasesThemselves) {
    TestServer server;
    auto& db = server.db();
    // The demo mentor also joins a school in another organiser's programme.
    const auto other_org = sk::test::make_other_organiser(db, "ander@organisator.be");
    const auto other_programme = sk::test::make_programme(db, other_org, "Ander programma");
    const auto other_school = sk::test::make_school(db, "Andere school", "777777", "limburg", other_programme);
    sk::test::make_member(db, other_school, sk::test::kMentor, "team_member", false);
    auto mentor = signed_in(server, sk::test::kMentor);
    ASSERT_EQ(mentor.post("/api/me/deletion-request", "{}").status, 201);

    auto organiser = signed_in(server, sk::test::kOrganiser);
    auto list = organiser.get("/api/deletion-requests");
    ASSERT_EQ(list.json_int("/total"), 1) << list.body;
    EXPECT_NE(list.body.find("\"canErase\":false"), std::string::npos) << list.body;
    const auto id = std::to_string(list.json_int("/requests/0/id"));
    auto refused = organiser.post("/api/deletion-requests/" + id + "/erase", "{}", {{"Accept-Language", "en"}});
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(refused.json_string("/error/message"),
              "This person also belongs to another organiser's programmes; the platform operator can erase the account.");

    auto op = signed_in(server, kOperator);
    auto all = op.get("/api/operator/deletion-requests");
    ASSERT_EQ(all.status, 200) << all.body;
    EXPECT_EQ(all.json_int("/total"), 1);
    EXPECT_EQ(op.post("/api/operator/deletion-requests/" + id + "/erase", "{}").status, 200);
    EXPECT_EQ(mentor.get("/api/me").status, 401);

    // The organiser asks for their own: another organiser (or the operator) carries it out, not they.
    ASSERT_EQ(organiser.post("/api/me/deletion-request", "{}").status, 201);
    list = organiser.get("/api/deletion-requests");
    ASSERT_EQ(list.json_int("/total"), 1);
    EXPECT_NE(list.body.find("\"canErase\":false"), std::string::npos) << list.body;
    EXPECT_EQ(organiser.post("/api/deletion-requests/" + std::to_string(list.json_int("/requests/0/id")) + "/erase", "{}").status, 409);
}

}  // namespace erasure_api_test
