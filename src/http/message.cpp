#include "http/message.h"

#include <algorithm>
#include <cctype>

namespace sk::http {

bool same_header_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

namespace {
std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}
}  // namespace

std::optional<std::string> Request::header(std::string_view name) const {
    std::string key(name);
    std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
    if (auto it = headers.find(key); it != headers.end()) return it->second;
    return std::nullopt;
}

std::optional<std::string> Request::cookie(std::string_view name) const {
    auto h = header("cookie");
    if (!h) return std::nullopt;
    std::string_view rest = *h;
    while (!rest.empty()) {
        auto semi = rest.find(';');
        std::string_view part = trim(rest.substr(0, semi));
        rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
        auto eq = part.find('=');
        if (eq == std::string_view::npos) continue;
        if (trim(part.substr(0, eq)) == name) return std::string(trim(part.substr(eq + 1)));
    }
    return std::nullopt;
}

std::string Request::param(const std::string& name) const {
    auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

void Response::set_header(std::string name, std::string value) {
    for (auto& [k, v] : headers) {
        if (same_header_name(k, name)) {
            v = std::move(value);
            return;
        }
    }
    headers.emplace_back(std::move(name), std::move(value));
}

std::optional<std::string> Response::header(std::string_view name) const {
    for (const auto& [k, v] : headers)
        if (same_header_name(k, name)) return v;
    return std::nullopt;
}

Response Response::json(int status, std::string body) {
    Response r;
    r.status = status;
    r.body = std::move(body);
    r.headers.emplace_back("Content-Type", "application/json; charset=utf-8");
    return r;
}

Response Response::text(int status, std::string body, std::string content_type) {
    Response r;
    r.status = status;
    r.body = std::move(body);
    r.headers.emplace_back("Content-Type", std::move(content_type));
    return r;
}

Response Response::empty(int status) {
    Response r;
    r.status = status;
    return r;
}

}  // namespace sk::http
