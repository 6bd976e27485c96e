// The platform operator (issue 16): organiser organisations and the security log. See operator_api.cpp.
#include <gtest/gtest.h>

#include "api/api_helpers.h"
#include "support/team_fixtures.h"

namespace operator_api_test {

using sk::test::HttpClient;
using sk::test::TestServer;
using sk::test::nl;
using sk::test::signed_in;

constexpr const char* kOperator = "beheer@demo.stemkompas.be";

TEST(OperatorApi, CreatesAnOrganiserOrganisationWithItsFirstOrganiser) {
    TestServer server;
    auto op = signed_in(server, kOperator);
    auto list = op.get("/api/operator/organisations");
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(list.json_int("/total"), 1);
    EXPECT_EQ(list.json_string("/organisations/0/name"), "STEMkompas demo-organisator");
    EXPECT_EQ(list.json_int("/organisations/0/organisers"), 1);
    // An existing account (the demo organiser) invited as the first organiser of a new tenant is not attached
    // until it accepts.
    auto existing = op.post("/api/operator/organisations",
                            R"({"name":"Stad Gent","organiserEmail":"organisator@demo.stemkompas.be","organiserName":"X"})");
    ASSERT_EQ(existing.status, 201) << existing.body;
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                                      "WHERE o.name = 'Stad Gent'"),
              0);
    auto organiser = signed_in(server, sk::test::kOrganiser);
    auto accepted = organiser.post("/api/me/invitations/" + std::to_string(existing.json_int("/invitationId")) + "/accept", "{}");
    EXPECT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                                      "WHERE o.name = 'Stad Gent' AND m.role = 'organiser'"),
              1);

    auto made = op.post("/api/operator/organisations",
                        R"({"name":"Provincie Limburg","organiserEmail":"Lies@Limburg.be","organiserName":"Lies Luyten","language":"en"})");
    ASSERT_EQ(made.status, 201) << made.body;
    const auto org = made.json_int("/id");
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM organisations WHERE kind = 'organiser' AND name = 'Provincie Limburg'"), 1);
    // An invitation, not yet a membership: the organiser joins by choosing a password through the link.
    EXPECT_EQ(server.db()
                  .exec("SELECT COUNT(*) FROM invitations WHERE organisation_id = $1 AND role = 'organiser' AND email = 'lies@limburg.be' "
                        "AND accepted_at IS NULL",
                        {org})
                  .one()
                  .i64(0),
              1);
    EXPECT_EQ(server.db().exec("SELECT COUNT(*) FROM memberships WHERE organisation_id = $1", {org}).one().i64(0), 0);
    // The new organiser is mailed a link to set a password, in the language chosen.
    server.drain_mail();
    const auto mails = server.mail_files();
    ASSERT_FALSE(mails.empty());
    EXPECT_NE(mails.back().find("lies@limburg.be"), std::string::npos);
    EXPECT_NE(mails.back().find(sk::test::kSetPasswordLink), std::string::npos);
    EXPECT_NE(mails.back().find("Provincie Limburg"), std::string::npos);

    // The new tenant is on the list, by name; the search finds it.
    auto found = op.get("/api/operator/organisations?q=limb");
    EXPECT_EQ(found.json_int("/total"), 1);
    EXPECT_EQ(found.json_int("/organisations/0/id"), org);
    EXPECT_EQ(found.json_int("/organisations/0/organisers"), 0);  // invited, not joined yet
    EXPECT_EQ(found.json_int("/organisations/0/invitedOrganisers"), 1);

    // And the security log says who made it.
    auto log = op.get("/api/operator/security-log?action=security.organisation_created");
    ASSERT_EQ(log.status, 200) << log.body;
    EXPECT_EQ(log.json_int("/total"), 2);  // Stad Gent, then Provincie Limburg (newest first)
    EXPECT_EQ(log.json_string("/entries/0/actorEmail"), kOperator);
    EXPECT_EQ(log.json_int("/entries/0/objectId"), org);
    EXPECT_EQ(log.json_string("/entries/0/detail/name"), "Provincie Limburg");
}

TEST(OperatorApi, BadInputNamesEveryFieldAndStoresNothing) {
    TestServer server;
    auto op = signed_in(server, kOperator);
    auto bad = op.post("/api/operator/organisations", R"({"name":" ","organiserEmail":"geen-adres","organiserName":""})");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json_string("/error/fields/name"), nl("field.required"));
    EXPECT_TRUE(bad.json_has("/error/fields/organiserEmail"));
    EXPECT_EQ(bad.json_string("/error/fields/organiserName"), nl("field.required"));
    auto taken = op.post("/api/operator/organisations",
                         R"({"name":"stemkompas DEMO-organisator","organiserEmail":"x@y.be","organiserName":"X"})");
    EXPECT_EQ(taken.status, 400);
    EXPECT_EQ(taken.json_string("/error/fields/name"), nl("field.organiser_name_taken"));
    op.language = "en";
    EXPECT_EQ(op.get("/api/operator/security-log?page=0").json_string("/error/fields/page"),
              sk::api::message(sk::core::Language::en, "field.page"));
    EXPECT_EQ(op.get("/api/operator/security-log?action=programme.update").status, 400);
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM organisations WHERE kind = 'organiser'"), 1);
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM users WHERE email IN ('x@y.be', 'geen-adres')"), 0);
}

TEST(OperatorApi, NobodyElseCreatesTenantsOrReadsTheSecurityLog) {
    TestServer server;
    for (const auto* email : {sk::test::kOrganiser, sk::test::kCoordinator, sk::test::kReviewer, sk::test::kJury, sk::test::kMentor}) {
        auto c = signed_in(server, email);
        EXPECT_EQ(c.get("/api/operator/organisations").status, 404) << email;
        EXPECT_EQ(c.get("/api/operator/security-log").status, 404) << email;
        EXPECT_EQ(c.post("/api/operator/organisations", R"({"name":"Kaping","organiserEmail":"k@k.be","organiserName":"K"})").status, 404)
            << email;
        EXPECT_EQ(c.get("/api/me").body.find("\"operator\":true"), std::string::npos) << email;
    }
    EXPECT_EQ(server.client().get("/api/operator/security-log").status, 401);
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM organisations WHERE name = 'Kaping'"), 0);
}

TEST(OperatorApi, TheOrganisationListIsPaged) {
    TestServer server;
    for (int i = 0; i < 60; ++i)
        server.db().exec("INSERT INTO organisations (name, kind, created_at) VALUES ($1, 'organiser', 1)",
                         {"Organisator " + std::string(i < 10 ? "0" : "") + std::to_string(i)});
    auto op = signed_in(server, kOperator);
    auto first = op.get("/api/operator/organisations");
    EXPECT_EQ(first.json_int("/total"), 61);
    EXPECT_EQ(first.json_int("/pages"), 2);
    EXPECT_EQ(sk::test::json(first).at("organisations").as_array().size(), 50u);
    auto second = op.get("/api/operator/organisations?page=2");
    EXPECT_EQ(sk::test::json(second).at("organisations").as_array().size(), 11u);
}

}  // namespace operator_api_test

namespace operator_api_test {

// Downloads with personal data are security events; a refused download is not.
TEST(OperatorApi, ExportsOfPersonalDataAreInTheSecurityLog) {
    TestServer server;
    const auto programme = server.db().exec("SELECT id FROM programmes WHERE name = 'STEM-traject 2026-2027 (demo)'").one().i64(0);
    const auto path = "/api/programmes/" + std::to_string(programme) + "/progress.csv";
    auto organiser = signed_in(server, sk::test::kOrganiser);
    ASSERT_EQ(organiser.get(path).status, 200);
    EXPECT_EQ(signed_in(server, sk::test::kCoordinator).get(path).status, 403);
    auto log = signed_in(server, kOperator).get("/api/operator/security-log?action=security.export");
    ASSERT_EQ(log.status, 200) << log.body;
    EXPECT_EQ(log.json_int("/total"), 1);
    EXPECT_EQ(log.json_string("/entries/0/actorEmail"), sk::test::kOrganiser);
    EXPECT_EQ(log.json_int("/entries/0/objectId"), programme);
    EXPECT_EQ(log.json_string("/entries/0/detail/route"), "/api/programmes/{id}/progress.csv");
}

}  // namespace operator_api_test

namespace operator_api_test {

// Joining (by accepting an invitation) and being removed are role changes in the security log.
TEST(OperatorApi, RoleChangesAreInTheSecurityLog) {
    TestServer server;
    const auto school = sk::test::org_id(server.db(), "Demoschool Sint-Lucas");
    const auto base = "/api/organisations/" + std::to_string(school);
    auto coordinator = signed_in(server, sk::test::kCoordinator);
    auto invited = coordinator.post(base + "/invitations", R"({"email":"mentor@demo.stemkompas.be","name":"M","role":"team_member"})");
    ASSERT_EQ(invited.status, 201) << invited.body;
    auto mentor = signed_in(server, sk::test::kMentor);
    ASSERT_EQ(mentor.post("/api/me/invitations/" + std::to_string(invited.json_int("/invitationId")) + "/accept", "{}").status, 200);
    const auto mentor_id = sk::test::user_id(server.db(), sk::test::kMentor);
    ASSERT_EQ(coordinator.send("DELETE", base + "/members/" + std::to_string(mentor_id), "").status, 204);

    auto log = signed_in(server, kOperator).get("/api/operator/security-log?action=security.role_changed");
    ASSERT_EQ(log.status, 200) << log.body;
    EXPECT_EQ(log.json_int("/total"), 2);
    EXPECT_EQ(log.json_string("/entries/0/detail/change"), "removed");
    EXPECT_EQ(log.json_string("/entries/0/actorEmail"), sk::test::kCoordinator);
    EXPECT_EQ(log.json_string("/entries/1/detail/change"), "joined");
    EXPECT_EQ(log.json_string("/entries/1/detail/role"), "team_member");
    EXPECT_EQ(log.json_int("/entries/1/objectId"), mentor_id);
}

}  // namespace operator_api_test
