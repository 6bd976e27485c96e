#include <gtest/gtest.h>

#include "mail/templates.h"

using sk::core::Language;
namespace templates_test {

using namespace sk::mail;

TEST(Templates, ResetMailNamesTheLinkAndItsLifetime) {
    const auto nl = reset_email(Language::nl, "ann@school.be", "Ann", "https://x.be/r/abc");
    EXPECT_EQ(nl.to, "ann@school.be");
    EXPECT_NE(nl.body_text.find("Hallo Ann,"), std::string::npos);
    EXPECT_NE(nl.body_text.find("\nhttps://x.be/r/abc\n"), std::string::npos);
    EXPECT_NE(nl.body_text.find("één uur"), std::string::npos);
    const auto en = reset_email(Language::en, "ann@school.be", "Ann", "https://x.be/r/abc");
    EXPECT_NE(en.body_text.find("one hour"), std::string::npos);
    EXPECT_NE(en.subject, nl.subject);
}

TEST(Templates, InvitationNamesOrganisationRoleAndLifetime) {
    const auto nl = invitation_email(Language::nl, "bo@x.be", "Bo", "GO! atheneum", "coach", "https://x.be/i/1");
    EXPECT_NE(nl.subject.find("GO! atheneum"), std::string::npos);
    EXPECT_NE(nl.body_text.find("als coach."), std::string::npos);
    EXPECT_NE(nl.body_text.find("7 dagen"), std::string::npos);
    EXPECT_NE(nl.body_text.find("https://x.be/i/1"), std::string::npos);
    const auto en = invitation_email(Language::en, "bo@x.be", "", "GO! atheneum", "mentor", "https://x.be/i/1");
    EXPECT_NE(en.body_text.find("Hello,\n"), std::string::npos) << "no dangling space without a name";
    EXPECT_NE(en.body_text.find("7 days"), std::string::npos);
}

TEST(Templates, InvitationToAnExistingAccountAsksToSignInAndAccept) {
    const auto nl = invitation_to_accept_email(Language::nl, "bo@x.be", "Bo", "Cas Coördinator", "GO! atheneum", "teamlid",
                                               "https://x.be/invitations");
    EXPECT_EQ(nl.to, "bo@x.be");
    EXPECT_EQ(nl.subject, "Cas Coördinator nodigt je uit bij GO! atheneum op STEMkompas");
    EXPECT_NE(nl.body_text.find("Hallo Bo,"), std::string::npos);
    EXPECT_NE(nl.body_text.find("Cas Coördinator nodigt je uit om mee te werken bij GO! atheneum op STEMkompas als teamlid."),
              std::string::npos);
    EXPECT_NE(nl.body_text.find("Er verandert niets tot je de uitnodiging aanvaardt."), std::string::npos);
    EXPECT_NE(nl.body_text.find("\nhttps://x.be/invitations\n"), std::string::npos);
    const auto en = invitation_to_accept_email(Language::en, "bo@x.be", "Bo", "Cas", "GO! atheneum", "team member",
                                               "https://x.be/invitations");
    EXPECT_EQ(en.subject, "Cas invites you to join GO! atheneum on STEMkompas");
    EXPECT_NE(en.body_text.find("accept or decline the invitation here:\n\nhttps://x.be/invitations\n"), std::string::npos);
    EXPECT_NE(en.body_text.find("7 days"), std::string::npos);
    EXPECT_EQ(en.body_text.find("password"), std::string::npos);
}

}  // namespace templates_test
