// The short code a survey is shared by (typed in by respondents, or part of the link /s/{code}):
// 8 characters from an alphabet without the look-alikes 0/O, 1/I/L, so reading it off a screen or
// paper does not go wrong. 31^8 (about 8.5 * 10^11) codes: guessing one of a few thousand open
// surveys is hopeless, and answering still needs a token from the questionnaire.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sk::core {

inline constexpr std::string_view kSurveyCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr std::size_t kSurveyCodeLength = 8;

// A fresh random code (libsodium; call init_crypto() first).
std::string new_survey_code();
// A code as people type it: lower case, spaces and dashes ("abcd-efgh") are fine. nullopt when it
// cannot be a code at all.
std::optional<std::string> normalize_survey_code(std::string_view typed);

// The same for a code of any length from this alphabet (certificate codes use it too).
std::string new_code(std::size_t length);
std::optional<std::string> normalize_code(std::string_view typed, std::size_t length);

}  // namespace sk::core
