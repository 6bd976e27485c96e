// Our own request and response types. Handlers see only these, never Beast or a database backend.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sk::http {

// Header names compare without regard to ASCII case (RFC 9110 5.1).
bool same_header_name(std::string_view a, std::string_view b);

struct Request {
    std::string method;                              // "GET", "POST", ...
    std::string target;                              // raw target, path + query
    std::string path;                                // decoded path, no query
    std::map<std::string, std::string> query;        // decoded query parameters
    std::map<std::string, std::string> headers;      // lower-case names
    std::map<std::string, std::string> params;       // path parameters filled by the router
    std::string body;
    std::string remote_address;                      // the client: the TCP peer, or whom a trusted proxy forwarded (app/pipeline.cpp)
    bool tls = false;                                // true when the public base URL is https
    std::string request_id;
    bool body_too_large = false;                     // set by the server: the body was not read (413)

    std::optional<std::string> header(std::string_view name) const;
    std::optional<std::string> cookie(std::string_view name) const;
    std::string param(const std::string& name) const;  // "" when absent
};

class TempFile;

// A body the server sends from a file on disk in bounded pieces, so a download or an export is never in
// memory whole (server.cpp). The server opens the file when it answers; a file gone by then is a 404.
struct FileBody {
    std::string path;
    std::uint64_t size = 0;  // at the time of the handler (the server sends what the open file holds)
    // A temporary file (http/temp_file.h): removed once the server has opened it to send, or when the
    // last copy of the response goes without being sent.
    std::shared_ptr<TempFile> temp;
};

struct Response {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;                // ignored when `file` is set
    std::optional<FileBody> file;

    std::uint64_t body_size() const { return file ? file->size : body.size(); }

    void set_header(std::string name, std::string value);
    std::optional<std::string> header(std::string_view name) const;
    static Response json(int status, std::string body);
    static Response text(int status, std::string body, std::string content_type = "text/plain; charset=utf-8");
    static Response empty(int status);
};

}  // namespace sk::http
