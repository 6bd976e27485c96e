// SmtpSender against real servers that misbehave (tests/support/smtp_server.h): what each fault throws,
// whether it counts as permanent, and that a hung server costs no more than the configured timeout.
#include <gtest/gtest.h>

#include <chrono>

#include "mail/fault_reason.h"
#include "mail/sender.h"
#include "support/smtp_server.h"

namespace smtp_faults_test {

using namespace std::chrono_literals;
using namespace sk::mail;
using sk::test::SmtpFault;
using sk::test::SmtpServer;
using sk::test::SmtpTls;

namespace {

OutgoingMessage sample() {
    OutgoingMessage m;
    m.id = "fa017";
    m.to = "zoe@school.be";
    m.subject = "Storing";
    m.body_text = "Hallo\n";
    m.date = 1700000000;
    return m;
}

SmtpOptions quick() {
    SmtpOptions o;
    o.connect_timeout = 1s;
    o.total_timeout = 1500ms;
    return o;
}

// The SendError `sender` throws for the sample message; fails the test when it delivers.
SendError failure(SmtpSender& sender) {
    try {
        sender.send(sample());
    } catch (const SendError& e) {
        return e;
    }
    ADD_FAILURE() << "delivered";
    return SendError("delivered");
}

}  // namespace

TEST(SmtpFaults, NothingListeningIsTemporary) {
    SmtpSender sender("smtp://127.0.0.1:" + std::to_string(sk::test::closed_port()), "noreply@stemkompas.be", quick());
    const auto e = failure(sender);
    EXPECT_FALSE(e.permanent());
    EXPECT_NE(std::string(e.what()).find("SMTP delivery failed"), std::string::npos) << e.what();
    EXPECT_EQ(fault_reason(e.what()), "unreachable") << e.what();
}

TEST(SmtpFaults, A550ForTheRecipientIsPermanent) {
    SmtpServer smtp({.fault = SmtpFault::refuse_recipient});
    SmtpSender sender(smtp.url(), "noreply@stemkompas.be", quick());
    const auto e = failure(sender);
    EXPECT_TRUE(e.permanent()) << e.what();
    EXPECT_NE(std::string(e.what()).find("550"), std::string::npos) << e.what();
    EXPECT_EQ(fault_reason(e.what()), "refused") << e.what();
}

TEST(SmtpFaults, A451ForTheRecipientIsTemporary) {
    SmtpServer smtp({.fault = SmtpFault::busy_recipient});
    SmtpSender sender(smtp.url(), "noreply@stemkompas.be", quick());
    const auto e = failure(sender);
    EXPECT_FALSE(e.permanent()) << e.what();
    EXPECT_NE(std::string(e.what()).find("451"), std::string::npos) << e.what();
    EXPECT_EQ(fault_reason(e.what()), "busy") << e.what();
}

TEST(SmtpFaults, A550ForOurSenderAddressIsTemporary) {
    // It would refuse every message alike: a setting to fix, after which the waiting mail goes out.
    SmtpServer smtp({.fault = SmtpFault::refuse_sender});
    SmtpSender sender(smtp.url(), "noreply@stemkompas.be", quick());
    const auto e = failure(sender);
    EXPECT_FALSE(e.permanent()) << e.what();
    EXPECT_NE(std::string(e.what()).find("550"), std::string::npos) << e.what();
    EXPECT_EQ(fault_reason(e.what()), "setup") << e.what();
}

TEST(SmtpFaults, A554AfterTheDataIsPermanent) {
    SmtpServer smtp({.fault = SmtpFault::refuse_data});
    SmtpSender sender(smtp.url(), "noreply@stemkompas.be", quick());
    const auto e = failure(sender);
    EXPECT_TRUE(e.permanent()) << e.what();
    EXPECT_NE(std::string(e.what()).find("554"), std::string::npos) << e.what();
    EXPECT_EQ(fault_reason(e.what()), "refused") << e.what();
    EXPECT_TRUE(smtp.messages().empty());
}

TEST(SmtpFaults, AStalledServerCostsOnlyTheTimeout) {
    SmtpServer smtp({.fault = SmtpFault::stall});
    SmtpSender sender(smtp.url(), "noreply@stemkompas.be", quick());
    const auto start = std::chrono::steady_clock::now();
    const auto e = failure(sender);
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_FALSE(e.permanent()) << e.what();
    EXPECT_GE(took, 1400ms);
    EXPECT_LT(took, 5s);
    EXPECT_EQ(fault_reason(e.what()), "timeout") << e.what();
}

TEST(SmtpFaults, ADroppedConnectionIsTemporary) {
    SmtpServer smtp({.fault = SmtpFault::drop});
    SmtpSender sender(smtp.url(), "noreply@stemkompas.be", quick());
    const auto e = failure(sender);
    EXPECT_FALSE(e.permanent()) << e.what();
    EXPECT_EQ(fault_reason(e.what()), "dropped") << e.what();
}

TEST(SmtpFaults, ThePasswordNeverAppearsInTheError) {
    // A refused login and a refused connection, with a password that needs percent-encoding.
    SmtpServer smtp;
    for (const auto& url : {"smtp://ann:s3cr%40tPw@127.0.0.1:" + std::to_string(smtp.port()),
                            "smtp://ann:s3cr%40tPw@127.0.0.1:" + std::to_string(sk::test::closed_port()),
                            "smtps://ann:s3cr%40tPw@127.0.0.1:" + std::to_string(smtp.port())}) {
        SmtpOptions o = quick();
        SmtpSender sender(url, "noreply@stemkompas.be", o);
        try {
            sender.send(sample());
        } catch (const SendError& e) {
            const std::string what = e.what();
            EXPECT_EQ(what.find("s3cr"), std::string::npos) << what;
            EXPECT_EQ(what.find("tPw"), std::string::npos) << what;
        }
    }
}

class SmtpTlsTest : public ::testing::TestWithParam<SmtpTls> {};

TEST_P(SmtpTlsTest, DeliversWhenTheCertificateIsTrusted) {
    SmtpServer smtp({.tls = GetParam()});
    SmtpOptions o = quick();
    o.ca_file = smtp.ca_file();
    SmtpSender sender(smtp.url(), "noreply@stemkompas.be", o);
    sender.send(sample());
    EXPECT_EQ(smtp.wait_for(1)[0].subject, "Storing");
}

TEST_P(SmtpTlsTest, RefusesAnUntrustedCertificate) {
    SmtpServer smtp({.tls = GetParam()});
    SmtpSender sender(smtp.url(), "noreply@stemkompas.be", quick());  // the system's authorities only
    const auto e = failure(sender);
    EXPECT_FALSE(e.permanent());
    EXPECT_NE(std::string(e.what()).find("certificate"), std::string::npos) << e.what();
    EXPECT_EQ(fault_reason(e.what()), "certificate") << e.what();
    EXPECT_TRUE(smtp.messages().empty());

    SmtpServer other({.tls = GetParam()});  // another server's certificate is no better
    SmtpOptions o = quick();
    o.ca_file = other.ca_file();
    SmtpSender wrong(smtp.url(), "noreply@stemkompas.be", o);
    EXPECT_NE(std::string(failure(wrong).what()).find("certificate"), std::string::npos);
}

TEST(SmtpFaults, StarttlsIsRequiredWhenAsked) {
    // The URL asks for STARTTLS; a server that does not offer it must not get the message in plain text.
    SmtpServer plain;
    SmtpSender sender(plain.url() + "?starttls", "noreply@stemkompas.be", quick());
    const auto e = failure(sender);
    EXPECT_FALSE(e.permanent());
    EXPECT_EQ(fault_reason(e.what()), "certificate") << e.what();
    EXPECT_TRUE(plain.messages().empty());
}

INSTANTIATE_TEST_SUITE_P(Tls, SmtpTlsTest, ::testing::Values(SmtpTls::starttls, SmtpTls::implicit),
                         [](const auto& info) { return info.param == SmtpTls::starttls ? "starttls" : "implicit"; });

}  // namespace smtp_faults_test
