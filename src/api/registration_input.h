// Reading and checking the two public registration forms (docs/api.md, `SchoolRegistration` and
// `MentorRegistration`). Every bad field gets its own message; a form with any bad field throws
// ApiError validation_failed naming them all, so nothing is stored from a half-valid form.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::api {

struct SchoolRegistrationInput {
    std::string contact_name, contact_function, contact_email, contact_phone;
    std::string school_name;
    std::string institution_number;  // 6 digits
    std::string street, postcode, municipality, province, network, level;
    std::int64_t pupils = 0;
    std::string heard_from;
    std::string heard_from_other;  // empty unless heard_from is other
    std::optional<std::string> language;  // nl | en when given
    std::string data_json(const std::string& language) const;  // every field as the API names it
};

struct MentorRegistrationInput {
    std::string company_name;
    std::string enterprise_number;  // normalised as 0123.456.789
    std::string enterprise_digits;  // 0123456789
    std::string sector, province, company_size;
    std::string contact_name, contact_function, contact_email, contact_phone;
    std::vector<std::string> expertise;  // key element ids, in the order given, no repeats
    std::int64_t capacity = 0;
    std::optional<std::string> language;
    std::string data_json(const std::string& language) const;
};

// True when the honeypot field `website` holds anything: a bot filled in the form.
bool honeypot_filled(std::string_view body);

// Throw ApiError (malformed_json or validation_failed) on bad input.
SchoolRegistrationInput read_school_registration(std::string_view body);
// `element_ids`: the key element ids of the programme's framework, the allowed `expertise` values.
MentorRegistrationInput read_mentor_registration(std::string_view body, const std::vector<std::string>& element_ids);

// Digits with optional spaces, +, -, ., / and parentheses; 8 to 15 digits.
bool valid_phone(std::string_view phone);

}  // namespace sk::api
