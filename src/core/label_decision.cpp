#include "core/label_decision.h"

#include <cstdio>

#include "core/brussels_date.h"
#include "core/survey_code.h"
#include "core/upload_headers.h"

namespace sk::core {

namespace {

std::string_view trim_view(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<std::string> label_valid_until(std::string_view valid_from) {
    if (!valid_date(valid_from)) return std::nullopt;
    const int year = std::stoi(std::string(valid_from.substr(0, 4))) + kLabelValidYears;
    const int month = std::stoi(std::string(valid_from.substr(5, 2)));
    int day = std::stoi(std::string(valid_from.substr(8, 2)));
    char buf[40];  // room for any int, so the compiler can see nothing is cut off
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    if (!valid_date(buf)) {  // 29 February into a year without one
        day = 28;
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    }
    return std::string(buf);
}

std::optional<Label> parse_label(std::string_view id) {
    if (id == "none") return Label::none;
    if (id == "competent") return Label::competent;
    if (id == "proficient") return Label::proficient;
    if (id == "expert") return Label::expert;
    return std::nullopt;
}

OverrideCheck check_override(Label decided, Label proposed, std::string_view reason) {
    if (decided == proposed) return OverrideCheck::ok;
    const auto n = code_points(trim_view(reason));
    if (n == 0) return OverrideCheck::reason_missing;
    if (n < kOverrideReasonMin) return OverrideCheck::reason_too_short;
    if (n > kOverrideReasonMax) return OverrideCheck::reason_too_long;
    return OverrideCheck::ok;
}

std::string new_certificate_code() { return new_code(kCertificateCodeLength); }

std::optional<std::string> normalize_certificate_code(std::string_view typed) { return normalize_code(typed, kCertificateCodeLength); }

}  // namespace sk::core
