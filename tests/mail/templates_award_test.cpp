// The award mails: both languages, the programme, the link, the set-password variant, won and not won.
#include <gtest/gtest.h>

#include "mail/templates_award.h"

using sk::core::Language;
namespace templates_award_test {

using namespace sk::mail;

TEST(AwardTemplates, JurorInvitationLinksToThePasswordOrTheInvitationsPage) {
    const auto fresh = award_juror_invited_email(Language::nl, "j@x.be", "Jan", "STEM 2026", "https://x.be/set-password#token=abc", true);
    EXPECT_EQ(fresh.to, "j@x.be");
    EXPECT_EQ(fresh.subject, "Je bent uitgenodigd in de jury van de award van STEM 2026");
    EXPECT_NE(fresh.body_text.find("Hallo Jan,"), std::string::npos);
    EXPECT_NE(fresh.body_text.find("Kies hier je wachtwoord (de link is 7 dagen geldig):\n\nhttps://x.be/set-password#token=abc\n"),
              std::string::npos);
    const auto known = award_juror_invited_email(Language::en, "j@x.be", "Jan", "STEM 2026", "https://x.be/invitations", false);
    EXPECT_EQ(known.subject, "You are invited to the jury of the award of STEM 2026");
    EXPECT_NE(known.body_text.find("Sign in and accept the invitation here (it is valid for 7 days); your candidates then appear on "
                                   "your jury page:\n\nhttps://x.be/invitations\n"),
              std::string::npos);
    EXPECT_EQ(known.body_text.find("password"), std::string::npos);
}

TEST(AwardTemplates, ResultTellsWonOrNotWonInTheRecipientsLanguage) {
    const std::string link = "https://x.be/programmes/3/schools/7/award";
    const auto won = award_result_email(Language::nl, "c@s.be", "Cas", "STEM 2026", "GO! atheneum", true, link);
    EXPECT_EQ(won.subject, "GO! atheneum wint de award van STEM 2026");
    EXPECT_NE(won.body_text.find("Proficiat!"), std::string::npos);
    EXPECT_NE(won.body_text.find("\n" + link + "\n"), std::string::npos);
    const auto lost = award_result_email(Language::en, "c@s.be", "", "STEM 2026", "GO! atheneum", false, link);
    EXPECT_EQ(lost.subject, "The award of STEM 2026 has been announced");
    EXPECT_NE(lost.body_text.find("Hello,\n"), std::string::npos);
    EXPECT_NE(lost.body_text.find("is not among them this time"), std::string::npos);
    const auto lost_nl = award_result_email(Language::nl, "c@s.be", "Cas", "STEM 2026", "GO! atheneum", false, link);
    EXPECT_NE(lost_nl.body_text.find("er deze keer niet bij"), std::string::npos);
}

}  // namespace templates_award_test
