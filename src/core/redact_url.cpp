#include "core/redact_url.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace sk::core {

namespace {

constexpr std::string_view kMask = "***";

struct Span {
    std::size_t begin, end;  // the password's characters in the URL, quotes included
};

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decoded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// `scheme://user:password@host/db?password=...`
std::vector<Span> uri_password_spans(std::string_view url, std::size_t authority) {
    std::vector<Span> spans;
    const std::size_t query = std::min(url.find('?', authority), url.size());
    const std::size_t at = url.substr(0, query).rfind('@');
    if (at != std::string_view::npos && at >= authority) {
        const std::size_t colon = url.find(':', authority);
        if (colon < at && colon + 1 < at) spans.push_back({colon + 1, at});
    }
    for (std::size_t p = query + 1; p < url.size();) {
        const std::size_t amp = std::min(url.find('&', p), url.size());
        const std::string_view param = url.substr(p, amp - p);
        if (const std::size_t eq = param.find('='); eq != std::string_view::npos && eq + 1 < param.size() &&
                                                    percent_decoded(param.substr(0, eq)) == "password")
            spans.push_back({p + eq + 1, amp});
        p = amp + 1;
    }
    return spans;
}

// libpq's `key = value` list: values are bare words or single-quoted with backslash escapes. Parsing
// stops at the first thing that is not `key=value` (a SQLite path, say), which hides nothing there.
std::vector<Span> keyword_password_spans(std::string_view s) {
    std::vector<Span> spans;
    const auto space = [&](std::size_t i) { return i < s.size() && std::isspace(static_cast<unsigned char>(s[i])); };
    std::size_t i = 0;
    for (;;) {
        while (space(i)) ++i;
        if (i >= s.size()) break;
        const std::size_t key_begin = i;
        while (i < s.size() && s[i] != '=' && !space(i)) ++i;
        const std::string_view key = s.substr(key_begin, i - key_begin);
        while (space(i)) ++i;
        if (i >= s.size() || s[i] != '=' || key.empty()) break;
        ++i;
        while (space(i)) ++i;
        const std::size_t value_begin = i;
        if (i < s.size() && s[i] == '\'') {
            for (++i; i < s.size() && s[i] != '\''; ++i)
                if (s[i] == '\\') ++i;
            i = std::min(i + 1, s.size());
        } else {
            for (; i < s.size() && !space(i); ++i)
                if (s[i] == '\\') ++i;
            i = std::min(i, s.size());
        }
        if (key == "password" && i > value_begin) spans.push_back({value_begin, i});
    }
    return spans;
}

std::vector<Span> password_spans(std::string_view url) {
    const std::size_t scheme = url.find("://");
    if (scheme != std::string_view::npos) return uri_password_spans(url, scheme + 3);
    return keyword_password_spans(url);
}

// A keyword value as libpq reads it: without its quotes and backslashes.
std::string unquoted(std::string_view v) {
    if (!v.empty() && v.front() == '\'') v.remove_prefix(1);
    if (!v.empty() && v.back() == '\'') v.remove_suffix(1);
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) ++i;
        out += v[i];
    }
    return out;
}

void replace_all(std::string& text, const std::string& secret) {
    if (secret.empty()) return;
    for (std::size_t pos = 0; (pos = text.find(secret, pos)) != std::string::npos; pos += kMask.size())
        text.replace(pos, secret.size(), kMask);
}

}  // namespace

std::string redact_db_url(std::string_view url) {
    std::string out;
    std::size_t copied = 0;
    for (const auto& span : password_spans(url)) {
        out.append(url.substr(copied, span.begin - copied));
        out.append(kMask);
        copied = span.end;
    }
    out.append(url.substr(copied));
    return out;
}

std::string redact_db_password_in(std::string text, std::string_view url) {
    const bool uri = url.find("://") != std::string_view::npos;
    std::vector<std::string> secrets;
    for (const auto& span : password_spans(url)) {
        const std::string_view raw = url.substr(span.begin, span.end - span.begin);
        secrets.emplace_back(raw);
        secrets.push_back(uri ? percent_decoded(raw) : unquoted(raw));
    }
    // Longest first, so a password that contains another one is hidden whole.
    std::sort(secrets.begin(), secrets.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    for (const auto& s : secrets) replace_all(text, s);
    return text;
}

}  // namespace sk::core
