#include <gtest/gtest.h>

#include "mail/message_format.h"
#include "support/smtp_server.h"

namespace message_format_test {

using namespace sk::mail;

namespace {

OutgoingMessage sample(std::string subject, std::string body) {
    OutgoingMessage m;
    m.id = "abc123";
    m.to = "ann@school.be";
    m.subject = std::move(subject);
    m.body_text = std::move(body);
    m.date = 1700000000;
    return m;
}

// What every message we write must be, whatever its content: 7-bit, CRLF only, short lines.
void expect_wire_safe(const std::string& raw) {
    std::size_t line = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const auto c = static_cast<unsigned char>(raw[i]);
        ASSERT_LT(c, 0x80) << "non-ASCII byte at " << i;
        if (c == '\n') {
            ASSERT_TRUE(i > 0 && raw[i - 1] == '\r') << "bare LF at " << i;
            line = 0;
        } else if (c == '\r') {
            ASSERT_TRUE(i + 1 < raw.size() && raw[i + 1] == '\n') << "bare CR at " << i;
        } else {
            ++line;
            ASSERT_LE(line, 76u) << "line too long at " << i;
        }
    }
    ASSERT_GE(raw.size(), 2u);
    EXPECT_EQ(raw.substr(raw.size() - 2), "\r\n");
}

}  // namespace

TEST(MessageFormat, AsciiSubjectStaysReadable) {
    EXPECT_EQ(encode_header_text("Subject", "Hello there"), "Subject: Hello there");
}

TEST(MessageFormat, NonAsciiSubjectIsEncodedAndDecodes) {
    const std::string subject = "Uitnodiging: école Sint-Jozef – €5 für Ünïcødé 😀";
    const std::string raw = format_message(sample(subject, "x\n"), "STEMkompas <noreply@stemkompas.be>");
    expect_wire_safe(raw);
    EXPECT_NE(raw.find("Subject: =?UTF-8?B?"), std::string::npos);
    const auto d = sk::test::decode_mail(raw);
    EXPECT_EQ(d.subject, subject);
    EXPECT_TRUE(d.defects.empty()) << d.defects.front();
}

TEST(MessageFormat, LongSubjectsAreFoldedAndDecode) {
    std::string ascii, accented;
    for (int i = 0; i < 30; ++i) {
        ascii += "word" + std::to_string(i) + " ";
        accented += "één-" + std::to_string(i) + " ";
    }
    ascii.pop_back();
    for (const auto& subject : {ascii, accented}) {
        const std::string raw = format_message(sample(subject, "x\n"), "noreply@stemkompas.be");
        expect_wire_safe(raw);
        const auto d = sk::test::decode_mail(raw);
        EXPECT_EQ(d.subject, subject);
        EXPECT_TRUE(d.defects.empty());
    }
}

TEST(MessageFormat, LineBreaksInSubjectCannotInjectHeaders) {
    const std::string raw = format_message(sample("Hi\r\nBcc: evil@x.org", "x\n"), "noreply@stemkompas.be");
    EXPECT_EQ(raw.find("\r\nBcc:"), std::string::npos);
    EXPECT_EQ(sk::test::decode_mail(raw).subject, "Hi  Bcc: evil@x.org");
}

TEST(MessageFormat, BodyWithAccentsLongLinesAndLineEndsSurvives) {
    std::string long_line;
    for (int i = 0; i < 40; ++i) long_line += "é€ü=x ";
    const std::string link = "https://stemkompas.example/reset?token=" + std::string(120, 'a');
    const std::string body = "Hallo Zoë,\n\nprijs: 5 € — müssen\r\n" + long_line + "\n" + link +
                             "\n.starts with a dot\ntrailing space \n\nGroeten\n";
    const std::string raw = format_message(sample("Test", body), "noreply@stemkompas.be");
    expect_wire_safe(raw);
    EXPECT_NE(raw.find("Content-Transfer-Encoding: quoted-printable\r\n"), std::string::npos);
    EXPECT_NE(raw.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
    const auto d = sk::test::decode_mail(raw);
    std::string expected = body;
    expected.replace(expected.find("\r\n"), 2, "\n");
    EXPECT_EQ(d.body, expected);
    EXPECT_TRUE(d.defects.empty());
}

TEST(MessageFormat, HasTheRequiredHeaders) {
    const std::string raw = format_message(sample("Test", "Body\n"), "Zoë Peeters <noreply@stemkompas.be>");
    expect_wire_safe(raw);
    EXPECT_EQ(raw.rfind("Date: Tue, 14 Nov 2023 22:13:20 +0000\r\n", 0), 0u);
    EXPECT_NE(raw.find("\r\nTo: ann@school.be\r\n"), std::string::npos);
    EXPECT_NE(raw.find("\r\nMessage-ID: <abc123@stemkompas.be>\r\n"), std::string::npos);
    EXPECT_NE(raw.find("\r\nMIME-Version: 1.0\r\n"), std::string::npos);
    EXPECT_NE(raw.find("\r\n\r\nBody\r\n"), std::string::npos);
    const auto d = sk::test::decode_mail(raw);
    EXPECT_EQ(d.from, "Zoë Peeters <noreply@stemkompas.be>");
    EXPECT_EQ(d.to, "ann@school.be");
    EXPECT_EQ(d.message_id, "<abc123@stemkompas.be>");
    EXPECT_TRUE(d.defects.empty());
}

TEST(MessageFormat, RejectsUnusableAddresses) {
    EXPECT_THROW(format_message(sample("x", "y"), "no-at-sign"), MessageError);
    auto m = sample("x", "y");
    m.to = "ann@school.be\r\nBcc: evil@x.org";
    EXPECT_THROW(format_message(m, "noreply@stemkompas.be"), MessageError);
    EXPECT_EQ(address_of("STEMkompas <noreply@stemkompas.be>"), "noreply@stemkompas.be");
}

TEST(MessageFormat, QuotedPrintableKeepsEveryLineShort) {
    const std::string qp = encode_quoted_printable(std::string(300, 'x') + "\n" + std::string(100, '=') + " \n");
    expect_wire_safe(qp);
    EXPECT_NE(qp.find("=3D"), std::string::npos);
    EXPECT_NE(qp.find("=20\r\n"), std::string::npos) << "trailing space encoded";
}

}  // namespace message_format_test
