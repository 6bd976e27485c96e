#include "app/access_log.h"

namespace sk::app {

namespace {

// Longer first segments are not names of ours: a token pasted at the root is not shown either.
constexpr std::size_t kMaxShownSegment = 32;

// The path is already percent-decoded: a line break or an escape sequence would forge log lines.
bool plain(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
}

}  // namespace

std::string logged_path(const std::string& route, const std::string& path) {
    if (route.starts_with('/')) return route;
    if (!path.starts_with('/')) return "/…";
    const auto end = path.find('/', 1);
    std::string first = path.substr(1, end == std::string::npos ? std::string::npos : end - 1);
    if (first.size() > kMaxShownSegment) return "/…";
    for (char& c : first)
        if (!plain(c)) c = '?';
    const bool more = end != std::string::npos && end + 1 < path.size();
    return "/" + first + (more ? "/…" : end == std::string::npos ? "" : "/");
}

}  // namespace sk::app
