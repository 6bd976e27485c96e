// Serving a stored evidence file safely: the type decided at upload, a download by default
// (Content-Disposition: attachment, with an ASCII fallback name and the UTF-8 name), nosniff, a
// sandboxing CSP so a file opened in a tab cannot run script in our origin, and no caching. `inline`
// is honoured for PDF and images only. Shared by the evidence library and the label application
// snapshot (whose files outlive the school's evidence rows).
#pragma once

#include <string>

#include "api/context.h"

namespace sk::api {

// 404 when the stored file is missing.
http::Response evidence_file_response(Ctx& ctx, const std::string& sha256, const std::string& content_type,
                                      const std::string& file_name, bool want_inline);
// The Content-Disposition value for `file_name` (exposed for tests).
std::string content_disposition(const std::string& file_name, bool as_inline);
// Whether `content_type` may be shown in the browser (PDF, images).
bool inline_allowed(const std::string& content_type);

}  // namespace sk::api
