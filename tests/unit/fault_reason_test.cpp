// mail::fault_reason, one row per kind of last_error the outbox holds (libcurl 7.88's texts as our
// SmtpSender wraps them, and ours): the word the undelivered-mail list turns into a sentence.
#include <gtest/gtest.h>

#include "mail/fault_reason.h"

namespace fault_reason_test {

struct Row {
    const char* last_error;
    const char* reason;
};

constexpr Row kRows[] = {
    {"SMTP delivery failed: RCPT failed: 550 (SMTP 550)", "refused"},
    {"SMTP delivery failed: Weird server reply (SMTP 554)", "refused"},
    {"SMTP delivery failed: RCPT failed: 451 (SMTP 451)", "busy"},
    {"SMTP delivery failed: MAIL failed: 550 (SMTP 550)", "setup"},
    {"SMTP delivery failed: Login denied (SMTP 535)", "setup"},
    {"SMTP delivery failed: No known authentication mechanisms supported", "setup"},
    {"SMTP delivery failed: Failed to connect to 127.0.0.1 port 25 after 0 ms: Couldn't connect to server", "unreachable"},
    {"SMTP delivery failed: Could not resolve host: mail.example", "unreachable"},
    {"SMTP delivery failed: Operation timed out after 1001 milliseconds with 0 bytes received", "timeout"},
    {"SMTP delivery failed: server response timeout", "timeout"},
    {"SMTP delivery failed: response reading failed (errno: 115)", "dropped"},
    {"SMTP delivery failed: Recv failure: Connection reset by peer", "dropped"},
    {"SMTP delivery failed: SSL certificate problem: self-signed certificate", "certificate"},
    {"SMTP delivery failed: STARTTLS not supported.", "certificate"},
    {"not a mail address: no address", "address"},
    {"cannot write /var/lib/stemkompas/mail/x.eml.tmp", "other"},
    {"", "other"},
};

TEST(FaultReason, EveryKindOfErrorHasItsWord) {
    for (const auto& row : kRows) EXPECT_EQ(sk::mail::fault_reason(row.last_error), row.reason) << row.last_error;
}

}  // namespace fault_reason_test
