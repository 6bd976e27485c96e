// The measurement mails: both languages, the school, phase, reason and link.
#include <gtest/gtest.h>

#include "mail/templates.h"

using sk::core::Language;
namespace templates_measurements_test {

using namespace sk::mail;

TEST(MeasurementTemplates, ReopenedMailCarriesTheReasonAndTheLinkInTheCoordinatorsLanguage) {
    const std::string link = "https://x.be/programmes/3/schools/7/measurements/baseline";
    const auto nl = measurement_reopened_email(Language::nl, "ann@school.be", "Ann", "STEM 2026", "GO! atheneum",
                                               phase_name(Language::nl, "baseline"), "Graag C04 herbekijken.", link);
    EXPECT_EQ(nl.to, "ann@school.be");
    EXPECT_EQ(nl.subject, "Nulmeting heropend voor GO! atheneum");
    EXPECT_NE(nl.body_text.find("Hallo Ann,"), std::string::npos);
    EXPECT_NE(nl.body_text.find("\nGraag C04 herbekijken.\n"), std::string::npos);
    EXPECT_NE(nl.body_text.find("\n" + link + "\n"), std::string::npos);
    EXPECT_NE(nl.body_text.find("STEM 2026"), std::string::npos);
    const auto en = measurement_reopened_email(Language::en, "bo@school.be", "", "STEM 2026", "GO! atheneum",
                                               phase_name(Language::en, "final"), "Please review C04.", link);
    EXPECT_EQ(en.subject, "Final measurement reopened for GO! atheneum");
    EXPECT_NE(en.body_text.find("Hello,\n"), std::string::npos);
    EXPECT_NE(en.body_text.find("\nPlease review C04.\n"), std::string::npos);
    EXPECT_NE(en.body_text.find("submit it again"), std::string::npos);
}

}  // namespace templates_measurements_test
