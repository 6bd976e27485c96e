#include "api/error.h"

#include <boost/json.hpp>

#include "api/messages.h"

namespace sk::api {

ApiError ApiError::validation(std::map<std::string, FieldError> fields) {
    ApiError e;
    e.status = 400;
    e.code = "validation_failed";
    e.fields = std::move(fields);
    return e;
}

ApiError ApiError::field(const std::string& name, std::string key, std::map<std::string, std::string> args) {
    return validation({{name, FieldError{std::move(key), std::move(args)}}});
}

ApiError ApiError::unauthenticated() { return ApiError{401, "unauthenticated", {}, {}, {}}; }
ApiError ApiError::forbidden() { return ApiError{403, "forbidden", {}, {}, {}}; }
ApiError ApiError::not_found() { return ApiError{404, "not_found", {}, {}, {}}; }
ApiError ApiError::conflict(const std::string& code) { return ApiError{409, code, {}, {}, {}}; }

ApiError ApiError::rate_limited(std::int64_t now, std::int64_t window_seconds) {
    const std::int64_t retry = window_seconds - now % window_seconds;
    ApiError e{429, "rate_limited", {}, {{"minutes", std::to_string((retry + 59) / 60)}}, {}};
    e.headers.emplace_back("Retry-After", std::to_string(retry));
    return e;
}

http::Response render_error(core::Language lang, const ApiError& error) {
    boost::json::object fields;
    for (const auto& [name, fe] : error.fields) fields[name] = message(lang, fe.key, fe.args);
    boost::json::object err{{"code", error.code}, {"message", message(lang, "error." + error.code, error.args)}, {"fields", std::move(fields)}};
    for (const auto& [name, json] : error.extra_json) err[name] = boost::json::parse(json);
    boost::json::object body{{"error", std::move(err)}};
    auto res = http::Response::json(error.status, boost::json::serialize(body));
    for (const auto& [k, v] : error.headers) res.headers.emplace_back(k, v);
    return res;
}

}  // namespace sk::api
