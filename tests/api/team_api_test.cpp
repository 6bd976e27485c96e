// The school team: invitations with a team function, resend and revoke by invitation id, removing members
// and the last-coordinator rule, over real HTTP on both databases. Answering an invitation:
// invitations_api_test.cpp.
#include <gtest/gtest.h>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "support/smtp_server.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::kSetPasswordLink;
using sk::test::TestServer;

namespace {

std::string school_org_path(TestServer& s) {
    return "/api/organisations/" + std::to_string(sk::test::org_id(s.db(), "Demoschool Sint-Lucas"));
}

HttpClient signed_in_demo(TestServer& s, const std::string& who) {
    auto c = s.client();
    EXPECT_EQ(c.login(who + "@demo.stemkompas.be", sk::app::kDemoPassword).status, 200) << who;
    return c;
}

std::string last_token_for(TestServer& s, const std::string& email) {
    auto r = s.db().exec("SELECT body_text FROM outbox WHERE to_address = $1 ORDER BY id DESC", {email});
    if (r.empty()) return "";
    const auto link = sk::test::find_link(r.rows[0].str(0), kSetPasswordLink);
    return link.empty() ? "" : link.substr(kSetPasswordLink.size());
}

std::int64_t count_rows(TestServer& s, const std::string& sql, std::vector<sk::store::Value> params) {
    return s.db().exec(sql, params).one().i64(0);
}

}  // namespace

TEST(TeamApi, InviteWithTeamFunctionShowsAnOpenInvitationWithFunction) {
    TestServer server;
    auto c = signed_in_demo(server, "coordinator");
    auto res = c.post(school_org_path(server) + "/invitations",
                      R"({"email":"Leraar@School.be","name":"Lien Leraar","role":"team_member","teamFunction":"teacher"})");
    ASSERT_EQ(res.status, 201) << res.body;
    const auto id = res.json_int("/invitationId");
    auto show = c.get(school_org_path(server));
    ASSERT_EQ(show.status, 200);
    // An invitation, not a member: the address as typed (lower-case), its role and function.
    EXPECT_NE(show.body.find(R"("invitations":[{"id":)" + std::to_string(id) +
                             R"(,"email":"leraar@school.be","role":"team_member","teamFunction":"teacher","createdAt":)"),
              std::string::npos)
        << show.body;
    EXPECT_EQ(show.body.find("Lien Leraar"), std::string::npos) << show.body;
    EXPECT_EQ(show.body.find(R"("email":"leraar@school.be","role")"), show.body.rfind(R"("email":"leraar@school.be","role")"));
    // Members are accepted memberships, with their names.
    EXPECT_NE(show.body.find(R"("name":"Cas Coördinator","email":"coordinator@demo.stemkompas.be","role":"coordinator","teamFunction":null})"),
              std::string::npos)
        << show.body;
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1",
                         {std::string("leraar@school.be")}),
              0);
}

TEST(TeamApi, BadTeamFunctionIsRefusedInBothLanguagesAndNothingStored) {
    TestServer server;
    auto c = signed_in_demo(server, "coordinator");
    auto bad = c.post(school_org_path(server) + "/invitations",
                      R"({"email":"x@school.be","name":"X","role":"team_member","teamFunction":"janitor"})");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json_string("/error/fields/teamFunction"), "Kies leiding (leader), leraar (teacher) of ondersteuning (support).");
    c.language = "en";
    auto wrong_role = c.post(school_org_path(server) + "/invitations",
                             R"({"email":"x@school.be","name":"X","role":"coordinator","teamFunction":"leader"})");
    EXPECT_EQ(wrong_role.status, 400);
    EXPECT_EQ(wrong_role.json_string("/error/fields/teamFunction"), "A team function only goes with the role team member.");
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM users WHERE email = $1", {std::string("x@school.be")}), 0);
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM invitations", {}), 0);
}

TEST(TeamApi, ResendMailsANewLinkAndTheOldOneStopsWorking) {
    sk::test::SmtpServer smtp;
    TestServer server({.smtp_url = smtp.url()});
    auto c = signed_in_demo(server, "coordinator");
    auto res = c.post(school_org_path(server) + "/invitations", R"({"email":"nieuw@school.be","name":"Nina Nieuw","role":"team_member"})");
    ASSERT_EQ(res.status, 201) << res.body;
    const auto invitation = std::to_string(res.json_int("/invitationId"));
    server.drain_mail();
    auto first_mail = smtp.wait_for(1);
    ASSERT_EQ(first_mail.size(), 1u);
    const auto old_link = sk::test::find_link(first_mail[0].body, kSetPasswordLink);
    ASSERT_FALSE(old_link.empty());
    const auto old_token = old_link.substr(kSetPasswordLink.size());

    auto resend = c.post(school_org_path(server) + "/invitations/" + invitation + "/resend", "");
    ASSERT_EQ(resend.status, 204) << resend.body;
    server.drain_mail();
    auto mails = smtp.wait_for(2);
    ASSERT_EQ(mails.size(), 2u);
    EXPECT_EQ(mails[1].envelope_to.at(0), "nieuw@school.be");
    EXPECT_NE(mails[1].subject.find("Demoschool Sint-Lucas"), std::string::npos) << mails[1].subject;
    const auto new_link = sk::test::find_link(mails[1].body, kSetPasswordLink);
    ASSERT_FALSE(new_link.empty()) << mails[1].body;
    const auto new_token = new_link.substr(kSetPasswordLink.size());
    EXPECT_NE(new_token, old_token);

    HttpClient invitee(server.base_url());
    EXPECT_EQ(invitee.get("/api/auth/tokens/" + old_token).status, 404);
    EXPECT_EQ(invitee.post("/api/auth/set-password", R"({"token":")" + old_token + R"(","password":"een lang wachtwoord"})").status, 404);
    auto done = invitee.post("/api/auth/set-password", R"({"token":")" + new_token + R"(","password":"een lang wachtwoord"})");
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(done.json_string("/memberships/0/organisationName"), "Demoschool Sint-Lucas");

    // Choosing the password accepted it: there is nothing left to resend or revoke.
    auto again = c.post(school_org_path(server) + "/invitations/" + invitation + "/resend", "");
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json_string("/error/code"), "invitation_answered");
    auto revoke = c.send("DELETE", school_org_path(server) + "/invitations/" + invitation, "");
    EXPECT_EQ(revoke.status, 409);
}

TEST(TeamApi, RevokeClosesTheInvitationAndDeletesTheAccountMadeForIt) {
    TestServer server;
    auto c = signed_in_demo(server, "coordinator");
    auto res = c.post(school_org_path(server) + "/invitations", R"({"email":"weg@school.be","name":"Wim Weg","role":"team_member"})");
    ASSERT_EQ(res.status, 201);
    const auto invitation = std::to_string(res.json_int("/invitationId"));
    const auto uid = sk::test::user_id(server.db(), "weg@school.be");
    const auto token = last_token_for(server, "weg@school.be");
    ASSERT_FALSE(token.empty());

    auto revoke = c.send("DELETE", school_org_path(server) + "/invitations/" + invitation, "");
    ASSERT_EQ(revoke.status, 204) << revoke.body;
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM users WHERE id = $1", {std::int64_t{uid}}), 0);
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM one_time_tokens WHERE user_id = $1", {std::int64_t{uid}}), 0);
    EXPECT_EQ(c.get("/api/auth/tokens/" + token).status, 404);
    EXPECT_EQ(c.get(school_org_path(server)).body.find("weg@school.be"), std::string::npos);
    // Gone: a second revoke finds nothing.
    EXPECT_EQ(c.send("DELETE", school_org_path(server) + "/invitations/" + invitation, "").status, 404);
    // A coordinator's action is not an organiser action: no audit entry.
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM audit_log", {}), 0);
}

TEST(TeamApi, RevokeKeepsAUserWhoIsInvitedElsewhere) {
    TestServer server;
    auto& db = server.db();
    const auto other_school = sk::test::make_school(db, "Andere school", "222222", "limburg");
    const auto uid = sk::test::make_member(db, other_school, "twee@school.be", "team_member", true);
    const auto invitation = sk::test::make_invitation(db, sk::test::org_id(db, "Demoschool Sint-Lucas"), uid, "team_member", server.now());
    auto c = signed_in_demo(server, "coordinator");
    ASSERT_EQ(c.send("DELETE", school_org_path(server) + "/invitations/" + std::to_string(invitation), "").status, 204);
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM users WHERE id = $1", {uid}), 1);
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM invitations WHERE user_id = $1 AND revoked = 0", {uid}), 1);
    // An invitation of another organisation is not this school's to revoke.
    const auto elsewhere = count_rows(server, "SELECT id FROM invitations WHERE user_id = $1 AND revoked = 0", {uid});
    EXPECT_EQ(c.send("DELETE", school_org_path(server) + "/invitations/" + std::to_string(elsewhere), "").status, 404);
}

TEST(TeamApi, RemoveMemberAndTheLastCoordinatorRule) {
    TestServer server;
    auto& db = server.db();
    const auto school = sk::test::org_id(db, "Demoschool Sint-Lucas");
    const auto coordinator = sk::test::user_id(db, "coordinator@demo.stemkompas.be");
    const auto teamlid = sk::test::user_id(db, "teamlid@demo.stemkompas.be");
    auto c = signed_in_demo(server, "coordinator");

    // The only coordinator cannot remove themselves, in either language.
    auto self = c.send("DELETE", school_org_path(server) + "/members/" + std::to_string(coordinator) + "?role=coordinator", "");
    EXPECT_EQ(self.status, 409);
    EXPECT_EQ(self.json_string("/error/code"), "last_coordinator");
    EXPECT_EQ(self.json_string("/error/message"),
              "Dit is de laatste coördinator van de school. Nodig eerst een andere coördinator uit voor je deze persoon verwijdert.");
    c.language = "en";
    auto self_en = c.send("DELETE", school_org_path(server) + "/members/" + std::to_string(coordinator), "");
    EXPECT_EQ(self_en.status, 409);
    EXPECT_EQ(self_en.json_string("/error/message"),
              "This is the school's last coordinator. Invite another coordinator before you remove this person.");
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM memberships WHERE user_id = $1", {coordinator}), 1);

    // Bad role and a role the member does not have.
    auto bad_role = c.send("DELETE", school_org_path(server) + "/members/" + std::to_string(teamlid) + "?role=boss", "");
    EXPECT_EQ(bad_role.status, 400);
    EXPECT_EQ(bad_role.json_string("/error/fields/role"), "Choose a valid role.");
    EXPECT_EQ(c.send("DELETE", school_org_path(server) + "/members/" + std::to_string(teamlid) + "?role=coordinator", "").status, 404);
    EXPECT_EQ(c.send("DELETE", school_org_path(server) + "/members/999999", "").status, 404);
    EXPECT_EQ(c.send("DELETE", school_org_path(server) + "/members/abc", "").status, 404);

    // A team member goes; their account stays (they chose a password).
    ASSERT_EQ(c.send("DELETE", school_org_path(server) + "/members/" + std::to_string(teamlid) + "?role=team_member", "").status, 204);
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM memberships WHERE user_id = $1", {teamlid}), 0);
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM users WHERE id = $1", {teamlid}), 1);

    // With a second coordinator, the first may leave.
    const auto second = sk::test::make_member(db, school, "tweede@school.be", "coordinator", false);
    ASSERT_EQ(c.send("DELETE", school_org_path(server) + "/members/" + std::to_string(coordinator), "").status, 204);
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM memberships WHERE organisation_id = $1 AND role = 'coordinator'", {school}), 1);
    // ... and now the second is the last one, also for an organiser.
    auto org = signed_in_demo(server, "organisator");
    EXPECT_EQ(org.send("DELETE", school_org_path(server) + "/members/" + std::to_string(second), "").status, 409);
    // The removed coordinator has no say over the school any more: it is out of every tenant they see.
    EXPECT_EQ(c.send("DELETE", school_org_path(server) + "/members/" + std::to_string(second), "").status, 404);
    // An open coordinator invitation counts: the school keeps someone who can act once they accept.
    ASSERT_EQ(org.post(school_org_path(server) + "/invitations", R"({"email":"opvolger@school.be","name":"Olaf Opvolger","role":"coordinator"})")
                  .status,
              201);
    EXPECT_EQ(org.send("DELETE", school_org_path(server) + "/members/" + std::to_string(second), "").status, 204);
}

TEST(TeamApi, OrganiserActionsAreAudited) {
    TestServer server;
    auto& db = server.db();
    const auto school = sk::test::org_id(db, "Demoschool Sint-Lucas");
    const auto programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Audit-programma");
    sk::test::add_participant(db, programme, school, "school");
    // Only this programme links the organiser to the school (the demo programme would too).
    db.exec("DELETE FROM programme_participants WHERE programme_id <> $1", {programme});
    const auto pending = sk::test::make_member(db, school, "wacht@school.be", "team_member", true);
    const auto invitation = count_rows(server, "SELECT id FROM invitations WHERE user_id = $1", {pending});
    const auto teamlid = sk::test::user_id(db, "teamlid@demo.stemkompas.be");
    auto org = signed_in_demo(server, "organisator");
    ASSERT_EQ(org.post(school_org_path(server) + "/invitations/" + std::to_string(invitation) + "/resend", "").status, 204);
    ASSERT_EQ(org.send("DELETE", school_org_path(server) + "/invitations/" + std::to_string(invitation), "").status, 204);
    ASSERT_EQ(org.send("DELETE", school_org_path(server) + "/members/" + std::to_string(teamlid), "").status, 204);
    auto invited = org.post(school_org_path(server) + "/invitations",
                            R"({"email":"nieuw@school.be","name":"Nieuw Lid","role":"team_member","teamFunction":"teacher"})");
    ASSERT_EQ(invited.status, 201) << invited.body;
    // The programme's audit entries (the removal is also a security event, tested in operator_api_test.cpp).
    auto r = db.exec("SELECT action, object_id, programme_id, actor_id, before_json, after_json, object_type FROM audit_log "
                     "WHERE action NOT LIKE 'security.%' ORDER BY id");
    ASSERT_EQ(r.rows.size(), 4u);
    EXPECT_EQ(r.rows[0].str(0), "invitation.resend");
    EXPECT_EQ(r.rows[0].i64(1), invitation);
    EXPECT_EQ(r.rows[0].str(6), "invitation");
    EXPECT_NE(r.rows[0].str(4).find(R"("email":"wacht@school.be")"), std::string::npos);
    EXPECT_EQ(r.rows[1].str(0), "invitation.revoke");
    EXPECT_EQ(r.rows[2].str(0), "member.remove");
    EXPECT_EQ(r.rows[2].i64(1), teamlid);
    EXPECT_EQ(r.rows[2].i64(2), programme);
    EXPECT_EQ(r.rows[2].i64(3), sk::test::user_id(db, "organisator@demo.stemkompas.be"));
    EXPECT_NE(r.rows[2].str(4).find("team_member"), std::string::npos);
    EXPECT_EQ(r.rows[2].str(5).find("team_member"), std::string::npos);
    EXPECT_EQ(r.rows[3].str(0), "invitation.create");
    EXPECT_EQ(r.rows[3].i64(1), invited.json_int("/invitationId"));
    EXPECT_EQ(r.rows[3].i64(2), programme);
    EXPECT_TRUE(r.rows[3].is_null(4));
    EXPECT_NE(r.rows[3].str(5).find(R"("email":"nieuw@school.be")"), std::string::npos);
    EXPECT_NE(r.rows[3].str(5).find(R"("teamFunction":"teacher")"), std::string::npos);
    // What the organiser typed, never the account behind it (every organiser of the tenant reads this log).
    EXPECT_EQ(r.rows[3].str(5).find("userId"), std::string::npos);
}

TEST(TeamApi, OnlyOrganisersAndThatSchoolsCoordinatorsManageTheTeam) {
    TestServer server;
    auto& db = server.db();
    const auto other_school = sk::test::make_school(db, "Andere school", "333333", "antwerpen");
    sk::test::make_member(db, other_school, "andere-coord@school.be", "coordinator", false);
    const auto pending = sk::test::make_member(db, other_school, "p@school.be", "team_member", true);
    const auto invitation = std::to_string(count_rows(server, "SELECT id FROM invitations WHERE user_id = $1", {pending}));
    const auto member = sk::test::user_id(db, "andere-coord@school.be");
    const std::string path = "/api/organisations/" + std::to_string(other_school);
    auto coord = signed_in_demo(server, "coordinator");
    EXPECT_EQ(coord.post(path + "/invitations/" + invitation + "/resend", "").status, 403);
    EXPECT_EQ(coord.send("DELETE", path + "/invitations/" + invitation, "").status, 403);
    EXPECT_EQ(coord.send("DELETE", path + "/members/" + std::to_string(member), "").status, 403);
    // Nor through their own school's path: the invitation is not the school's.
    EXPECT_EQ(coord.send("DELETE", school_org_path(server) + "/invitations/" + invitation, "").status, 404);
    auto team = signed_in_demo(server, "teamlid");
    EXPECT_EQ(team.send("DELETE", school_org_path(server) + "/members/" + std::to_string(sk::test::user_id(db, "coordinator@demo.stemkompas.be")), "")
                  .status,
              403);
    HttpClient anon(server.base_url());
    anon.get("/api/me");
    EXPECT_EQ(anon.send("DELETE", path + "/invitations/" + invitation, "").status, 401);
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM invitations WHERE user_id = $1 AND revoked = 0", {pending}), 1);
    EXPECT_EQ(count_rows(server, "SELECT COUNT(*) FROM memberships WHERE user_id = $1", {member}), 1);
}

// Revoking the only coordinator invitation of a school without a coordinator would leave nobody who can act.
TEST(TeamApi, TheLastCoordinatorInvitationCannotBeRevoked) {
    TestServer server;
    auto org = signed_in_demo(server, "organisator");
    auto invited = org.post(school_org_path(server) + "/invitations", R"({"email":"opvolger@school.be","name":"Olaf","role":"coordinator"})");
    ASSERT_EQ(invited.status, 201) << invited.body;
    const auto coordinator = sk::test::user_id(server.db(), "coordinator@demo.stemkompas.be");
    ASSERT_EQ(org.send("DELETE", school_org_path(server) + "/members/" + std::to_string(coordinator), "").status, 204);
    const auto revoke = school_org_path(server) + "/invitations/" + std::to_string(invited.json_int("/invitationId"));
    auto refused = org.send("DELETE", revoke, "");
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(refused.json_string("/error/code"), "last_coordinator");
    // With a second coordinator invited, the first invitation may go.
    ASSERT_EQ(org.post(school_org_path(server) + "/invitations", R"({"email":"tweede@school.be","name":"Tom","role":"coordinator"})").status,
              201);
    EXPECT_EQ(org.send("DELETE", revoke, "").status, 204);
}
