// The registration mails: both languages, the names, the link or the reason.
#include <gtest/gtest.h>

#include "mail/templates.h"

using sk::core::Language;
namespace templates_onboarding_test {

using namespace sk::mail;

TEST(OnboardingTemplates, ReceivedMailsNameSchoolOrCompanyAndProgramme) {
    for (auto lang : {Language::nl, Language::en}) {
        const auto school = school_registration_received_email(lang, "ann@school.be", "Ann", "GO! atheneum", "STEM 2026");
        EXPECT_EQ(school.to, "ann@school.be");
        EXPECT_NE(school.subject.find("GO! atheneum"), std::string::npos);
        EXPECT_NE(school.body_text.find("\"STEM 2026\""), std::string::npos);
        const auto mentor = mentor_registration_received_email(lang, "bo@bedrijf.be", "Bo", "Bedrijf NV", "STEM 2026");
        EXPECT_NE(mentor.body_text.find("Bedrijf NV"), std::string::npos);
        EXPECT_NE(mentor.body_text.find("STEM 2026"), std::string::npos);
    }
    EXPECT_NE(school_registration_received_email(Language::nl, "a@b.be", "", "S", "P").subject,
              school_registration_received_email(Language::en, "a@b.be", "", "S", "P").subject);
}

TEST(OnboardingTemplates, AcceptedMailIsTheInvitation) {
    const auto nl = registration_accepted_email(Language::nl, "ann@school.be", "Ann", "GO! atheneum", "STEM 2026", "coördinator",
                                                "https://x.be/set-password#token=abc", LinkStep::choose_password);
    EXPECT_NE(nl.body_text.find("\nhttps://x.be/set-password#token=abc\n"), std::string::npos);
    EXPECT_NE(nl.body_text.find("als coördinator."), std::string::npos);
    EXPECT_NE(nl.body_text.find("7 dagen"), std::string::npos);
    const auto en = registration_accepted_email(Language::en, "ann@school.be", "Ann", "GO! atheneum", "STEM 2026", "mentor",
                                                "https://x.be/", LinkStep::sign_in);
    EXPECT_NE(en.body_text.find("Sign in"), std::string::npos);
    EXPECT_NE(en.body_text.find("You take part as mentor."), std::string::npos);
    EXPECT_EQ(en.body_text.find("7 days"), std::string::npos) << "no lifetime for a plain sign-in link";
    // An existing account is invited: it joins only by accepting, within the invitation's lifetime.
    const auto accept = registration_accepted_email(Language::nl, "ann@school.be", "Ann", "GO! atheneum", "STEM 2026", "coördinator",
                                                    "https://x.be/invitations", LinkStep::accept_invitation);
    EXPECT_NE(accept.body_text.find("aanvaard hier de uitnodiging (ze blijft 7 dagen geldig):\n\nhttps://x.be/invitations\n"),
              std::string::npos)
        << accept.body_text;
    EXPECT_NE(accept.body_text.find("Je bent uitgenodigd om deel te nemen als coördinator."), std::string::npos);
}

TEST(OnboardingTemplates, RefusedMailCarriesTheReason) {
    for (auto lang : {Language::nl, Language::en}) {
        const auto e = registration_refused_email(lang, "ann@school.be", "Ann", "GO! atheneum", "STEM 2026", "Alleen West-Vlaanderen.");
        EXPECT_NE(e.body_text.find("\nAlleen West-Vlaanderen.\n"), std::string::npos);
        EXPECT_NE(e.subject.find("STEM 2026"), std::string::npos);
    }
}

}  // namespace templates_onboarding_test
