#include "core/survey_code.h"

#include <sodium.h>

#include <cctype>

namespace sk::core {

std::string new_code(std::size_t length) {
    std::string code;
    for (std::size_t i = 0; i < length; ++i)
        code += kSurveyCodeAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kSurveyCodeAlphabet.size()))];
    return code;
}

std::optional<std::string> normalize_code(std::string_view typed, std::size_t length) {
    std::string code;
    for (char c : typed) {
        if (c == ' ' || c == '-') continue;
        const char up = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (kSurveyCodeAlphabet.find(up) == std::string_view::npos) return std::nullopt;
        code += up;
        if (code.size() > length) return std::nullopt;
    }
    if (code.size() != length) return std::nullopt;
    return code;
}

std::string new_survey_code() { return new_code(kSurveyCodeLength); }

std::optional<std::string> normalize_survey_code(std::string_view typed) { return normalize_code(typed, kSurveyCodeLength); }

}  // namespace sk::core
