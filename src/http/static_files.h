// The built front-end (web/dist), loaded into memory at start-up and compressed once with gzip.
// Hashed assets (`/assets/name-HASH.ext`) are cached for a year; index.html is revalidated with its
// ETag each time. Paths that are not files fall back to index.html (client-side routes).
#pragma once

#include <map>
#include <optional>
#include <string>

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

}  // namespace sk::http
