#include "support/http_client.h"

#include <curl/curl.h>

#include <boost/json.hpp>
#include <stdexcept>

namespace sk::test {

namespace {
size_t on_body(char* data, size_t size, size_t n, void* user) {
    static_cast<std::string*>(user)->append(data, size * n);
    return size * n;
}
size_t on_header(char* data, size_t size, size_t n, void* user) {
    auto* headers = static_cast<std::multimap<std::string, std::string>*>(user);
    std::string line(data, size * n);
    auto colon = line.find(':');
    if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string value = line.substr(colon + 1);
        while (!value.empty() && (value.front() == ' ')) value.erase(0, 1);
        while (!value.empty() && (value.back() == '\r' || value.back() == '\n')) value.pop_back();
        headers->emplace(name, value);
    }
    return size * n;
}
const boost::json::value* at_pointer(const std::string& body, const std::string& pointer, boost::json::value& holder) {
    boost::system::error_code ec;
    holder = boost::json::parse(body, ec);
    if (ec) return nullptr;
    return holder.find_pointer(pointer, ec);
}
}  // namespace

std::optional<std::string> HttpResponse::header(const std::string& name) const {
    auto it = headers.find(name);
    if (it == headers.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> HttpResponse::headers_named(const std::string& name) const {
    std::vector<std::string> out;
    auto [a, b] = headers.equal_range(name);
    for (auto it = a; it != b; ++it) out.push_back(it->second);
    return out;
}

std::string HttpResponse::json_string(const std::string& pointer) const {
    boost::json::value holder;
    auto* v = at_pointer(body, pointer, holder);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

long long HttpResponse::json_int(const std::string& pointer) const {
    boost::json::value holder;
    auto* v = at_pointer(body, pointer, holder);
    return v && v->is_int64() ? v->as_int64() : -1;
}

bool HttpResponse::json_has(const std::string& pointer) const {
    boost::json::value holder;
    return at_pointer(body, pointer, holder) != nullptr;
}

HttpClient::HttpClient(std::string base_url) : base_(std::move(base_url)) {}

HttpResponse HttpClient::get(const std::string& path, const std::map<std::string, std::string>& headers) {
    return send("GET", path, "", headers);
}
HttpResponse HttpClient::post(const std::string& path, const std::string& body, const std::map<std::string, std::string>& headers) {
    return send("POST", path, body, headers);
}
HttpResponse HttpClient::put(const std::string& path, const std::string& body, const std::map<std::string, std::string>& headers) {
    return send("PUT", path, body, headers);
}

HttpResponse HttpClient::send(const std::string& method, const std::string& path, const std::string& body,
                              const std::map<std::string, std::string>& extra) {
    CURL* curl = curl_easy_init();
    if (!curl) throw std::runtime_error("curl_easy_init failed");
    HttpResponse res;
    const std::string url = base_ + path;
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &res.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &res.headers);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    if (method == "HEAD") curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    const bool mutating = method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
    if (mutating) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    }
    std::map<std::string, std::string> headers;
    if (mutating) headers["Content-Type"] = "application/json";
    if (!language.empty()) headers["Accept-Language"] = language;
    if (mutating && send_csrf && cookies.count("sk_csrf")) headers["X-CSRF-Token"] = cookies["sk_csrf"];
    std::string cookie_header;
    for (const auto& [k, v] : cookies) cookie_header += (cookie_header.empty() ? "" : "; ") + k + "=" + v;
    if (!cookie_header.empty()) headers["Cookie"] = cookie_header;
    for (const auto& [k, v] : extra) headers[k] = v;
    headers["Expect"] = "";  // no 100-continue round trip
    curl_slist* list = nullptr;
    for (const auto& [k, v] : headers) list = curl_slist_append(list, (k + (v.empty() ? ";" : ": " + v)).c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    const CURLcode rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(list);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK && status == 0) throw std::runtime_error(std::string("HTTP request failed: ") + curl_easy_strerror(rc));
    res.status = static_cast<int>(status);
    for (const auto& sc : res.headers_named("set-cookie")) {
        auto eq = sc.find('=');
        auto semi = sc.find(';');
        if (eq == std::string::npos) continue;
        std::string name = sc.substr(0, eq);
        std::string value = sc.substr(eq + 1, semi == std::string::npos ? std::string::npos : semi - eq - 1);
        if (sc.find("Max-Age=0") != std::string::npos || value.empty()) cookies.erase(name);
        else cookies[name] = value;
    }
    if (observer) {
        const auto type = headers.find("Content-Type");
        observer(HttpExchange{method, path, type == headers.end() ? std::string() : type->second, mutating ? body : std::string(), res});
    }
    return res;
}

HttpResponse HttpClient::login(const std::string& email, const std::string& password) {
    if (!cookies.count("sk_csrf")) get("/api/me");  // like the web app: the first GET sets the CSRF cookie
    return post("/api/auth/login", "{\"email\":" + json_quote(email) + ",\"password\":" + json_quote(password) + "}");
}

std::string json_quote(const std::string& s) { return boost::json::serialize(boost::json::value(s)); }

}  // namespace sk::test
