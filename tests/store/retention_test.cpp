// Retention (issue 20, point 4; docs/privacy.md, "How long"): on a frozen clock, what is older than its
// period goes and what is younger, or of another kind, stays; a closed survey's tokens go at once.
#include <gtest/gtest.h>

#include "jobs/retention.h"
#include "store/accounts.h"
#include "store/security_log.h"
#include "store/surveys.h"
#include "support/team_fixtures.h"
#include "support/test_db.h"

namespace {

constexpr std::int64_t kDay = 24 * 3600;
constexpr std::int64_t kNow = 1796601600;  // 7 December 2026

std::int64_t count(sk::store::Db& db, const std::string& sql) { return db.exec(sql).one().i64(0); }

}  // namespace

TEST(Retention, WhatOutlivesItsPeriodGoesAndTheRestStays) {
    sk::test::TestDb t;
    auto& db = t.db();
    const auto organiser = sk::store::create_organisation(db, "Org", "organiser", 1);
    const auto programme = sk::test::make_programme(db, organiser, "Programma");
    const auto school = sk::test::make_school(db, "School", "123456", "limburg", programme);
    const sk::jobs::Retention keep;  // 180 days, 90 days, 730 days

    auto registration = [&](const std::string& status, std::int64_t decided_days_ago, const std::string& name) {
        db.exec("INSERT INTO registrations (programme_id, kind, status, organisation_name, identifier, contact_name, contact_email, data, "
                "created_at, decided_at) VALUES ($1, 'school', $2, $3, $4, 'C', 'c@x.be', '{}', 1, $5)",
                {programme, status, name, name, kNow - decided_days_ago * kDay});
    };
    registration("refused", 181, "refused-old");
    registration("refused", 179, "refused-young");
    registration("accepted", 400, "accepted-old");

    auto mail = [&](const std::string& to, std::optional<std::int64_t> sent_days_ago) {
        db.exec("INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at, sent_at) VALUES ($1, 's', 'b', 1, 1, $2)",
                {to, sent_days_ago ? sk::store::Value(kNow - *sent_days_ago * kDay) : sk::store::Value(sk::store::Null{})});
    };
    mail("sent-old@x.be", 91);
    mail("sent-young@x.be", 89);
    mail("unsent@x.be", std::nullopt);  // still to be sent: never dropped by age
    // Failed mail (migration 022) is done as well: kept as long as sent mail, counted from its failure.
    for (const auto& [to, days_ago] : {std::pair{"failed-old@x.be", 91}, std::pair{"failed-young@x.be", 89}})
        db.exec("INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at, attempts, failed_at) "
                "VALUES ($1, 's', 'b', 1, 1, 8, $2)",
                {std::string(to), kNow - days_ago * kDay});

    sk::store::write_security_event(db, {std::nullopt, "security.login_failed", "user", std::nullopt, "{}"}, kNow - 731 * kDay);
    sk::store::write_security_event(db, {std::nullopt, "security.login_failed", "user", std::nullopt, "{}"}, kNow - 729 * kDay);
    db.exec("INSERT INTO audit_log (action, object_type, created_at) VALUES ('programme.update', 'programme', $1)", {kNow - 2000 * kDay});

    const auto coordinator = sk::test::make_member(db, school, "c@school.be", "coordinator", false);
    const auto open = sk::store::create_survey(db, {programme, school, "baseline", "teachers", "secondary", "eu-stem-school-label", "2024.1",
                                                    "OPENOPEN", coordinator},
                                               1);
    const auto closed = sk::store::create_survey(db, {programme, school, "baseline", "leaders", "secondary", "eu-stem-school-label", "2024.1",
                                                      "CLOSEDXX", coordinator},
                                                 1);
    sk::store::create_survey_token(db, "open-token", open, kNow + kDay);
    sk::store::create_survey_token(db, "closed-token", closed, kNow + kDay);
    sk::store::set_survey_status(db, closed, "closed", kNow - kDay);

    const auto r = sk::jobs::apply_retention(db, kNow, keep);
    EXPECT_EQ(r.refused_registrations, 1);
    EXPECT_EQ(r.sent_mail, 2);
    EXPECT_EQ(r.security_events, 1);
    EXPECT_EQ(r.closed_survey_tokens, 1);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM registrations WHERE organisation_name = 'refused-old'"), 0);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM registrations WHERE organisation_name IN ('refused-young', 'accepted-old')"), 2);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM outbox WHERE to_address IN ('sent-old@x.be', 'failed-old@x.be')"), 0);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM outbox"), 3);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'security.login_failed'"), 1);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'programme.update'"), 1);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM survey_tokens"), 1);

    // The periods are the operator's: a shorter one takes more, and running again takes nothing twice.
    sk::jobs::Retention shorter;
    shorter.sent_mail_days = 30;
    EXPECT_EQ(sk::jobs::apply_retention(db, kNow, shorter).sent_mail, 2);
    const auto again = sk::jobs::apply_retention(db, kNow, shorter);
    EXPECT_EQ(again.refused_registrations + again.sent_mail + again.security_events + again.closed_survey_tokens, 0);
}
