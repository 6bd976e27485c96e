// Reads a JSON request body field by field and collects a message per bad field, so one answer names
// every problem ("email: enter a valid e-mail address", "password: this field is required").
//
//   JsonInput in(req.body);                 // throws ApiError malformed_json / not an object
//   auto email = in.email("email");
//   auto name = in.text("name", {.max = 120});
//   in.done();                              // throws ApiError validation_failed when a field was bad
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "api/error.h"

namespace boost::json { class object; class value; }

namespace sk::api {

struct TextRules {
    bool required = true;
    std::size_t max = 200;  // in Unicode code points
    bool trim = true;
};

class JsonInput {
public:
    explicit JsonInput(std::string_view body);
    ~JsonInput();
    JsonInput(const JsonInput&) = delete;
    JsonInput& operator=(const JsonInput&) = delete;

    // Missing or null optional text gives nullopt; "" after trimming counts as missing.
    std::optional<std::string> text(const std::string& field, TextRules rules = {});
    std::optional<std::string> email(const std::string& field, bool required = true);  // lower-cased
    // The password is not trimmed; `min` characters at least.
    std::optional<std::string> password(const std::string& field, std::size_t min);
    std::optional<std::string> one_of(const std::string& field, std::initializer_list<std::string_view> allowed,
                                      const std::string& message_key, bool required = true);

    void fail(const std::string& field, std::string key, std::map<std::string, std::string> args = {});
    bool ok() const { return errors_.empty(); }
    void done() const;  // throws ApiError::validation with every collected field message

private:
    const boost::json::value* get(const std::string& field) const;
    boost::json::object* object_;
    std::map<std::string, FieldError> errors_;
};

std::size_t utf8_length(std::string_view s);
bool valid_email(std::string_view s);

}  // namespace sk::api
