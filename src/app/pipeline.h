// The request pipeline, in order: request id, 413 for oversized bodies, routing (API routes, then the
// front-end's files with SPA fallback), CSRF and Origin checks on mutating requests, JSON content type
// (the CSV import route takes text/csv, the evidence upload raw file bytes: see body_type_ok in pipeline.cpp),
// session lookup, language, the handler (ApiError -> error shape, anything else -> 500), then security
// headers and the CSRF cookie on the way out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "api/context.h"
#include "http/static_files.h"

namespace sk::app {

inline constexpr std::size_t kJsonBodyLimit = 1 << 20;
// Evidence uploads carry the file itself as the raw body (docs/api.md, "Evidence").
inline constexpr std::size_t kEvidenceFileLimit = 20 << 20;
inline constexpr std::string_view kEvidenceUploadRoute = "/api/organisations/{orgId}/evidence/files";
// The same raw-file bodies: session report attachments (POST) and resource files (PUT).
inline constexpr std::string_view kSessionAttachmentRoute = "/api/sessions/{id}/attachments";
inline constexpr std::string_view kResourceFileRoute = "/api/resources/{id}/file";
// The CSV import takes a text/csv body of up to 20,000 rows (api/imports_api.cpp). A file of realistic Flemish
// schools is 164 bytes a row, 3.3 MB (bench/import.sh); the limit leaves ~310 bytes a row for long names and
// cells that a spreadsheet writes in quotes.
inline constexpr std::string_view kImportRoute = "/api/programmes/{id}/imports/{kind}";
inline constexpr std::size_t kImportBodyLimit = 6 << 20;

// The largest body a request may carry, decided from its method and path before the body is read
// (http::ServerOptions::body_limit): the upload routes take files, the import route CSV, every other route JSON.
std::size_t body_limit_for(const api::ApiRouter& router, const std::string& method, const std::string& path);

// `route` receives the matched route pattern (metrics label).
http::Response run_pipeline(http::Request& req, store::Db& db, const api::Services& services, const api::ApiRouter& router,
                            const http::StaticFiles& static_files, std::string& route);

// The headers every response carries.
void add_security_headers(http::Response& res, bool tls);

}  // namespace sk::app
