#include "api/file_response.h"

#include <sys/stat.h>

#include <stdexcept>

#include "http/temp_file.h"

namespace sk::api {

http::Response temp_file_response(const Ctx& ctx, const std::string& suffix, const std::function<void(const std::string& path)>& write,
                                  const std::string& content_type, const std::string& file_name) {
    auto temp = http::TempFile::create(ctx.services.tmp_dir, suffix);  // removed by its destructor if `write` throws
    write(temp->path());
    struct stat st {};
    if (::stat(temp->path().c_str(), &st) != 0) throw std::runtime_error("the export " + temp->path() + " is gone");
    http::Response res;
    res.status = 200;
    res.file = http::FileBody{temp->path(), static_cast<std::uint64_t>(st.st_size), std::move(temp)};
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
