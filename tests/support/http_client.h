// A small real HTTP client for API tests (libcurl), with a cookie jar and automatic CSRF header, so a
// test reads like a browser session: log in, then call routes.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sk::test {

struct HttpResponse {
    int status = 0;
    std::multimap<std::string, std::string> headers;  // lower-case names
    std::string body;

    std::optional<std::string> header(const std::string& lower_name) const;
    std::vector<std::string> headers_named(const std::string& lower_name) const;
    std::string json_string(const std::string& pointer) const;  // e.g. "/error/fields/email"; "" when absent
    long long json_int(const std::string& pointer) const;       // -1 when absent
    bool json_has(const std::string& pointer) const;
};

// One request and its answer as a test made it, for observers of every exchange (the OpenAPI contract
// check of the API tests, tests/api/openapi_contract.cpp).
struct HttpExchange {
    std::string method;
    std::string path;  // with the query
    std::string request_content_type;
    std::string request_body;
    const HttpResponse& response;
};

class HttpClient {
public:
    // Called after every exchange of every client when set (tests set it once, before any request).
    static inline std::function<void(const HttpExchange&)> observer;

    explicit HttpClient(std::string base_url);
    HttpResponse get(const std::string& path, const std::map<std::string, std::string>& headers = {});
    HttpResponse post(const std::string& path, const std::string& body, const std::map<std::string, std::string>& headers = {});
    HttpResponse put(const std::string& path, const std::string& body, const std::map<std::string, std::string>& headers = {});
    HttpResponse send(const std::string& method, const std::string& path, const std::string& body,
                      const std::map<std::string, std::string>& headers = {});

    // Cookies kept from Set-Cookie headers (Max-Age=0 removes one).
    std::map<std::string, std::string> cookies;
    bool send_csrf = true;                 // echo the sk_csrf cookie in X-CSRF-Token on mutating requests
    std::string language = "nl";           // Accept-Language; empty sends none

    // POST /api/auth/login; returns the response.
    HttpResponse login(const std::string& email, const std::string& password);

private:
    std::string base_;
};

// JSON string literal for a value (escapes quotes, backslashes, control characters).
std::string json_quote(const std::string& s);

}  // namespace sk::test
