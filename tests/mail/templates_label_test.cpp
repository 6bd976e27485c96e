// The label mails: both languages, the school, programme, label, dates (Belgian) and links.
#include <gtest/gtest.h>

#include "mail/templates.h"

using sk::core::Language;
namespace templates_label_test {

using namespace sk::mail;

TEST(LabelTemplates, ApplicationReceivedTellsTheOrganiserWhereToAssign) {
    const std::string link = "https://x.be/organiser/programmes/3/label";
    const auto nl = label_application_received_email(Language::nl, "olivia@org.be", "Olivia", "STEM 2026", "GO! atheneum", link);
    EXPECT_EQ(nl.to, "olivia@org.be");
    EXPECT_EQ(nl.subject, "GO! atheneum vraagt het STEM-schoollabel aan");
    EXPECT_NE(nl.body_text.find("Hallo Olivia,"), std::string::npos);
    EXPECT_NE(nl.body_text.find("\n" + link + "\n"), std::string::npos);
    const auto en = label_application_received_email(Language::en, "o@org.be", "", "STEM 2026", "GO! atheneum", link);
    EXPECT_EQ(en.subject, "GO! atheneum applied for the STEM School Label");
    EXPECT_NE(en.body_text.find("Hello,\n"), std::string::npos);
    EXPECT_NE(en.body_text.find("Assign a reviewer"), std::string::npos);
}

TEST(LabelTemplates, ReviewerMailCarriesTheDueDateAsPeopleWriteIt) {
    const auto nl = label_reviewer_assigned_email(Language::nl, "r@org.be", "Rita", "STEM 2026", "GO! atheneum", "2027-01-20",
                                                  "https://x.be/reviews/9");
    EXPECT_NE(nl.body_text.find("tegen 20/01/2027"), std::string::npos);
    EXPECT_NE(nl.body_text.find("\nhttps://x.be/reviews/9\n"), std::string::npos);
    const auto en = label_reviewer_assigned_email(Language::en, "r@org.be", "Rita", "STEM 2026", "GO! atheneum", "2027-01-20",
                                                  "https://x.be/reviews/9");
    EXPECT_EQ(en.subject, "Label application to review: GO! atheneum");
    EXPECT_NE(en.body_text.find("by 20/01/2027"), std::string::npos);
}

TEST(LabelTemplates, DecisionMailNamesTheLabelAndItsValidityOrNoLabel) {
    const std::string link = "https://x.be/programmes/3/schools/7/label";
    const auto nl = label_decided_email(Language::nl, "c@school.be", "Cas", "STEM 2026", "GO! atheneum", "proficient", "2030-01-25", link);
    EXPECT_NE(nl.body_text.find("op niveau Gevorderd, geldig tot 25/01/2030"), std::string::npos);
    EXPECT_NE(nl.body_text.find("\n" + link + "\n"), std::string::npos);
    const auto en = label_decided_email(Language::en, "c@school.be", "Cas", "STEM 2026", "GO! atheneum", "expert", "2030-01-25", link);
    EXPECT_NE(en.body_text.find("at level Expert, valid until 25/01/2030"), std::string::npos);
    const auto none = label_decided_email(Language::nl, "c@school.be", "Cas", "STEM 2026", "GO! atheneum", "none", "2030-01-25", link);
    EXPECT_NE(none.body_text.find("geen label op"), std::string::npos);
    EXPECT_EQ(none.body_text.find("geldig tot"), std::string::npos);  // no validity for no label
    EXPECT_EQ(label_name(Language::en, "proficient"), "Proficient");
    EXPECT_EQ(label_name(Language::nl, "none"), "Geen label");
}

}  // namespace templates_label_test
