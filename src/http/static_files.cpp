#include "http/static_files.h"

#include <sodium.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace sk::http {

namespace fs = std::filesystem;

namespace {

std::string gzip(const std::string& in) {
    z_stream zs{};
    if (deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out(deflateBound(&zs, in.size()), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : std::string();
}

std::string etag_of(const std::string& body) {
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(body.data()), body.size(), nullptr, 0);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return std::string("\"") + hex + "\"";
}

bool accepts_gzip(const Request& r) {
    auto h = r.header("accept-encoding");
    return h && h->find("gzip") != std::string::npos;
}

bool compressible(const std::string& type) {
    return type.starts_with("text/") || type.find("javascript") != std::string::npos || type.find("json") != std::string::npos ||
           type.find("svg") != std::string::npos;
}

}  // namespace

std::string shell_for(std::string_view path) {
    // The public survey pages (/s, /s/{code}, /s/{code}/done) have a small page of their own (web/survey.html,
    // its own script without the app's framework and router): a pupil on a phone loads a fifth of the app.
    if (path == "/s" || path.starts_with("/s/")) return "/survey.html";
    return "/index.html";
}

std::string content_type_for(const std::string& path) {
    static const std::map<std::string, std::string> types = {
        {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".json", "application/json; charset=utf-8"}, {".svg", "image/svg+xml"}, {".png", "image/png"},
        {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"}, {".webp", "image/webp"}, {".ico", "image/x-icon"},
        {".woff2", "font/woff2"}, {".woff", "font/woff"}, {".txt", "text/plain; charset=utf-8"},
        {".webmanifest", "application/manifest+json"}, {".map", "application/json; charset=utf-8"}};
    auto ext = fs::path(path).extension().string();
    auto it = types.find(ext);
    return it == types.end() ? "application/octet-stream" : it->second;
}

StaticFiles::StaticFiles(const std::string& folder) {
    std::error_code ec;
    if (folder.empty() || !fs::is_directory(folder, ec)) return;
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
    for (auto it = fs::recursive_directory_iterator(folder, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const auto& entry = *it;
        // Hidden files and folders are build bookkeeping, not the app (Vite's .vite/manifest.json maps every
        // page's chunk): not served.
        if (entry.path().filename().string().starts_with(".")) {
            if (entry.is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream buf;
        buf << in.rdbuf();
        File f;
        f.body = buf.str();
        const std::string rel = "/" + fs::relative(entry.path(), folder).generic_string();
        f.content_type = content_type_for(rel);
        f.etag = etag_of(f.body);
        f.immutable = rel.starts_with("/assets/");  // Vite puts a content hash in these names
        if (compressible(f.content_type) && f.body.size() > 256) {
            std::string z = gzip(f.body);
            if (!z.empty() && z.size() < f.body.size()) f.gzip = std::move(z);
        }
        files_.emplace(rel, std::move(f));
    }
}

std::optional<Response> StaticFiles::serve(const Request& request) const {
    auto it = files_.find(request.path);
    if (it == files_.end() && request.path == "/") it = files_.find("/index.html");
    bool fallback = false;
    if (it == files_.end()) {
        // A missing hashed asset is a real 404, not the app shell: a stale page must not get HTML as JS.
        if (request.path.starts_with("/assets/")) return std::nullopt;
        it = files_.find(shell_for(request.path));
        if (it == files_.end()) it = files_.find("/index.html");
        fallback = true;
        if (it == files_.end()) return std::nullopt;
    }
    const File& f = it->second;
    Response r;
    r.set_header("Content-Type", f.content_type);
    r.set_header("ETag", f.etag);
    r.set_header("Vary", "Accept-Encoding");
    r.set_header("Cache-Control", f.immutable && !fallback ? "public, max-age=31536000, immutable" : "no-cache");
    if (auto inm = request.header("if-none-match"); inm && *inm == f.etag) {
        r.status = 304;
        return r;
    }
    if (!f.gzip.empty() && accepts_gzip(request)) {
        r.set_header("Content-Encoding", "gzip");
        r.body = f.gzip;
    } else {
        r.body = f.body;
    }
    return r;
}

}  // namespace sk::http
