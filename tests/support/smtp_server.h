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

// What the server does wrong, to test how the mail worker copes.
enum class SmtpFault {
    none,
    refuse_sender,     // MAIL FROM: "550 5.7.1 sender address rejected" (our setting: temporary)
    refuse_recipient,  // RCPT TO: "550 5.1.1 no such user here" (permanent)
    busy_recipient,    // RCPT TO: "451 4.3.0 mailbox busy" (temporary)
    refuse_data,       // after the data: "554 5.7.1 refused as spam" (permanent)
    stall,             // answers up to DATA, then never again (a hung server)
    drop,              // closes the connection as the message's first bytes arrive
};

enum class SmtpTls {
    none,
    starttls,  // plain, and STARTTLS required before MAIL FROM (aiosmtpd's require_starttls)
    implicit,  // TLS from the first byte (smtps)
};

struct SmtpServerOptions {
    SmtpFault fault = SmtpFault::none;
    SmtpTls tls = SmtpTls::none;  // with a self-signed certificate made at start (openssl CLI)
};

// Create it on the test's own thread: the server is killed when the creating thread ends (so a
// crashed test binary leaves no server behind).
class SmtpServer {
public:
    // Throws std::runtime_error when the server does not come up within 10 s.
    explicit SmtpServer(SmtpServerOptions options = {});
    ~SmtpServer();
    SmtpServer(const SmtpServer&) = delete;
    SmtpServer& operator=(const SmtpServer&) = delete;

    int port() const { return port_; }
    std::string url() const;      // "smtp://127.0.0.1:<port>", "…?starttls" or "smtps://…" by its TLS
    std::string ca_file() const;  // the server's self-signed certificate (PEM) to trust; "" without TLS

    // Messages received so far, oldest first.
    std::vector<ReceivedMail> messages() const;
    // Waits until at least `count` messages arrived and returns them all; throws std::runtime_error on timeout.
    std::vector<ReceivedMail> wait_for(std::size_t count, std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;

private:
    void shutdown();

    SmtpServerOptions options_;
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
