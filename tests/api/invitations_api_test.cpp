// Joining needs consent (issue 16, point 2), over real HTTP on both databases: an invitation of an
// existing account makes no membership until its owner accepts while signed in; the inviter sees only the
// typed address, and the answer is the same whether the address has an account or not; accept, decline,
// expiry, someone else's invitation, answering twice; the set-password link accepts; an accepted
// registration, a CSV import and an award jury invite the same way.
#include <gtest/gtest.h>

#include <regex>

#include "api/api_helpers.h"
#include "api/onboarding_forms.h"
#include "app/demo.h"
#include "support/smtp_server.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

namespace invitations_api_test {

using sk::test::body;
using sk::test::count;
using sk::test::HttpClient;
using sk::test::json;
using sk::test::kCoordinator;
using sk::test::kMentor;
using sk::test::kOrganiser;
using sk::test::kSetPasswordLink;
using sk::test::kTeamMember;
using sk::test::signed_in;
using sk::test::TestServer;

// The demo mentor (Mehdi Mentor of Demotech NV): an account with a password that is no member of the demo school.
constexpr const char* kMentorName = "Mehdi Mentor";

std::string school_path(TestServer& s) { return "/api/organisations/" + std::to_string(sk::test::org_id(s.db(), "Demoschool Sint-Lucas")); }

std::string invite_body(const std::string& email, const std::string& role = "team_member") {
    return R"({"email":")" + email + R"(","name":"Getypte Naam","role":")" + role + R"(","language":"nl"})";
}

std::int64_t memberships_of(TestServer& s, const std::string& email, const std::string& organisation) {
    return s.db()
        .exec("SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id "
              "WHERE u.email = $1 AND o.name = $2",
              {email, organisation})
        .one()
        .i64(0);
}

// The newest queued mail to `to` (body text), "" when there is none.
std::string last_mail_to(TestServer& s, const std::string& to) {
    auto r = s.db().exec("SELECT body_text FROM outbox WHERE to_address = $1 ORDER BY id DESC", {to});
    return r.empty() ? "" : r.rows[0].str(0);
}

std::string accept_path(std::int64_t id) { return "/api/me/invitations/" + std::to_string(id) + "/accept"; }
std::string decline_path(std::int64_t id) { return "/api/me/invitations/" + std::to_string(id) + "/decline"; }

TEST(InvitationsApi, AnExistingAccountJoinsOnlyWhenItAccepts) {
    TestServer server;
    auto coordinator = signed_in(server, kCoordinator);
    auto invited = coordinator.post(school_path(server) + "/invitations", invite_body(kMentor));
    ASSERT_EQ(invited.status, 201) << invited.body;
    const auto id = invited.json_int("/invitationId");
    EXPECT_EQ(memberships_of(server, kMentor, "Demoschool Sint-Lucas"), 0) << "no membership before consent";

    // The inviter sees the address they typed, never the account's name.
    auto page = coordinator.get(school_path(server));
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find(R"("email":"mentor@demo.stemkompas.be")"), std::string::npos) << page.body;
    EXPECT_EQ(page.body.find(kMentorName), std::string::npos) << page.body;
    EXPECT_EQ(page.body.find(R"("userId":)" + std::to_string(sk::test::user_id(server.db(), kMentor))), std::string::npos);
    EXPECT_EQ(page.body.find("Getypte Naam"), std::string::npos) << "the typed name names nobody either";

    // The mail asks the owner to sign in and accept, in the account's language; no password link.
    const auto mail = last_mail_to(server, kMentor);
    EXPECT_NE(mail.find("Cas Coördinator nodigt je uit om mee te werken bij Demoschool Sint-Lucas op STEMkompas als teamlid."),
              std::string::npos)
        << mail;
    EXPECT_NE(mail.find("\nhttp://app.test/invitations\n"), std::string::npos) << mail;
    EXPECT_NE(mail.find("Hallo Mehdi Mentor,"), std::string::npos) << mail;
    EXPECT_EQ(mail.find("set-password"), std::string::npos);

    // The invitee sees it while signed in, and the count in Me.
    auto mentor = signed_in(server, kMentor);
    EXPECT_EQ(mentor.get("/api/me").json_int("/invitations"), 1);
    auto mine = mentor.get("/api/me/invitations");
    ASSERT_EQ(mine.status, 200);
    const auto list = json(mine).at("invitations").as_array();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].at("id").as_int64(), id);
    EXPECT_EQ(list[0].at("organisation").at("name").as_string(), "Demoschool Sint-Lucas");
    EXPECT_EQ(list[0].at("organisation").at("kind").as_string(), "school");
    EXPECT_EQ(list[0].at("role").as_string(), "team_member");
    EXPECT_EQ(list[0].at("invitedBy").as_string(), "Cas Coördinator");
    EXPECT_EQ(list[0].at("expiresAt").as_int64() - list[0].at("createdAt").as_int64(), 7 * 24 * 3600);

    auto accepted = mentor.post(accept_path(id), "{}");
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(accepted.json_int("/invitations"), 0);
    EXPECT_NE(accepted.body.find(R"("organisationName":"Demoschool Sint-Lucas","organisationKind":"school","role":"team_member")"),
              std::string::npos)
        << accepted.body;
    EXPECT_EQ(memberships_of(server, kMentor, "Demoschool Sint-Lucas"), 1);
    // Now a member: the name shows, the invitation is gone.
    page = coordinator.get(school_path(server));
    EXPECT_NE(page.body.find(kMentorName), std::string::npos);
    EXPECT_NE(page.body.find(R"("invitations":[])"), std::string::npos) << page.body;
    EXPECT_EQ(mentor.get("/api/me").json_int("/invitations"), 0);
}

TEST(InvitationsApi, TheAnswerIsTheSameWhetherTheAddressHasAnAccountOrNot) {
    TestServer server;
    auto coordinator = signed_in(server, kCoordinator);
    const auto mails = count(server, "SELECT COUNT(*) FROM outbox");
    auto known = coordinator.post(school_path(server) + "/invitations", invite_body(kMentor));
    auto unknown = coordinator.post(school_path(server) + "/invitations", invite_body("niemand@example.be"));
    ASSERT_EQ(known.status, 201) << known.body;
    EXPECT_EQ(unknown.status, known.status);
    const auto without_id = [](const std::string& s) { return std::regex_replace(s, std::regex("[0-9]+"), "N"); };
    EXPECT_EQ(without_id(known.body), without_id(unknown.body));
    EXPECT_EQ(without_id(known.body), R"({"invitationId":N})");
    const auto content_type = [](const sk::test::HttpResponse& r) { return r.header("content-type").value_or(""); };
    EXPECT_EQ(content_type(known), content_type(unknown));
    // One mail each, queued with the answer.
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM outbox"), mails + 2);
    // The organisation's page lists both the same way: the address and the role, nothing else.
    auto page = json(coordinator.get(school_path(server)));
    std::vector<std::string> shapes;
    for (const auto& i : page.at("invitations").as_array()) {
        auto o = i.as_object();
        EXPECT_EQ(o.size(), 6u) << boost::json::serialize(o);
        o.erase("id"), o.erase("email"), o.erase("createdAt"), o.erase("expiresAt");
        shapes.push_back(boost::json::serialize(o));
    }
    ASSERT_EQ(shapes.size(), 2u);
    EXPECT_EQ(shapes[0], shapes[1]);
}

TEST(InvitationsApi, InvitingTheSameAddressTwiceOrAMemberIsAConflict) {
    TestServer server;
    auto coordinator = signed_in(server, kCoordinator);
    ASSERT_EQ(coordinator.post(school_path(server) + "/invitations", invite_body("twee@example.be")).status, 201);
    auto again = coordinator.post(school_path(server) + "/invitations", invite_body("Twee@Example.be"));
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json_string("/error/code"), "already_invited");
    EXPECT_EQ(again.json_string("/error/fields/email"),
              "Dit e-mailadres heeft al een openstaande uitnodiging voor deze rol. Stuur die opnieuw als ze niet is aangekomen.");
    // Another role is another invitation.
    EXPECT_EQ(coordinator.post(school_path(server) + "/invitations", invite_body("twee@example.be", "coordinator")).status, 201);
    // A member with that role: the page lists members with their address anyway, so this tells nothing new.
    coordinator.language = "en";
    auto member = coordinator.post(school_path(server) + "/invitations", invite_body(kTeamMember));
    EXPECT_EQ(member.status, 409);
    EXPECT_EQ(member.json_string("/error/code"), "already_member");
    EXPECT_EQ(member.json_string("/error/fields/email"), "This person already has this role in this organisation.");
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM invitations"), 2);

    // An expired open invitation gives way to a new one.
    server.set_now(server.now() + 8 * 24 * 3600);
    coordinator = signed_in(server, kCoordinator);
    auto renewed = coordinator.post(school_path(server) + "/invitations", invite_body("twee@example.be"));
    ASSERT_EQ(renewed.status, 201) << renewed.body;
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM invitations WHERE email = 'twee@example.be' AND role = 'team_member' AND revoked = 1"), 1);
}

TEST(InvitationsApi, DeclineAndAnsweringTwice) {
    TestServer server;
    auto coordinator = signed_in(server, kCoordinator);
    const auto first = coordinator.post(school_path(server) + "/invitations", invite_body(kMentor)).json_int("/invitationId");
    const auto second = coordinator.post(school_path(server) + "/invitations", invite_body(kMentor, "coordinator")).json_int("/invitationId");
    auto mentor = signed_in(server, kMentor);
    EXPECT_EQ(mentor.get("/api/me").json_int("/invitations"), 2);

    auto declined = mentor.post(decline_path(first), "{}");
    EXPECT_EQ(declined.status, 204) << declined.body;
    EXPECT_EQ(memberships_of(server, kMentor, "Demoschool Sint-Lucas"), 0);
    EXPECT_EQ(mentor.post(decline_path(first), "{}").json_string("/error/code"), "invitation_answered");
    auto late = mentor.post(accept_path(first), "{}");
    EXPECT_EQ(late.status, 409);
    EXPECT_EQ(late.json_string("/error/message"), "Deze uitnodiging is al beantwoord.");
    EXPECT_EQ(memberships_of(server, kMentor, "Demoschool Sint-Lucas"), 0);

    ASSERT_EQ(mentor.post(accept_path(second), "{}").status, 200);
    auto twice = mentor.post(accept_path(second), "{}");
    EXPECT_EQ(twice.status, 409);
    EXPECT_EQ(twice.json_string("/error/code"), "invitation_answered");
    EXPECT_EQ(mentor.post(decline_path(second), "{}").status, 409);
    EXPECT_EQ(memberships_of(server, kMentor, "Demoschool Sint-Lucas"), 1);
    // The inviter sees neither any more: one became a member, the other was declined.
    EXPECT_NE(coordinator.get(school_path(server)).body.find(R"("invitations":[])"), std::string::npos);
    // A body that is not JSON is refused like anywhere else.
    EXPECT_EQ(mentor.post(accept_path(second), "not json").status, 400);
}

TEST(InvitationsApi, AnExpiredInvitationCannotBeAcceptedUntilItIsResent) {
    TestServer server;
    auto coordinator = signed_in(server, kCoordinator);
    const auto id = coordinator.post(school_path(server) + "/invitations", invite_body(kMentor)).json_int("/invitationId");
    server.set_now(server.now() + 7 * 24 * 3600);
    auto mentor = signed_in(server, kMentor);
    EXPECT_EQ(mentor.get("/api/me").json_int("/invitations"), 0);
    EXPECT_EQ(json(mentor.get("/api/me/invitations")).at("invitations").as_array().size(), 0u);
    mentor.language = "en";
    auto expired = mentor.post(accept_path(id), "{}");
    EXPECT_EQ(expired.status, 409);
    EXPECT_EQ(expired.json_string("/error/code"), "invitation_expired");
    EXPECT_EQ(expired.json_string("/error/message"), "This invitation has expired. Ask the person who invited you to send it again.");
    EXPECT_EQ(memberships_of(server, kMentor, "Demoschool Sint-Lucas"), 0);

    // The inviter still lists it (with its expiry) and can resend it: a new week and a new mail.
    coordinator = signed_in(server, kCoordinator);
    EXPECT_EQ(json(coordinator.get(school_path(server))).at("invitations").as_array().size(), 1u);
    const auto mails = count(server, "SELECT COUNT(*) FROM outbox");
    ASSERT_EQ(coordinator.post(school_path(server) + "/invitations/" + std::to_string(id) + "/resend", "").status, 204);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM outbox"), mails + 1);
    EXPECT_NE(last_mail_to(server, kMentor).find("http://app.test/invitations"), std::string::npos);
    EXPECT_EQ(mentor.post(accept_path(id), "{}").status, 200);
    EXPECT_EQ(memberships_of(server, kMentor, "Demoschool Sint-Lucas"), 1);
}

TEST(InvitationsApi, SomeoneElsesInvitationDoesNotExistForYou) {
    TestServer server;
    auto coordinator = signed_in(server, kCoordinator);
    const auto id = coordinator.post(school_path(server) + "/invitations", invite_body(kMentor)).json_int("/invitationId");
    // The coordinator who sent it, another user, unknown and malformed ids: 404. Anonymous: 401.
    for (auto* who : {kCoordinator, kTeamMember, kOrganiser}) {
        auto c = signed_in(server, who);
        EXPECT_EQ(c.post(accept_path(id), "{}").status, 404) << who;
        EXPECT_EQ(c.post(decline_path(id), "{}").status, 404) << who;
        EXPECT_EQ(c.get("/api/me/invitations").body, R"({"invitations":[]})") << who;
    }
    auto mentor = signed_in(server, kMentor);
    EXPECT_EQ(mentor.post(accept_path(id + 1000), "{}").status, 404);
    EXPECT_EQ(mentor.post("/api/me/invitations/abc/accept", "{}").status, 404);
    HttpClient anon(server.base_url());
    anon.get("/api/me");
    EXPECT_EQ(anon.post(accept_path(id), "{}").status, 401);
    EXPECT_EQ(anon.get("/api/me/invitations").status, 401);
    EXPECT_EQ(memberships_of(server, kMentor, "Demoschool Sint-Lucas"), 0);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM invitations WHERE accepted_at IS NULL AND declined_at IS NULL AND revoked = 0"), 1);

    // A revoked invitation says so to its invitee.
    ASSERT_EQ(coordinator.send("DELETE", school_path(server) + "/invitations/" + std::to_string(id), "").status, 204);
    EXPECT_EQ(mentor.post(accept_path(id), "{}").json_string("/error/code"), "invitation_revoked");
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM users WHERE email = 'mentor@demo.stemkompas.be'"), 1) << "revoking never deletes an account with a password";
}

TEST(InvitationsApi, ChoosingThePasswordThroughTheLinkAcceptsEveryPendingInvitation) {
    TestServer server;
    auto coordinator = signed_in(server, kCoordinator);
    auto organiser = signed_in(server, kOrganiser);
    ASSERT_EQ(coordinator.post(school_path(server) + "/invitations", invite_body("nieuw@example.be")).status, 201);
    const auto company = sk::test::org_id(server.db(), "Demotech NV");
    ASSERT_EQ(organiser.post("/api/organisations/" + std::to_string(company) + "/invitations", invite_body("nieuw@example.be", "mentor"))
                  .status,
              201);
    // The account was made once, without a password; the name is the first inviter's.
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM users WHERE email = 'nieuw@example.be' AND password_hash IS NULL"), 1);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'nieuw@example.be'"), 0);

    const auto link = sk::test::find_link(last_mail_to(server, "nieuw@example.be"), kSetPasswordLink);
    ASSERT_FALSE(link.empty());
    auto invitee = sk::test::visitor(server);
    auto done = invitee.post("/api/auth/set-password", R"({"token":")" + link.substr(kSetPasswordLink.size()) + R"(","password":"een lang wachtwoord"})");
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(done.json_int("/invitations"), 0);
    EXPECT_EQ(memberships_of(server, "nieuw@example.be", "Demoschool Sint-Lucas"), 1);
    EXPECT_EQ(memberships_of(server, "nieuw@example.be", "Demotech NV"), 1);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM invitations WHERE email = 'nieuw@example.be' AND accepted_at IS NOT NULL"), 2);
}

TEST(InvitationsApi, APasswordResetLinkAcceptsNothing) {
    TestServer server;
    auto coordinator = signed_in(server, kCoordinator);
    ASSERT_EQ(coordinator.post(school_path(server) + "/invitations", invite_body("vergeten@example.be")).status, 201);
    auto visitor = sk::test::visitor(server);
    ASSERT_EQ(visitor.post("/api/auth/password-reset", R"({"email":"vergeten@example.be"})").status, 202);
    auto reset = server.db().exec("SELECT body_text FROM outbox WHERE to_address = 'vergeten@example.be' ORDER BY id DESC").rows[0].str(0);
    const auto link = sk::test::find_link(reset, kSetPasswordLink);
    ASSERT_FALSE(link.empty());
    auto done = visitor.post("/api/auth/set-password", R"({"token":")" + link.substr(kSetPasswordLink.size()) + R"(","password":"een lang wachtwoord"})");
    ASSERT_EQ(done.status, 200) << done.body;
    // Not the invitation's link: the invitation waits for an answer on /invitations.
    EXPECT_EQ(done.json_int("/invitations"), 1);
    EXPECT_EQ(memberships_of(server, "vergeten@example.be", "Demoschool Sint-Lucas"), 0);
}

TEST(InvitationsApi, AnAcceptedRegistrationOfAKnownContactIsAnInvitation) {
    TestServer server;
    const auto programme = count(server, "SELECT id FROM programmes WHERE name = 'STEM-traject 2026-2027 (demo)'");
    auto visitor = sk::test::visitor(server);
    auto reg = visitor.post("/api/programmes/" + std::to_string(programme) + "/school-registrations",
                            body(sk::test::school_form("654321", "Mentor@Demo.Stemkompas.be")));
    ASSERT_EQ(reg.status, 201) << reg.body;
    auto organiser = signed_in(server, kOrganiser);
    auto accepted = organiser.post("/api/registrations/" + std::to_string(reg.json_int("/id")) + "/accept", "{}");
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(memberships_of(server, kMentor, "Sint-Jozefschool"), 0);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM one_time_tokens"), 0) << "an account with a password gets no password link";
    const auto mail = last_mail_to(server, kMentor);
    EXPECT_NE(mail.find("aanvaard hier de uitnodiging (ze blijft 7 dagen geldig):\n\nhttp://app.test/invitations\n"), std::string::npos) << mail;
    // The organiser sees the school's open coordinator invitation by address only.
    const auto school = count(server, "SELECT organisation_id FROM school_profiles WHERE institution_number = '654321'");
    auto page = organiser.get("/api/organisations/" + std::to_string(school));
    EXPECT_NE(page.body.find(R"("members":[],"invitations":[{"id":)"), std::string::npos) << page.body;
    EXPECT_EQ(page.body.find(kMentorName), std::string::npos);

    auto mentor = signed_in(server, kMentor);
    const auto id = json(mentor.get("/api/me/invitations")).at("invitations").as_array().at(0).at("id").as_int64();
    ASSERT_EQ(mentor.post(accept_path(id), "{}").status, 200);
    EXPECT_EQ(server.db()
                  .exec("SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1 AND m.organisation_id = $2",
                        {std::string(kMentor), school})
                  .one()
                  .str(0),
              "coordinator");
}

TEST(InvitationsApi, ACsvImportOfAKnownContactIsAnInvitation) {
    TestServer server;
    auto& db = server.db();
    const auto programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Importprogramma");
    auto organiser = signed_in(server, kOrganiser);
    const std::string csv =
        "name;institution_number;street;postcode;municipality;province;network;level;pupils;contact_name;contact_email\r\n"
        "Importschool;246810;Kerkstraat 1;9000;Gent;oost-vlaanderen;kov;secondary;800;Iemand Anders;mentor@demo.stemkompas.be\r\n";
    auto res = organiser.post("/api/programmes/" + std::to_string(programme) + "/imports/schools?mode=all", csv,
                              {{"Content-Type", "text/csv; charset=utf-8"}});
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_int("/imported"), 1);
    EXPECT_EQ(memberships_of(server, kMentor, "Importschool"), 0);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM invitations i JOIN organisations o ON o.id = i.organisation_id "
                            "WHERE o.name = 'Importschool' AND i.email = 'mentor@demo.stemkompas.be' AND i.role = 'coordinator'"),
              1);
    EXPECT_NE(last_mail_to(server, kMentor).find("Olivia Organisator nodigt je uit om mee te werken bij Importschool"), std::string::npos);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM users WHERE name = 'Iemand Anders'"), 0) << "the typed name never renames an account";
}

TEST(InvitationsApi, AnAwardJurorIsPendingByAddressUntilTheyAccept) {
    TestServer server;
    auto& db = server.db();
    const auto programme = count(server, "SELECT id FROM programmes WHERE name = 'STEM-traject 2026-2027 (demo)'");
    const std::string award = "/api/programmes/" + std::to_string(programme) + "/award";
    auto organiser = signed_in(server, kOrganiser);
    auto invited = organiser.post(award + "/jurors", R"({"email":"mentor@demo.stemkompas.be","name":"Getypte Naam"})");
    ASSERT_EQ(invited.status, 201) << invited.body;
    auto unknown = organiser.post(award + "/jurors", R"({"email":"nog.niemand@example.be","name":"Getypte Naam"})");
    ASSERT_EQ(unknown.status, 201) << unknown.body;
    const auto without_ids = [](const std::string& s) {
        return std::regex_replace(std::regex_replace(s, std::regex("[0-9]+"), "N"), std::regex(R"("email":"[^"]*")"), "E");
    };
    EXPECT_EQ(without_ids(invited.body), without_ids(unknown.body));
    EXPECT_EQ(invited.json_string("/email"), "mentor@demo.stemkompas.be");
    EXPECT_TRUE(invited.json_has("/name")); 
    EXPECT_EQ(invited.body.find(kMentorName), std::string::npos);
    EXPECT_EQ(invited.body.find("Demotech"), std::string::npos) << "the company is the juror's to tell, once they accept";
    auto view = organiser.get(award);
    EXPECT_EQ(view.body.find(kMentorName), std::string::npos) << view.body;
    EXPECT_NE(view.body.find(R"("email":"mentor@demo.stemkompas.be","companyId":null,"companyName":null,"invitationId":)"), std::string::npos)
        << view.body;

    // Not a juror yet: no round to judge.
    auto mentor = signed_in(server, kMentor);
    EXPECT_EQ(mentor.get("/api/awards/jury").body, R"({"rounds":[]})");
    auto mine = json(mentor.get("/api/me/invitations")).at("invitations").as_array();
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].at("role").as_string(), "jury");
    EXPECT_EQ(mine[0].at("award").at("programmeId").as_int64(), programme);
    ASSERT_EQ(mentor.post(accept_path(mine[0].at("id").as_int64()), "{}").status, 200);
    EXPECT_EQ(json(mentor.get("/api/awards/jury")).at("rounds").as_array().size(), 1u);
    view = organiser.get(award);
    EXPECT_NE(view.body.find(kMentorName), std::string::npos);
    EXPECT_NE(view.body.find(R"("companyName":"Demotech NV")"), std::string::npos) << view.body;
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'mentor@demo.stemkompas.be' "
                            "AND m.role = 'jury'"),
              1);

    // The pending one is withdrawn through its organisation's invitation route; the account made for it goes.
    const auto pending = json(unknown);
    const auto revoke = "/api/organisations/" + std::to_string(pending.at("organisationId").as_int64()) + "/invitations/" +
                        std::to_string(pending.at("invitationId").as_int64());
    ASSERT_EQ(organiser.send("DELETE", revoke, "").status, 204);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM users WHERE email = 'nog.niemand@example.be'"), 0);
    EXPECT_EQ(organiser.get(award).body.find("nog.niemand@example.be"), std::string::npos);
    (void)db;
}

}  // namespace invitations_api_test

namespace invitations_api_test {

// The team page sends at most 50 invitations an hour per inviter; the 51st is 429 and mails nobody.
TEST(InvitationsApi, AnInviterSendsABoundedNumberPerHour) {
    sk::test::TestServer server;
    auto coordinator = sk::test::signed_in(server, sk::test::kCoordinator);
    const auto path = "/api/organisations/" + std::to_string(sk::test::org_id(server.db(), "Demoschool Sint-Lucas")) + "/invitations";
    for (int i = 0; i < 50; ++i)
        ASSERT_EQ(coordinator.post(path, R"({"email":"lid)" + std::to_string(i) + R"(@school.be","name":"Lid","role":"team_member"})").status, 201)
            << i;
    auto refused = coordinator.post(path, R"({"email":"nog.een@school.be","name":"Lid","role":"team_member"})");
    EXPECT_EQ(refused.status, 429);
    EXPECT_TRUE(refused.header("retry-after").has_value());
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM invitations WHERE email = 'nog.een@school.be'"), 0);
}

}  // namespace invitations_api_test
