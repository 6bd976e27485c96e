// What a log line may say about a request's path. Paths carry credentials: one-time links
// (/api/auth/tokens/{token}), the private calendar feed (/ical/{token}.ics), playbook download links,
// survey and certificate codes. So a line never shows a path as the client sent it: a request that
// matched an API route shows the route's pattern ("/api/auth/tokens/{token}"), any other request only its
// first segment ("/assets/…", "/s/…"), which is never one of ours. Query strings are never shown.
#pragma once

#include <string>

namespace sk::app {

// `route`: the matched route pattern, or a "(...)" marker when none matched (see run_pipeline).
std::string logged_path(const std::string& route, const std::string& path);

}  // namespace sk::app
