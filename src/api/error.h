// The one error type of the API layer. Handlers throw ApiError; the dispatcher renders it as
// {"error":{"code","message","fields":{field: message}}} in the request's language.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/language.h"
#include "http/message.h"

namespace sk::api {

struct FieldError {
    std::string key;  // a messages.h key, e.g. "field.required"
    std::map<std::string, std::string> args;
};

struct ApiError {
    int status = 400;
    std::string code;                               // e.g. "validation_failed"; message key "error.<code>"
    std::map<std::string, FieldError> fields;
    std::map<std::string, std::string> args;        // arguments of the message
    std::vector<std::pair<std::string, std::string>> headers;  // e.g. Retry-After
    // Extra members of the error object beside code/message/fields, each as serialized JSON, e.g.
    // {"current": "{...}"} for an edit conflict (the answer that is stored now).
    std::map<std::string, std::string> extra_json = {};

    static ApiError validation(std::map<std::string, FieldError> fields);
    static ApiError field(const std::string& name, std::string key, std::map<std::string, std::string> args = {});
    static ApiError unauthenticated();
    static ApiError forbidden();
    static ApiError not_found();
    // 409 with the message of `code`, which says what is in the way (not a generic "conflict").
    static ApiError conflict(const std::string& code);
    // 429 until the end of the fixed rate-limit window of `window_seconds` that holds `now`: Retry-After
    // in seconds, the message in whole minutes.
    static ApiError rate_limited(std::int64_t now, std::int64_t window_seconds);
};

http::Response render_error(core::Language lang, const ApiError& error);

}  // namespace sk::api
