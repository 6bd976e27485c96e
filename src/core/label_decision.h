// The rules of a label decision that do not need the database: how long a label holds, and when the
// reviewer must explain a decision that differs from the rule's proposal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/label_rule.h"

namespace sk::core {

inline constexpr int kLabelValidYears = 3;
inline constexpr std::size_t kOverrideReasonMin = 10;   // code points
inline constexpr std::size_t kOverrideReasonMax = 2000;

// The last day a label decided on `valid_from` ('YYYY-MM-DD') holds: the same calendar day three years
// later. A label decided on 29 February holds until 28 February (that later year has no 29th): never
// a day longer than three years. nullopt when `valid_from` is not a real date.
std::optional<std::string> label_valid_until(std::string_view valid_from);

std::optional<Label> parse_label(std::string_view id);  // inverse of label_id

// What is wrong with a decision, if anything. A label different from the proposal needs a reason of
// kOverrideReasonMin..kOverrideReasonMax code points (trimmed); the same label needs none.
enum class OverrideCheck { ok, reason_missing, reason_too_short, reason_too_long };
OverrideCheck check_override(Label decided, Label proposed, std::string_view reason);

// Certificate codes: printed on the certificate and typed in on /verify, so the same look-alike-free
// alphabet as survey codes (core/survey_code.h), but 10 characters: a certificate code is public for
// years and verification is anonymous, so 31^10 (about 8 * 10^14) keeps guessing hopeless.
inline constexpr std::size_t kCertificateCodeLength = 10;
std::string new_certificate_code();  // libsodium; call init_crypto() first
// As typed: lower case, spaces and dashes are fine. nullopt when it cannot be a code.
std::optional<std::string> normalize_certificate_code(std::string_view typed);

}  // namespace sk::core
