#include "api/json_input.h"

#include <boost/json.hpp>

namespace sk::api {

namespace {
std::string trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}
}  // namespace

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

bool valid_email(std::string_view s) {
    // Deliberately simple: one @, a non-empty local part, a dotted domain, no spaces or controls.
    if (s.size() < 3 || s.size() > 254) return false;
    const auto at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) return false;
    const auto domain = s.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 3 > domain.size()) return false;  // TLD of 2+
    if (domain.find("..") != std::string_view::npos) return false;
    for (unsigned char c : s)
        if (c <= ' ' || c == 0x7F || c == ',' || c == ';' || c == '<' || c == '>' || c == '"') return false;
    return true;
}

JsonInput::JsonInput(std::string_view body) : object_(nullptr) {
    boost::system::error_code ec;
    boost::json::value v = boost::json::parse(body, ec);
    if (ec) throw ApiError{400, "malformed_json", {}, {}, {}};
    if (!v.is_object()) throw ApiError{400, "malformed_json", {{"body", FieldError{"field.not_object", {}}}}, {}, {}};
    object_ = new boost::json::object(std::move(v.as_object()));
}

JsonInput::~JsonInput() { delete object_; }

const boost::json::value* JsonInput::get(const std::string& field) const {
    auto it = object_->find(field);
    if (it == object_->end() || it->value().is_null()) return nullptr;
    return &it->value();
}

void JsonInput::fail(const std::string& field, std::string key, std::map<std::string, std::string> args) {
    errors_.try_emplace(field, FieldError{std::move(key), std::move(args)});
}

std::optional<std::string> JsonInput::text(const std::string& field, TextRules rules) {
    const auto* v = get(field);
    if (v && !v->is_string()) {
        fail(field, "field.not_text");
        return std::nullopt;
    }
    std::string s = v ? std::string(v->as_string()) : std::string();
    if (rules.trim) s = trim(s);
    if (s.empty()) {
        if (rules.required) fail(field, "field.required");
        return std::nullopt;
    }
    if (utf8_length(s) > rules.max) {
        fail(field, "field.too_long", {{"max", std::to_string(rules.max)}});
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> JsonInput::email(const std::string& field, bool required) {
    auto s = text(field, {.required = required, .max = 254});
    if (!s) return std::nullopt;
    for (auto& c : *s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!valid_email(*s)) {
        fail(field, "field.email");
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> JsonInput::password(const std::string& field, std::size_t min) {
    auto s = text(field, {.required = true, .max = 200, .trim = false});
    if (!s) return std::nullopt;
    if (utf8_length(*s) < min) {
        fail(field, "field.password_short", {{"min", std::to_string(min)}});
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> JsonInput::one_of(const std::string& field, std::initializer_list<std::string_view> allowed,
                                             const std::string& message_key, bool required) {
    auto s = text(field, {.required = required, .max = 100});
    if (!s) return std::nullopt;
    for (auto a : allowed)
        if (*s == a) return s;
    fail(field, message_key);
    return std::nullopt;
}

void JsonInput::done() const {
    if (!errors_.empty()) throw ApiError::validation(errors_);
}

}  // namespace sk::api
