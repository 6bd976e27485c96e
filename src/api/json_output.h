// Internal to src/api: how response bodies write values that may be missing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <boost/json.hpp>

namespace sk::api {

// The value, or JSON null when there is none, so the key is still in the answer.
inline boost::json::value or_null(const std::optional<std::string>& v) { return v ? boost::json::value(*v) : boost::json::value(nullptr); }
inline boost::json::value or_null(const std::optional<std::int64_t>& v) { return v ? boost::json::value(*v) : boost::json::value(nullptr); }

// A JSON text kept in a column (audit and security log details) as a value; text that is not JSON stays
// text, missing is null.
inline boost::json::value stored_json(const std::optional<std::string>& text) {
    if (!text) return nullptr;
    boost::system::error_code ec;
    auto v = boost::json::parse(*text, ec);
    return ec ? boost::json::value(*text) : v;
}

}  // namespace sk::api
