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

}  // namespace sk::api
