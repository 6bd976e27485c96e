#include "api/file_response.h"

namespace sk::api {

http::Response file_response(std::string body, const std::string& content_type, const std::string& file_name) {
    http::Response res;
    res.status = 200;
    res.body = std::move(body);
    res.set_header("Content-Type", content_type);
    res.set_header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
    return res;
}

std::optional<core::Language> query_language(const Ctx& ctx) {
    const auto it = ctx.req.query.find("lang");
    if (it == ctx.req.query.end() || it->second.empty()) return ctx.lang;
    if (it->second == "nl") return core::Language::nl;
    if (it->second == "en") return core::Language::en;
    return std::nullopt;
}

core::Language require_query_language(const Ctx& ctx) {
    if (const auto lang = query_language(ctx)) return *lang;
    throw ApiError::validation({{"lang", FieldError{kBadLangKey, {}}}});
}

}  // namespace sk::api
