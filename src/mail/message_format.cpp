#include "mail/message_format.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <ctime>

namespace sk::mail {
namespace {

// RFC 2047 says a line holding encoded-words is at most 76 characters; RFC 2045 says the same of
// quoted-printable lines. Keep every line within it.
constexpr std::size_t kMaxLine = 76;

bool is_printable_ascii(unsigned char c) { return c >= 0x20 && c < 0x7f; }

std::string base64(std::string_view in) {
    static constexpr char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < in.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, in.size() - i);
        std::uint32_t v = static_cast<unsigned char>(in[i]) << 16;
        if (n > 1) v |= static_cast<unsigned char>(in[i + 1]) << 8;
        if (n > 2) v |= static_cast<unsigned char>(in[i + 2]);
        out += tbl[(v >> 18) & 63];
        out += tbl[(v >> 12) & 63];
        out += n > 1 ? tbl[(v >> 6) & 63] : '=';
        out += n > 2 ? tbl[v & 63] : '=';
    }
    return out;
}

// A header value is one line: line breaks and other control characters in user-supplied text
// (an organisation name, say) would otherwise start a new header.
std::string one_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        out += (c < 0x20 || c == 0x7f) ? ' ' : ch;
    }
    return out;
}

// The longest prefix of `text` of at most `max` bytes that does not cut a UTF-8 sequence.
std::size_t utf8_cut(std::string_view text, std::size_t max) {
    if (text.size() <= max) return text.size();
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return cut == 0 ? max : cut;  // not UTF-8 at all: cutting anywhere is as good as anything
}

// Encoded-words for `text`, the first fitting after `first_prefix` characters, the rest on folded lines.
std::string encoded_words(std::string_view text, std::size_t first_prefix) {
    constexpr std::size_t kOverhead = sizeof("=?UTF-8?B?" "?=") - 1;  // split: "??=" is a trigraph
    std::string out;
    std::size_t prefix = first_prefix;
    bool first = true;
    do {
        const std::size_t room = kMaxLine > prefix + kOverhead + 4 ? kMaxLine - prefix - kOverhead : 4;
        const std::size_t n = utf8_cut(text, room / 4 * 3);
        if (!first) out += "\r\n ";
        out += "=?UTF-8?B?" + base64(text.substr(0, n)) + "?=";
        text.remove_prefix(n);
        prefix = 1;
        first = false;
    } while (!text.empty());
    return out;
}

// Plain ASCII can go as-is, folded at spaces, unless it could be mistaken for an encoded-word or its
// spacing would not survive folding.
bool foldable_ascii(std::string_view text) {
    for (char ch : text) {
        if (!is_printable_ascii(static_cast<unsigned char>(ch))) return false;
    }
    if (text.find("=?") != std::string_view::npos) return false;
    if (text.find("  ") != std::string_view::npos) return false;
    if (!text.empty() && (text.front() == ' ' || text.back() == ' ')) return false;
    std::size_t word = 0;
    for (char ch : text) {
        word = ch == ' ' ? 0 : word + 1;
        if (word > kMaxLine - 2) return false;
    }
    return true;
}

bool valid_address_char(unsigned char c) {
    return c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != '"' && c != '(' && c != ')' && c != ',' &&
           c != ';' && c != ':' && c != '\\' && c != '[' && c != ']';
}

std::string display_name(std::string_view name) {
    bool atoms = true;
    bool ascii = true;
    for (char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (!is_printable_ascii(c)) ascii = false;
        if (!(std::isalnum(c) || c == ' ' || c == '-' || c == '.' || c == '_')) atoms = false;
    }
    if (!ascii) return encoded_words(name, sizeof("From: ") - 1);
    if (atoms && name.find('.') == std::string_view::npos) return std::string(name);
    std::string quoted = "\"";
    for (char ch : name) {
        if (ch == '"' || ch == '\\') quoted += '\\';
        quoted += ch;
    }
    return quoted + "\"";
}

std::string trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return std::string(s);
}

}  // namespace

std::string address_of(std::string_view mailbox) {
    std::string_view addr = mailbox;
    if (auto lt = mailbox.rfind('<'); lt != std::string_view::npos) {
        const auto gt = mailbox.find('>', lt);
        if (gt == std::string_view::npos) throw MessageError("unbalanced <> in mail address");
        addr = mailbox.substr(lt + 1, gt - lt - 1);
    }
    std::string out = trim(addr);
    const auto at = out.find('@');
    if (at == std::string::npos || at == 0 || at + 1 == out.size() || out.find('@', at + 1) != std::string::npos) {
        throw MessageError("not a mail address: " + one_line(out));
    }
    for (char ch : out) {
        if (!valid_address_char(static_cast<unsigned char>(ch))) {
            throw MessageError("unsupported character in mail address: " + one_line(out));
        }
    }
    return out;
}

std::string encode_header_text(std::string_view header_name, std::string_view text) {
    const std::string value = one_line(text);
    std::string out = std::string(header_name) + ":";
    if (!foldable_ascii(value)) return out + " " + encoded_words(value, out.size() + 1);
    std::size_t line = out.size();
    std::size_t pos = 0;
    do {
        const auto space = value.find(' ', pos);
        const auto word = std::string_view(value).substr(pos, space == std::string::npos ? std::string::npos : space - pos);
        if (line + 1 + word.size() > kMaxLine && line > header_name.size() + 1) {
            out += "\r\n";  // the space that follows becomes the folding white space
            line = 0;
        }
        out += " ";
        out += word;
        line += 1 + word.size();
        pos = space == std::string::npos ? value.size() : space + 1;
    } while (pos < value.size());
    return out;
}

std::string encode_quoted_printable(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 11 / 10 + 8);
    auto encode_line = [&](std::string_view line) {
        std::size_t col = 0;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line[i]);
            const bool last = i + 1 == line.size();
            // Trailing white space is stripped by some transports, so it is encoded at a line end.
            const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            if (col + (literal ? 1 : 3) > (last ? kMaxLine : kMaxLine - 1)) {
                out += "=\r\n";
                col = 0;
            }
            // A lone "." at a line start ends SMTP DATA on careless servers; encoding it costs nothing.
            if (literal && !(c == '.' && col == 0)) {
                out += static_cast<char>(c);
                col += 1;
            } else {
                out += '=';
                out += hex[c >> 4];
                out += hex[c & 15];
                col += 3;
            }
        }
        out += "\r\n";
    };
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) {
            encode_line(text.substr(start));
            break;
        }
        encode_line(text.substr(start, end - start));
        start = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
    }
    return out;
}

std::string rfc5322_date(std::int64_t unix_seconds) {
    static constexpr std::array<const char*, 7> days = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr std::array<const char*, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::time_t t = static_cast<std::time_t>(unix_seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", days[tm.tm_wday], tm.tm_mday,
                  months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

std::string format_message(const OutgoingMessage& msg, std::string_view from) {
    const std::string from_addr = address_of(from);
    const std::string to_addr = address_of(msg.to);
    if (msg.id.empty()) throw MessageError("message without an id");
    for (char ch : msg.id) {
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '.' || ch == '_')) {
            throw MessageError("unsupported character in message id");
        }
    }
    std::string from_header = "From: ";
    if (auto lt = from.rfind('<'); lt != std::string_view::npos && !trim(from.substr(0, lt)).empty()) {
        from_header += display_name(trim(from.substr(0, lt))) + " ";
        from_header += "<" + from_addr + ">";
    } else {
        from_header += from_addr;
    }

    std::string out;
    out += "Date: " + rfc5322_date(msg.date) + "\r\n";
    out += from_header + "\r\n";
    out += "To: " + to_addr + "\r\n";
    out += encode_header_text("Subject", msg.subject) + "\r\n";
    out += "Message-ID: <" + msg.id + "@" + from_addr.substr(from_addr.find('@') + 1) + ">\r\n";
    // Asks vacation responders not to answer a machine (RFC 3834).
    out += "Auto-Submitted: auto-generated\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "\r\n";
    out += encode_quoted_printable(msg.body_text);
    return out;
}

}  // namespace sk::mail
