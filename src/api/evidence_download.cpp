#include "api/evidence_download.h"

#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <cctype>
#include <string_view>

#include "store/file_store.h"
#include "store/storage_full.h"

namespace sk::api {

bool inline_allowed(const std::string& content_type) {
    return content_type == "application/pdf" || content_type == "image/png" || content_type == "image/jpeg" ||
           content_type == "image/gif" || content_type == "image/webp";
}

std::string content_disposition(const std::string& file_name, bool as_inline) {
    // filename="": printable ASCII only, without quotes or backslashes; filename*: RFC 5987 UTF-8.
    std::string ascii, encoded;
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (unsigned char c : file_name) {
        if ((c & 0xC0) != 0x80)  // one stand-in per character, not per byte
            ascii += (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';') ? static_cast<char>(c) : '_';
        if (std::isalnum(c) || std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos) {
            encoded += static_cast<char>(c);
        } else {
            encoded += '%';
            encoded += kHex[c >> 4];
            encoded += kHex[c & 15];
        }
    }
    if (ascii.empty()) ascii = "file";
    return std::string(as_inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

http::Response evidence_file_response(Ctx& ctx, const std::string& sha256, const std::string& content_type,
                                      const std::string& file_name, bool want_inline) {
    // Sent from a local file by the server (http::FileBody): a 20 MiB upload is not read into memory. When the
    // database store cannot write its local copy (the machine's disk is full), the file is sent from memory
    // instead, at most the 20 MiB upload limit: a download is a read and should not fail like a write.
    std::optional<std::string> path, bytes;
    try {
        path = ctx.services.files->local_path(ctx.db, sha256);
    } catch (const store::StorageFull& e) {
        spdlog::warn("{} file {}: no local copy ({}), sent from memory", ctx.req.request_id, sha256, e.what());
        bytes = ctx.services.files->read(ctx.db, sha256);
        if (!bytes) throw ApiError::not_found();
    }
    struct stat st {};
    if (!bytes && (!path || ::stat(path->c_str(), &st) != 0 || !S_ISREG(st.st_mode))) {
        spdlog::error("{} file {} is missing from the {} store", ctx.req.request_id, sha256, store::file_store_kind_name(ctx.services.files->kind()));
        throw ApiError::not_found();
    }
    http::Response res;
    res.status = 200;
    if (bytes) res.body = std::move(*bytes);
    else res.file = http::FileBody{*path, static_cast<std::uint64_t>(st.st_size), nullptr};
    res.set_header("Content-Type", content_type);
    res.set_header("Content-Disposition", content_disposition(file_name, want_inline && inline_allowed(content_type)));
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Content-Security-Policy", "sandbox");
    res.set_header("Cache-Control", "private, no-store");
    return res;
}

}  // namespace sk::api
