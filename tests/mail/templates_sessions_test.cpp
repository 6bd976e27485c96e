// The session and playbook mails: both languages, the session, its time (Belgian order), the venue and links.
#include <gtest/gtest.h>

#include "mail/templates.h"

using sk::core::Language;
namespace templates_sessions_test {

using namespace sk::mail;

TEST(SessionTemplates, PromotionNamesTheSessionTimeVenueAndLink) {
    const std::string link = "https://x.be/sessions/4";
    const auto nl = session_promoted_email(Language::nl, "t@school.be", "Tine", "Robotica", "2026-12-10T14:00", "Zaal A, Brugge", link);
    EXPECT_EQ(nl.to, "t@school.be");
    EXPECT_EQ(nl.subject, "Je hebt een plaats: Robotica");
    EXPECT_NE(nl.body_text.find("Hallo Tine,"), std::string::npos);
    EXPECT_NE(nl.body_text.find("wachtlijst"), std::string::npos);
    EXPECT_NE(nl.body_text.find("Wanneer: 10/12/2026 14:00"), std::string::npos);
    EXPECT_NE(nl.body_text.find("Waar: Zaal A, Brugge"), std::string::npos);
    EXPECT_NE(nl.body_text.find("\n" + link + "\n"), std::string::npos);
    const auto en = session_promoted_email(Language::en, "t@school.be", "", "Robotics", "2026-12-10T14:00", "", link);
    EXPECT_EQ(en.subject, "You have a place: Robotics");
    EXPECT_NE(en.body_text.find("Hello,\n"), std::string::npos);
    EXPECT_NE(en.body_text.find("When: 10/12/2026 14:00"), std::string::npos);
    EXPECT_EQ(en.body_text.find("Where:"), std::string::npos);  // no venue, no line
}

TEST(SessionTemplates, ReminderAndReport) {
    const auto nl = session_reminder_email(Language::nl, "c@school.be", "Cas", "Robotica", "2026-12-10T14:00", "Zaal A", "https://x.be/sessions/4");
    EXPECT_EQ(nl.subject, "Herinnering: Robotica op 10/12/2026 14:00");
    const auto en = session_reminder_email(Language::en, "c@school.be", "Cas", "Robotics", "2026-12-10T14:00", "Room A", "https://x.be/sessions/4");
    EXPECT_EQ(en.subject, "Reminder: Robotics on 10/12/2026 14:00");
    EXPECT_NE(en.body_text.find("Where: Room A"), std::string::npos);
    const auto report_nl = session_report_email(Language::nl, "c@school.be", "Cas", "Robotica", "https://x.be/sessions/4");
    EXPECT_EQ(report_nl.subject, "Verslag gepubliceerd: Robotica");
    EXPECT_NE(report_nl.body_text.find("\nhttps://x.be/sessions/4\n"), std::string::npos);
    const auto report_en = session_report_email(Language::en, "c@school.be", "Cas", "Robotics", "https://x.be/sessions/4");
    EXPECT_EQ(report_en.subject, "Report published: Robotics");
}

TEST(SessionTemplates, PlaybookLinkSaysUntilWhen) {
    const auto nl = playbook_link_email(Language::nl, "p@example.be", "Pia", "https://x.be/api/public/playbook/abc", "2026-12-15");
    EXPECT_EQ(nl.subject, "Je STEMkompas-playbook");
    EXPECT_NE(nl.body_text.find("tot 15/12/2026"), std::string::npos);
    EXPECT_NE(nl.body_text.find("\nhttps://x.be/api/public/playbook/abc\n"), std::string::npos);
    const auto en = playbook_link_email(Language::en, "p@example.be", "Pia", "https://x.be/api/public/playbook/abc", "2026-12-15");
    EXPECT_NE(en.body_text.find("until 15/12/2026"), std::string::npos);
}

}  // namespace templates_sessions_test
