#include "api/raw_upload.h"

#include <optional>

#include "core/file_type.h"

namespace sk::api {

std::map<std::string, FieldError> upload_header_errors(const core::UploadHeaders& headers) {
    std::map<std::string, FieldError> fields;
    for (const auto& [field, p] : headers.problems) fields[field] = FieldError{p.key, p.args};
    return fields;
}

std::string allowed_content_type(const std::string& body) {
    const auto type = core::detect_file_type(body);
    if (!type) throw ApiError{415, "file_type_not_allowed", {{"file", FieldError{"field.file_type", {}}}}, {}, {}};
    return std::string(type->content_type);
}

RawFile read_raw_file(const Ctx& ctx) {
    const auto h = core::parse_upload_headers({ctx.req.header("x-file-name"), std::nullopt, std::nullopt, std::nullopt});
    std::map<std::string, FieldError> fields;
    if (auto it = h.problems.find("fileName"); it != h.problems.end()) fields["fileName"] = FieldError{it->second.key, it->second.args};
    if (ctx.req.body.empty()) fields["file"] = FieldError{"field.file_empty", {}};
    if (!fields.empty()) throw ApiError::validation(std::move(fields));
    return RawFile{h.file_name, allowed_content_type(ctx.req.body), static_cast<std::int64_t>(ctx.req.body.size())};
}

std::string store_raw_file(Ctx& ctx, const std::string& bytes, const std::function<void(const std::string& sha256)>& record) {
    return ctx.services.files->add(ctx.db, bytes, record);
}

}  // namespace sk::api
