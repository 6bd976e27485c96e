// Mail faults through the API (issue 21, point 3): a request that queues mail never waits for the mail
// server; organisers see their own organisation's undelivered mail, paged, with the fault in one word,
// and try it again; the operator sees and retries everyone's; the organiser's home counts the failures.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "api/api_helpers.h"
#include "support/smtp_server.h"
#include "support/team_fixtures.h"

namespace undelivered_mail_api_test {

using namespace std::chrono_literals;
using sk::test::signed_in;
using sk::test::TestServer;

constexpr const char* kOperator = "beheer@demo.stemkompas.be";

// A message as the worker leaves it: failed (attempts, error, failed_at) or still retrying.
std::int64_t undelivered(TestServer& server, const std::string& to, const std::string& subject, std::optional<std::int64_t> tenant,
                         bool failed, const std::string& error = "SMTP delivery failed: RCPT failed: 550 (SMTP 550)") {
    const auto t = server.now();
    static int n = 0;
    return server.db()
        .exec("INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at, attempts, last_error, failed_at, "
              "organiser_id, message_id) VALUES ($1, $2, 'Tekst', $3, $4, $5, $6, $7, $8, $9) RETURNING id",
              {to, subject, t - 3600, t + 600, std::int64_t{failed ? 8 : 2}, error,
               failed ? sk::store::Value(t - 60) : sk::store::Value(sk::store::Null{}), sk::store::nullable(tenant), "undelivered" + std::to_string(++n)})
        .one()
        .i64(0);
}

TEST(UndeliveredMailApi, ARequestThatQueuesMailDoesNotWaitForAStalledMailServer) {
    sk::test::SmtpServer smtp({.fault = sk::test::SmtpFault::stall});
    TestServer server({.smtp_url = smtp.url(), .configure = [](sk::app::Config& c) {
                           c.mail_worker = true;  // the background thread, as `serve` runs it
                           c.smtp.total_timeout = 1s;  // a hung delivery then holds the worker ~2 s (QUIT waits as long)
                       }});
    auto c = sk::test::visitor(server);
    const auto row = [&](const std::string& to) {
        return server.db().exec("SELECT attempts, next_attempt_at, created_at, last_error FROM outbox WHERE to_address = $1", {to}).one();
    };
    ASSERT_EQ(c.post("/api/auth/password-reset", R"({"email":"coordinator@demo.stemkompas.be"})").status, 202);
    // The worker claims it (a lease moves next_attempt_at into the future) and hangs on the server.
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (row(sk::test::kCoordinator).i64(1) == row(sk::test::kCoordinator).i64(2)) {
        ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the worker never claimed the message";
        std::this_thread::sleep_for(10ms);
    }
    const auto start = std::chrono::steady_clock::now();
    const auto second = c.post("/api/auth/password-reset", R"({"email":"organisator@demo.stemkompas.be"})");
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(second.status, 202);
    EXPECT_LT(took, 1500ms) << "the request waited for the mail server";
    // Answered while the first delivery still hangs, and before its own mail was tried.
    EXPECT_EQ(row(sk::test::kCoordinator).i64(0), 0);
    EXPECT_EQ(row(sk::test::kOrganiser).i64(0), 0);
    // The hung delivery ends at the timeout as a failed attempt, to be retried.
    const auto until = std::chrono::steady_clock::now() + 10s;
    while (row(sk::test::kCoordinator).i64(0) == 0) {
        ASSERT_LT(std::chrono::steady_clock::now(), until) << "the stalled delivery never timed out";
        std::this_thread::sleep_for(20ms);
    }
    EXPECT_NE(row(sk::test::kCoordinator).str(3).find("imeout"), std::string::npos) << row(sk::test::kCoordinator).str(3);
}

// The server's configuration reaches the sender: a STARTTLS server with a self-signed certificate gets the
// mail once its certificate is the configured CA file (--smtp-ca-file), and not before.
TEST(UndeliveredMailApi, TheConfiguredCaFileIsTrusted) {
    sk::test::SmtpServer smtp({.tls = sk::test::SmtpTls::starttls});
    for (const bool trusted : {false, true}) {
        TestServer server({.smtp_url = smtp.url(), .configure = [&](sk::app::Config& c) {
                               if (trusted) c.smtp.ca_file = smtp.ca_file();
                           }});
        ASSERT_EQ(sk::test::visitor(server).post("/api/auth/password-reset", R"({"email":"coordinator@demo.stemkompas.be"})").status, 202);
        server.drain_mail();
        const auto row = server.db().exec("SELECT sent_at, last_error FROM outbox").one();
        EXPECT_EQ(row.is_null(0), !trusted) << row.opt_str(1).value_or("");
        if (!trusted) {
            EXPECT_NE(row.str(1).find("certificate"), std::string::npos) << row.str(1);
        }
    }
    EXPECT_EQ(smtp.wait_for(1).size(), 1u);
}

TEST(UndeliveredMailApi, OrganisersSeeTheirOwnAndTryAgain) {
    TestServer server;
    auto& db = server.db();
    const auto own = sk::test::org_of(db, sk::test::kOrganiser);
    const auto other = sk::test::make_other_organiser(db, "ander@organisator.be");
    const auto failed = undelivered(server, "ann@school.be", "Uitnodiging STEM-traject", own, true);
    const auto retrying = undelivered(server, "bob@school.be", "Herinnering meting", own, false,
                                      "SMTP delivery failed: Failed to connect to mail.example port 25: Couldn't connect to server");
    const auto theirs = undelivered(server, "geheim@ander.be", "Ander programma", other, true);
    const auto nobodys = undelivered(server, "reset@school.be", "Wachtwoord", std::nullopt, true);

    auto organiser = signed_in(server, sk::test::kOrganiser);
    auto list = organiser.get("/api/undelivered-mail");
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(list.json_int("/total"), 2);
    EXPECT_EQ(list.json_int("/counts/status/failed"), 1);
    EXPECT_EQ(list.json_int("/counts/status/retrying"), 1);
    EXPECT_EQ(list.body.find("geheim@ander.be"), std::string::npos) << "another tenant's mail";
    EXPECT_EQ(list.body.find("reset@school.be"), std::string::npos) << "mail of no tenant is the operator's";
    EXPECT_EQ(list.body.find("\"organisation\""), std::string::npos) << "organisers see only their own";

    auto only_failed = organiser.get("/api/undelivered-mail?status=failed");
    ASSERT_EQ(only_failed.json_int("/total"), 1) << only_failed.body;
    EXPECT_EQ(only_failed.json_int("/messages/0/id"), failed);
    EXPECT_EQ(only_failed.json_string("/messages/0/to"), "ann@school.be");
    EXPECT_EQ(only_failed.json_string("/messages/0/subject"), "Uitnodiging STEM-traject");
    EXPECT_EQ(only_failed.json_string("/messages/0/status"), "failed");
    EXPECT_EQ(only_failed.json_string("/messages/0/reason"), "refused");
    EXPECT_EQ(only_failed.json_int("/messages/0/attempts"), 8);
    EXPECT_EQ(only_failed.json_int("/messages/0/failedAt"), server.now() - 60);
    auto still = organiser.get("/api/undelivered-mail?status=retrying&q=BOB");
    ASSERT_EQ(still.json_int("/total"), 1) << still.body;
    EXPECT_EQ(still.json_string("/messages/0/reason"), "unreachable");
    EXPECT_EQ(still.json_int("/messages/0/nextAttemptAt"), server.now() + 600);
    EXPECT_EQ(organiser.get("/api/undelivered-mail?status=lost").status, 400);
    EXPECT_EQ(organiser.get("/api/undelivered-mail?size=1&sort=to").json_string("/messages/0/to"), "ann@school.be");

    // The home counts the failed ones.
    EXPECT_EQ(organiser.get("/api/me/home").json_int("/organiser/undeliveredMail"), 1);

    // Another tenant's message and one of no tenant do not exist for this organiser.
    EXPECT_EQ(organiser.post("/api/undelivered-mail/" + std::to_string(theirs) + "/retry", "{}").status, 404);
    EXPECT_EQ(organiser.post("/api/undelivered-mail/" + std::to_string(nobodys) + "/retry", "{}").status, 404);
    EXPECT_EQ(signed_in(server, sk::test::kCoordinator).get("/api/undelivered-mail").status, 403);

    auto again = organiser.post("/api/undelivered-mail/" + std::to_string(failed) + "/retry", "{}");
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(again.json_string("/status"), "queued");
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM outbox WHERE id = " + std::to_string(failed) +
                                          " AND attempts = 0 AND failed_at IS NULL AND sent_at IS NULL"),
              1);
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'mail.retry'"), 1);
    EXPECT_EQ(organiser.get("/api/undelivered-mail").json_int("/total"), 1) << "queued again: off the list";
    EXPECT_EQ(organiser.get("/api/me/home").json_int("/organiser/undeliveredMail"), 0);
    server.drain_mail();  // this server writes .eml files: the retried message goes out
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM outbox WHERE id = " + std::to_string(failed) + " AND sent_at IS NOT NULL"), 1);
    EXPECT_EQ(organiser.post("/api/undelivered-mail/" + std::to_string(failed) + "/retry", "{}").status, 404) << "sent";
    (void)retrying;
}

TEST(UndeliveredMailApi, TheOperatorSeesEveryonesAndTheirOrganisation) {
    TestServer server;
    auto& db = server.db();
    const auto other = sk::test::make_other_organiser(db, "ander@organisator.be");
    undelivered(server, "geheim@ander.be", "Ander programma", other, true);
    const auto nobodys = undelivered(server, "reset@school.be", "Wachtwoord", std::nullopt, true);
    auto op = signed_in(server, kOperator);
    auto list = op.get("/api/operator/undelivered-mail?sort=to");
    ASSERT_EQ(list.status, 200) << list.body;
    EXPECT_EQ(list.json_int("/total"), 2);
    EXPECT_EQ(list.json_string("/messages/0/to"), "geheim@ander.be");
    EXPECT_FALSE(list.json_string("/messages/0/organisation").empty());
    EXPECT_EQ(list.json_string("/messages/1/to"), "reset@school.be");
    EXPECT_NE(list.body.find("\"organisation\":null"), std::string::npos) << list.body;
    EXPECT_EQ(op.post("/api/operator/undelivered-mail/" + std::to_string(nobodys) + "/retry", "{}").status, 200);
    EXPECT_EQ(op.get("/api/operator/undelivered-mail").json_int("/total"), 1);
    EXPECT_EQ(signed_in(server, sk::test::kOrganiser).get("/api/operator/undelivered-mail").status, 404);
}

TEST(UndeliveredMailApi, MailIsQueuedWithTheOrganisationItIsSentFor) {
    TestServer server;
    auto& db = server.db();
    const auto own = sk::test::org_of(db, sk::test::kOrganiser);
    auto organiser = signed_in(server, sk::test::kOrganiser);
    // An invitation into the organiser's own organisation is that tenant's mail; a password reset is nobody's.
    auto invited = organiser.post("/api/organisations/" + std::to_string(own) + "/invitations",
                                  R"({"email":"nieuw@organisator.be","name":"Nieuwe Collega","role":"organiser"})");
    ASSERT_EQ(invited.status, 201) << invited.body;
    EXPECT_EQ(sk::test::count(server, "SELECT organiser_id FROM outbox WHERE to_address = 'nieuw@organisator.be'"), own);
    ASSERT_EQ(sk::test::visitor(server).post("/api/auth/password-reset", R"({"email":"coordinator@demo.stemkompas.be"})").status, 202);
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM outbox WHERE to_address = 'coordinator@demo.stemkompas.be' AND organiser_id IS NULL"), 1);
}

}  // namespace undelivered_mail_api_test
