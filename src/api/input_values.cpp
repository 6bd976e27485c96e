#include "api/input_values.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace sk::api {

boost::json::object parse_object(std::string_view body) {
    boost::system::error_code ec;
    auto v = boost::json::parse(body, ec);
    if (ec || !v.is_object()) return {};
    return std::move(v.as_object());
}

const boost::json::value* field_value(const boost::json::object& obj, const std::string& field) {
    auto it = obj.find(field);
    if (it == obj.end() || it->value().is_null()) return nullptr;
    return &it->value();
}

std::optional<std::int64_t> whole_number(JsonInput& in, const boost::json::value* v, const std::string& field, std::int64_t min,
                                         std::int64_t max, const std::string& key) {
    if (!v) {
        in.fail(field, "field.required");
        return std::nullopt;
    }
    std::optional<std::int64_t> n;
    if (v->is_int64()) n = v->as_int64();
    else if (v->is_uint64() && v->as_uint64() <= static_cast<std::uint64_t>(max)) n = static_cast<std::int64_t>(v->as_uint64());
    else if (v->is_double() && std::trunc(v->as_double()) == v->as_double() && std::fabs(v->as_double()) < 1e15)
        n = static_cast<std::int64_t>(v->as_double());
    if (!n || *n < min || *n > max) {
        in.fail(field, key, {{"min", std::to_string(min)}, {"max", std::to_string(max)}});
        return std::nullopt;
    }
    return n;
}

std::optional<bool> boolean(JsonInput& in, const boost::json::value* v, const std::string& field, std::optional<bool> fallback) {
    if (!v) {
        if (!fallback) in.fail(field, "field.required");
        return fallback;
    }
    if (!v->is_bool()) {
        in.fail(field, "field.boolean");
        return std::nullopt;
    }
    return v->as_bool();
}

std::optional<std::string> trimmed_string(const boost::json::value* v) {
    if (!v || !v->is_string()) return std::nullopt;
    std::string_view s = v->as_string();
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    if (s.empty()) return std::nullopt;
    return std::string(s);
}

bool valid_web_url(std::string_view url) {
    std::string lower;
    for (char c : url.substr(0, 8)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::size_t rest = 0;
    if (lower.starts_with("https://")) rest = 8;
    else if (lower.starts_with("http://")) rest = 7;
    else return false;
    const auto host_end = url.find_first_of("/?#", rest);
    auto host = url.substr(rest, host_end == std::string_view::npos ? std::string_view::npos : host_end - rest);
    if (const auto at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
    if (host.empty() || host.front() == ':') return false;
    for (unsigned char c : url)
        if (c <= ' ' || c == 0x7F) return false;
    return true;
}

std::optional<std::int64_t> positive_number(std::string_view s) {
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || v <= 0) return std::nullopt;
    return v;
}

}  // namespace sk::api
