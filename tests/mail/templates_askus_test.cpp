// The "Ask us" mails: both languages, the promised time in words (Brussels time), the answer, the
// forwarded question with the asker's address, the overdue alert with its link.
#include <gtest/gtest.h>

#include "mail/templates.h"

using sk::core::Language;
namespace templates_askus_test {

using namespace sk::mail;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST(AskUsTemplates, MomentInWordsIsBrusselsTime) {
    struct Row { std::int64_t at; std::string nl, en; };
    const std::vector<Row> rows = {
        {1793141999, "dinsdag 27 oktober 2026 om 23:59", "Tuesday 27 October 2026 at 23:59"},  // CET, after the DST change
        {1781128799, "woensdag 10 juni 2026 om 23:59", "Wednesday 10 June 2026 at 23:59"},      // CEST
        {1767222000, "donderdag 1 januari 2026 om 00:00", "Thursday 1 January 2026 at 00:00"},   // still 2025 in UTC
    };
    for (const auto& r : rows) {
        EXPECT_EQ(brussels_moment_in_words(Language::nl, r.at), r.nl);
        EXPECT_EQ(brussels_moment_in_words(Language::en, r.at), r.en);
    }
}

TEST(AskUsTemplates, ReceiptPromisesTheDueTime) {
    const auto nl = question_receipt_email(Language::nl, "ann@school.be", "Ann", "Tot wanneer?\nEn hoe?", 1793141999);
    EXPECT_EQ(nl.to, "ann@school.be");
    EXPECT_EQ(nl.subject, "We hebben je vraag ontvangen");
    EXPECT_TRUE(has(nl.body_text, "Hallo Ann,"));
    EXPECT_TRUE(has(nl.body_text, "uiterlijk dinsdag 27 oktober 2026 om 23:59"));
    EXPECT_TRUE(has(nl.body_text, "> Tot wanneer?\n> En hoe?"));
    const auto en = question_receipt_email(Language::en, "bob@school.be", "Bob", "When?", 1793141999);
    EXPECT_EQ(en.subject, "We received your question");
    EXPECT_TRUE(has(en.body_text, "by Tuesday 27 October 2026 at 23:59"));
}

TEST(AskUsTemplates, AnswerCarriesTheAnswerAndTheQuestion) {
    const auto nl = question_answer_email(Language::nl, "ann@school.be", "Ann", "Tot wanneer?", "Tot 15 november.", "Olivia Organisator");
    EXPECT_EQ(nl.subject, "Antwoord op je vraag");
    EXPECT_TRUE(has(nl.body_text, "Tot 15 november.\n\nOlivia Organisator"));
    EXPECT_TRUE(has(nl.body_text, "> Tot wanneer?"));
    const auto en = question_answer_email(Language::en, "bob@school.be", "Bob", "When?", "Until 15 November.", "Olivia");
    EXPECT_EQ(en.subject, "Answer to your question");
    EXPECT_TRUE(has(en.body_text, "Your question was:"));
}

TEST(AskUsTemplates, ForwardNamesTheAskerAndTheNote) {
    const auto nl = question_forwarded_email(Language::nl, "expert@vub.be", "Ann", "ann@school.be", "Sint-Jozef", "label", "Hoe?", "Kijk jij?",
                                             "Olivia");
    EXPECT_EQ(nl.to, "expert@vub.be");
    EXPECT_EQ(nl.subject, "Vraag aan jou doorgestuurd: STEM-schoollabel");
    EXPECT_TRUE(has(nl.body_text, "rechtstreeks op ann@school.be"));
    EXPECT_TRUE(has(nl.body_text, "Toelichting: Kijk jij?"));
    EXPECT_TRUE(has(nl.body_text, "Van: Ann <ann@school.be>, Sint-Jozef"));
    const auto en = question_forwarded_email(Language::en, "expert@vub.be", "Ann", "ann@school.be", "", "other", "How?", "", "Olivia");
    EXPECT_EQ(en.subject, "Question forwarded to you: Other");
    EXPECT_FALSE(has(en.body_text, "Note:"));
    EXPECT_TRUE(has(en.body_text, "From: Ann <ann@school.be>\n"));
}

TEST(AskUsTemplates, OverdueAlertLinksToTheQuestion) {
    const auto nl = question_overdue_email(Language::nl, "o@org.be", "Olivia", 12, "Ann", "registration", 1793141999,
                                           "https://x.be/organiser/questions/12");
    EXPECT_EQ(nl.subject, "Te laat: vraag #12 van Ann");
    EXPECT_TRUE(has(nl.body_text, "(Inschrijving) moest beantwoord zijn tegen dinsdag 27 oktober 2026 om 23:59"));
    EXPECT_TRUE(has(nl.body_text, "\nhttps://x.be/organiser/questions/12\n"));
    const auto en = question_overdue_email(Language::en, "o@org.be", "Olivia", 12, "Ann", "network", 1793141999, "https://x.be/q/12");
    EXPECT_EQ(en.subject, "Overdue: question #12 from Ann");
    EXPECT_TRUE(has(en.body_text, "(Learning network) was due Tuesday 27 October 2026 at 23:59"));
}

}  // namespace templates_askus_test
