// The built front-end (web/dist), loaded into memory at start-up and compressed once with gzip.
// Hashed assets (`/assets/name-HASH.ext`) are cached for a year; index.html is revalidated with its
// ETag each time. Paths that are not files fall back to the page that shows them in the browser (client-side
// routes): survey.html for the public survey pages (/s, /s/...), index.html for every other.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.h"

namespace sk::http {

class StaticFiles {
public:
    // Loads every file below `folder`; a missing folder leaves the set empty (API-only mode).
    explicit StaticFiles(const std::string& folder);
    bool empty() const { return files_.empty(); }
    std::size_t size() const { return files_.size(); }
    // A response for GET/HEAD `request`, or nullopt when there is neither a file nor an index.html.
    std::optional<Response> serve(const Request& request) const;

private:
    struct File {
        std::string body;
        std::string gzip;  // empty when compression does not pay
        std::string etag;
        std::string content_type;
        bool immutable = false;
    };
    std::map<std::string, File> files_;  // "/index.html", "/assets/app-1a2b.js", ...
};

std::string content_type_for(const std::string& path);

// The HTML page that shows a client-side route: "/survey.html" for /s and /s/..., else "/index.html" (a server
// whose web folder has no survey.html serves index.html for those too).
std::string shell_for(std::string_view path);

}  // namespace sk::http
