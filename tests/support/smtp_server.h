// A real SMTP server for tests: Debian's aiosmtpd (run by /usr/bin/python3) on a free port of
// 127.0.0.1, started by the constructor (which returns once it accepts connections) and killed by
// the destructor. Every message it receives is kept, raw and decoded; decoding is done by Python's
// `email` package, so our own encoder is checked by an independent decoder.
//
//   sk::test::SmtpServer smtp;
//   auto sender = std::make_shared<sk::mail::SmtpSender>(smtp.url(), "App <app@example.org>");
//   ... trigger a mail ...
//   auto mails = smtp.wait_for(1);          // throws after the timeout
//   EXPECT_EQ(mails[0].subject, "Wachtwoord");
//   std::string link = sk::test::find_link(mails[0].body, "https://");
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace sk::test {

struct DecodedMail {
    std::string from;        // header values, RFC 2047-decoded and unfolded
    std::string to;
    std::string subject;
    std::string message_id;
    std::string date;
    std::string body;        // the text/plain body, transfer-decoded, UTF-8, "\n" line ends
    std::vector<std::string> defects;  // what Python's parser complained about; empty when well-formed
};

struct ReceivedMail : DecodedMail {
    std::string raw;                       // exactly as received (CRLF line ends)
    std::string envelope_from;             // MAIL FROM
    std::vector<std::string> envelope_to;  // RCPT TO
};

// Create it on the test's own thread: the server is killed when the creating thread ends (so a
// crashed test binary leaves no server behind).
class SmtpServer {
public:
    SmtpServer();   // throws std::runtime_error when the server does not come up within 10 s
    ~SmtpServer();
    SmtpServer(const SmtpServer&) = delete;
    SmtpServer& operator=(const SmtpServer&) = delete;

    int port() const { return port_; }
    std::string url() const;  // "smtp://127.0.0.1:<port>"

    // Messages received so far, oldest first.
    std::vector<ReceivedMail> messages() const;
    // Waits until at least `count` messages arrived and returns them all; throws std::runtime_error on timeout.
    std::vector<ReceivedMail> wait_for(std::size_t count, std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;

private:
    void shutdown();

    std::string dir_;
    pid_t pid_ = -1;
    int port_ = 0;
};

// Decodes a raw RFC 5322 message with the same Python code the server uses.
DecodedMail decode_mail(std::string_view raw);

// The first URL in `text` starting with `prefix` (up to white space); "" when there is none.
std::string find_link(std::string_view text, std::string_view prefix);

// A port on 127.0.0.1 where nothing listens (connections are refused).
int closed_port();

}  // namespace sk::test
