#include "core/upload_headers.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace sk::core {

namespace {

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Calls f(code point) for each code point of valid UTF-8 (check with valid_utf8 first).
template <typename F>
void for_each_code_point(std::string_view s, F&& f) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        f(cp);
        i += n;
    }
}

bool is_control(std::uint32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }
bool is_bidi_control(std::uint32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

std::string trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return std::string(s);
}

// A decoded, checked text header. `allow_breaks`: line breaks and tabs are content (a description).
std::optional<std::string> text_header(const std::string& raw, const std::string& field, std::size_t max, bool allow_breaks,
                                       bool forbid_bidi, std::map<std::string, FieldProblem>& problems) {
    auto decoded = percent_decode_utf8(raw);
    if (!decoded) {
        problems[field] = {"field.header_encoding", {}};
        return std::nullopt;
    }
    bool control = false, bidi = false;
    for_each_code_point(*decoded, [&](std::uint32_t cp) {
        if (is_control(cp) && !(allow_breaks && (cp == '\n' || cp == '\r' || cp == '\t'))) control = true;
        if (forbid_bidi && is_bidi_control(cp)) bidi = true;
    });
    if (control || bidi) {
        problems[field] = {"field.control_characters", {}};
        return std::nullopt;
    }
    auto text = allow_breaks ? *decoded : trim(*decoded);
    if (code_points(text) > max) {
        problems[field] = {"field.too_long", {{"max", std::to_string(max)}}};
        return std::nullopt;
    }
    return text;
}

}  // namespace

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int n = 0;
        std::uint32_t cp = 0, min = 0;
        if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07, min = 0x10000;
        else return false;  // continuation byte first, C0/C1 (overlong), F5..FF
        if (s.size() - i < static_cast<std::size_t>(n)) return false;
        for (int k = 1; k < n; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += n;
    }
    return true;
}

std::size_t code_points(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::optional<std::string> percent_decode_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        if (s.size() - i < 3) return std::nullopt;
        const int hi = hex(s[i + 1]), lo = hex(s[i + 2]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    if (!valid_utf8(out)) return std::nullopt;
    return out;
}

std::string strip_path(std::string_view name) {
    const auto slash = name.find_last_of("/\\");
    if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
    return trim(name);
}

std::optional<std::vector<std::string>> parse_criteria_list(std::string_view s) {
    std::vector<std::string> out;
    if (trim(s).empty()) return out;
    std::size_t start = 0;
    while (true) {
        const auto comma = s.find(',', start);
        const auto id = trim(s.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (id.empty() || id.size() > 20) return std::nullopt;
        for (char c : id)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_')) return std::nullopt;
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
        if (out.size() > kEvidenceCriteriaMax) return std::nullopt;
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return out;
}

UploadHeaders parse_upload_headers(const RawUploadHeaders& raw) {
    UploadHeaders h;
    auto& problems = h.problems;
    if (!raw.file_name || trim(*raw.file_name).empty()) {
        problems["fileName"] = {"field.required", {}};
    } else if (auto name = text_header(*raw.file_name, "fileName", 1000, false, true, problems)) {
        h.file_name = strip_path(*name);
        if (h.file_name.empty() || h.file_name == "." || h.file_name == "..") problems["fileName"] = {"field.file_name", {}};
        else if (code_points(h.file_name) > kFileNameMax) problems["fileName"] = {"field.too_long", {{"max", std::to_string(kFileNameMax)}}};
    }
    if (raw.title) {
        if (auto title = text_header(*raw.title, "title", kEvidenceTitleMax, false, false, problems)) h.title = *title;
    }
    if (h.title.empty() && !problems.contains("title") && !problems.contains("fileName")) {
        // The file name without its extension ("Plan 2026.pdf" -> "Plan 2026"); a name that is all
        // extension (".profile") stays whole.
        const auto dot = h.file_name.rfind('.');
        h.title = dot == std::string::npos || dot == 0 ? h.file_name : h.file_name.substr(0, dot);
    }
    if (raw.description) {
        if (auto d = text_header(*raw.description, "description", kEvidenceDescriptionMax, true, false, problems)) h.description = trim(*d);
    }
    if (raw.criteria) {
        if (auto ids = parse_criteria_list(*raw.criteria)) h.criterion_ids = std::move(*ids);
        else problems["criterionIds"] = {"field.criteria_list", {{"max", std::to_string(kEvidenceCriteriaMax)}}};
    }
    return h;
}

}  // namespace sk::core
