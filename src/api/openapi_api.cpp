// GET /api/openapi.json: the API's OpenAPI 3.1 document (docs/openapi.json, compiled in), public like the
// frameworks. tests/api/openapi_test.cpp keeps it and the router in step: every route in both.
#include <sodium.h>

#include "api/context.h"
#include "core/hex.h"

namespace sk::api {

const std::string& openapi_document();  // generated from docs/openapi.json (cmake/embed_file.cmake)

namespace {

http::Response show(Ctx& ctx) {
    // The document only changes with the binary: a hash of it is a strong ETag.
    static const std::string etag = [] {
        unsigned char digest[crypto_generichash_BYTES];
        const auto& doc = openapi_document();
        crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(doc.data()), doc.size(), nullptr, 0);
        return "\"" + core::hex_encode(std::string_view(reinterpret_cast<const char*>(digest), 16)) + "\"";
    }();
    if (ctx.req.header("if-none-match") == etag) {
        auto res = http::Response::empty(304);
        res.set_header("ETag", etag);
        return res;
    }
    auto res = json_response(200, openapi_document());
    res.set_header("ETag", etag);
    res.set_header("Cache-Control", "public, max-age=3600");
    return res;
}

}  // namespace

void add_openapi_routes(ApiRouter& r) { r.add("GET", "/api/openapi.json", show); }

}  // namespace sk::api
