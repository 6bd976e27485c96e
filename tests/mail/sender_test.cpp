#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "mail/sender.h"
#include "support/smtp_server.h"

namespace sender_test {

using namespace sk::mail;
namespace fs = std::filesystem;

namespace {

OutgoingMessage sample() {
    OutgoingMessage m;
    m.id = "f00dcafe";
    m.to = "zoe@school.be";
    m.subject = "Wachtwoord opnieuw instellen – één uur geldig";
    m.body_text = "Hallo Zoë,\n\nKlik: https://stemkompas.example/reset/abc\n\nKost €0, für alle.\n";
    m.date = 1700000000;
    return m;
}

}  // namespace

TEST(EmlFileSender, WritesOneReadableFilePerMessage) {
    const fs::path dir = fs::temp_directory_path() / ("sk-eml-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    EmlFileSender sender(dir / "mail");
    sender.send(sample());
    sender.send(sample());  // a retry of the same message replaces its file

    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir / "mail")) files.push_back(e.path());
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].filename(), "20231114-221320-f00dcafe.eml");
    std::ifstream in(files[0], std::ios::binary);
    std::stringstream raw;
    raw << in.rdbuf();
    const auto d = sk::test::decode_mail(raw.str());
    EXPECT_EQ(d.subject, sample().subject);
    EXPECT_EQ(d.body, sample().body_text);
    EXPECT_TRUE(d.defects.empty());
    fs::remove_all(dir);
}

TEST(SmtpSender, DeliversToARealServerAndDecodesToTheOriginal) {
    sk::test::SmtpServer smtp;
    SmtpSender sender(smtp.url(), "STEMkompas <noreply@stemkompas.be>");
    sender.send(sample());
    const auto mails = smtp.wait_for(1);
    ASSERT_EQ(mails.size(), 1u);
    const auto& m = mails[0];
    EXPECT_EQ(m.envelope_from, "noreply@stemkompas.be");
    EXPECT_EQ(m.envelope_to, std::vector<std::string>{"zoe@school.be"});
    EXPECT_EQ(m.subject, sample().subject);
    EXPECT_EQ(m.body, sample().body_text);
    EXPECT_EQ(m.message_id, "<f00dcafe@stemkompas.be>");
    EXPECT_TRUE(m.defects.empty());
    EXPECT_EQ(sk::test::find_link(m.body, "https://"), "https://stemkompas.example/reset/abc");
}

// Nobody listening: SmtpFaults.NothingListeningIsTemporary (smtp_faults_test.cpp).

TEST(SmtpSender, RejectsUnknownUrlOptions) {
    EXPECT_NO_THROW(SmtpSender("smtp://u:p@mail.example:587?starttls", "a@b.be"));
    EXPECT_THROW(SmtpSender("smtp://mail.example?tls=maybe", "a@b.be"), std::invalid_argument);
    EXPECT_THROW(SmtpSender("http://mail.example", "a@b.be"), std::invalid_argument);
}

}  // namespace sender_test
