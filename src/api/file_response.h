// A generated file (report, export, certificate) as a download, and the `?lang=` its routes take. The
// names are ASCII we make ourselves, so they go into Content-Disposition as they are (stored uploads,
// named by their users, go through evidence_download.h instead).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "api/context.h"
#include "core/language.h"

namespace sk::api {

// The message key for a `lang` that is neither nl nor en, on the field "lang".
inline constexpr const char* kBadLangKey = "results.bad_lang";

// 200 with the file that `write` makes at the path it is given (a fresh temporary file in the data
// folder's tmp/, http/temp_file.h), its Content-Type and `Content-Disposition: attachment;
// filename="<file_name>"`. The server sends it from disk and removes it, so a 10,000-school export is
// never in memory whole. `suffix` (".xlsx") only makes a leftover recognisable.
http::Response temp_file_response(const Ctx& ctx, const std::string& suffix, const std::function<void(const std::string& path)>& write,
                                  const std::string& content_type, const std::string& file_name);

// The `lang` query parameter: nl or en; absent or empty: the request's language. nullopt for anything
// else, for a route that reports it together with its other input problems.
std::optional<core::Language> query_language(const Ctx& ctx);

// As query_language, for a route with no other input to check: a validation error on "lang".
core::Language require_query_language(const Ctx& ctx);

}  // namespace sk::api
