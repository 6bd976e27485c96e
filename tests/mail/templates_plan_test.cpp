// The action-plan mails in both languages: who, what and where, each in the recipient's language.
#include <gtest/gtest.h>

#include "mail/templates_plan.h"

using sk::core::Language;

namespace {

bool has(const std::string& text, const std::string& needle) { return text.find(needle) != std::string::npos; }

TEST(PlanMails, CommentNamesAuthorGoalAndLink) {
    struct Row {
        Language lang;
        const char* subject;
        const char* words;
    };
    for (const auto& r : {Row{Language::nl, "Nieuwe reactie op het actieplan van Ter Duinen", "reageerde op het doel"},
                          Row{Language::en, "New comment on the action plan of Ter Duinen", "commented on the goal"}}) {
        const auto m = sk::mail::plan_comment_email(r.lang, "cas@school.be", "Cas", "Ter Duinen", "Bedrijven", "Mehdi Mentor",
                                                    "Goed bezig", "https://app.test/programmes/1/schools/2/plan");
        EXPECT_EQ(m.to, "cas@school.be");
        EXPECT_EQ(m.subject, r.subject);
        for (const std::string& needle : {std::string(r.words), std::string("Mehdi Mentor"), std::string("\"Bedrijven\""),
                                         std::string("Goed bezig"), std::string("https://app.test/programmes/1/schools/2/plan")})
            EXPECT_TRUE(has(m.body_text, needle)) << needle << " in " << m.body_text;
    }
    // A long comment is quoted up to a limit, never cut inside a character.
    std::string body;
    for (int i = 0; i < 400; ++i) body += "é";
    const auto m = sk::mail::plan_comment_email(Language::nl, "a@b.be", "", "S", "G", "A", body, "L");
    EXPECT_TRUE(has(m.body_text, " …"));
    EXPECT_FALSE(has(m.body_text, body));
    EXPECT_TRUE(has(m.body_text, body.substr(0, 600)));
}

TEST(PlanMails, OverdueNamesActionGoalAndDateInBelgianForm) {
    const auto nl = sk::mail::plan_overdue_action_email(Language::nl, "t@school.be", "Tine", "Ter Duinen", "Bevraging", "Doel", "2026-11-20", "L");
    EXPECT_EQ(nl.subject, "Actie over tijd: Bevraging");
    EXPECT_TRUE(has(nl.body_text, "20/11/2026"));
    EXPECT_TRUE(has(nl.body_text, "Hallo Tine"));
    const auto en = sk::mail::plan_overdue_action_email(Language::en, "t@school.be", "Tine", "Ter Duinen", "Survey", "Goal", "2026-11-20", "L");
    EXPECT_EQ(en.subject, "Action overdue: Survey");
    EXPECT_TRUE(has(en.body_text, "was due on 20/11/2026"));
    EXPECT_TRUE(has(en.body_text, "\"Goal\""));
}

}  // namespace
