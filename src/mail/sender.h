// Delivery of one formatted message. `send` blocks and throws `SendError` when the message was not
// accepted, so callers (the mail worker) can retry later; it never retries itself.
//
// Two implementations:
//   EmlFileSender  writes one RFC 5322 `.eml` file per message into a folder (no SMTP configured:
//                  the data folder's `mail/`); open them with any mail client.
//   SmtpSender     hands the message to an SMTP server with libcurl.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "mail/message_format.h"

namespace sk::mail {

class SendError : public std::runtime_error {
public:
    // `permanent`: the server refused the message for good (an SMTP 5xx reply to RCPT TO or the data,
    // e.g. "550 no such user"); sending it again would get the same answer.
    explicit SendError(const std::string& what, bool permanent = false) : std::runtime_error(what), permanent_(permanent) {}
    bool permanent() const { return permanent_; }

private:
    bool permanent_;
};

class Sender {
public:
    virtual ~Sender() = default;
    virtual void send(const OutgoingMessage& msg) = 0;  // throws SendError (or MessageError)
};

inline constexpr const char* kDefaultFrom = "STEMkompas <no-reply@stemkompas.invalid>";

class EmlFileSender final : public Sender {
public:
    // Creates `folder` when needed. Files are named `<date>-<message id>.eml`, so a retried message
    // overwrites its own file instead of adding a second one.
    explicit EmlFileSender(std::filesystem::path folder, std::string from_address = kDefaultFrom);
    void send(const OutgoingMessage& msg) override;

private:
    std::filesystem::path folder_;
    std::string from_;
};

struct SmtpOptions {
    // Both end a delivery that hangs (a server that accepts and then stalls), so the worker's claim
    // lease (jobs/mail_worker.h) outlasts any delivery. Tests shorten them.
    std::chrono::milliseconds connect_timeout{15'000};
    std::chrono::milliseconds total_timeout{120'000};
    // A PEM file of the certificate authorities to trust instead of the system's (a relay with its own
    // certificate authority); empty: the system's. Certificates and host names are verified either way.
    std::string ca_file;
};

class SmtpSender final : public Sender {
public:
    // `smtp_url`:
    //   smtp://host:25                      plain SMTP (a local relay)
    //   smtp://user:password@host:587?starttls   STARTTLS required before AUTH
    //   smtps://user:password@host:465      TLS from the first byte
    // User and password are percent-encoded in the URL. Certificates are verified.
    // `from_address` is "addr@host" or "Name <addr@host>". Throws std::invalid_argument on a bad URL.
    // A SendError's text never holds the URL's password.
    SmtpSender(std::string smtp_url, std::string from_address, SmtpOptions options = {});
    void send(const OutgoingMessage& msg) override;

private:
    std::string url_;  // without our own query options
    bool starttls_ = false;
    std::string from_;
    SmtpOptions options_;
    std::string password_;  // as written in the URL and decoded: blanked out of error texts
};

// The sender the server uses: SMTP when `smtp_url` is set, otherwise .eml files in `data_folder/mail`.
std::unique_ptr<Sender> make_sender(const std::string& smtp_url, const std::string& from_address,
                                    const std::filesystem::path& data_folder, SmtpOptions smtp_options = {});

}  // namespace sk::mail
