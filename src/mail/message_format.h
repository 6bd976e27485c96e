// Turns an outgoing message into RFC 5322 text that any mail server and client accepts unchanged:
// 7-bit ASCII only, CRLF line ends, lines of at most 76 characters. Non-ASCII header text is
// RFC 2047-encoded (`=?UTF-8?B?...?=`), the body is UTF-8 in quoted-printable.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sk::mail {

// What a Sender delivers: one plain-text message to one recipient.
struct OutgoingMessage {
    std::string id;            // unique local part of the Message-ID; the same on every retry
    std::string to;            // addr-spec, e.g. "ann@school.be"
    std::string subject;       // UTF-8, one line
    std::string body_text;     // UTF-8, any line ends
    std::int64_t date = 0;     // unix seconds, the Date header
};

// A message that cannot be written safely (an address with a line break, no '@', ...).
class MessageError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// The complete message, headers and body, ready for SMTP DATA or an .eml file.
// `from` is "addr@host" or "Display Name <addr@host>"; the Message-ID uses the domain of its address.
std::string format_message(const OutgoingMessage& msg, std::string_view from);

// The bare address of "Name <addr>" or "addr": the SMTP envelope sender. Throws MessageError.
std::string address_of(std::string_view mailbox);

// Building blocks, exposed for tests.
std::string encode_header_text(std::string_view header_name, std::string_view text);  // "Name: value" folded
std::string encode_quoted_printable(std::string_view utf8_text);                        // CRLF line ends
std::string rfc5322_date(std::int64_t unix_seconds);                                  // always +0000

}  // namespace sk::mail
