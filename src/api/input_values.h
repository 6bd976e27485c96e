// Values JsonInput does not read (whole numbers, booleans, lists, nested objects), read from the same
// body and reported through the same JsonInput, so one answer still names every bad field.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <boost/json.hpp>

#include "api/json_input.h"

namespace sk::api {

// The body as a JSON object; an empty object when it is not one (JsonInput reports that).
boost::json::object parse_object(std::string_view body);
// The value of `field`, nullptr when missing or null.
const boost::json::value* field_value(const boost::json::object& obj, const std::string& field);

// A whole number in [min, max]; a missing value gives field.required, anything else out of range gives `key`.
std::optional<std::int64_t> whole_number(JsonInput& in, const boost::json::value* v, const std::string& field, std::int64_t min,
                                         std::int64_t max, const std::string& key);
// A whole number > 0 written in full (a query parameter such as ?page=); nullopt for anything else.
std::optional<std::int64_t> positive_number(std::string_view s);
// true/false; missing gives `fallback` (or field.required when there is none).
std::optional<bool> boolean(JsonInput& in, const boost::json::value* v, const std::string& field, std::optional<bool> fallback);
// A string value trimmed; nullopt when missing, not a string, or blank (and no message: the caller decides).
std::optional<std::string> trimmed_string(const boost::json::value* v);
// An http(s) URL with a host, without spaces or control characters (evidence links, resource URLs).
bool valid_web_url(std::string_view url);

}  // namespace sk::api
