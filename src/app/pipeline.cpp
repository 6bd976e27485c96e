#include "app/pipeline.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

#include "api/error.h"
#include "api/session_cookie.h"
#include "api/tenant_guard.h"
#include "app/access_log.h"
#include "core/client_address.h"
#include "core/secrets.h"
#include "store/api_tokens.h"
#include "store/auth_tokens.h"
#include "store/security_log.h"
#include "store/storage_full.h"

namespace sk::app {

namespace {

// Idle limits (serve --idle-timeout*, at least 600 s) are measured from this coarse last_seen_at.
constexpr std::int64_t kTouchEverySeconds = 300;

bool is_mutating(const std::string& m) { return m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE"; }

// The GET routes that write: a survey questionnaire hands out a fresh single-use token each time it is
// fetched. They run without the read snapshot, which must never be written in.
bool writes_on_get(const std::string& route) {
    // /api/me/ical creates the feed row on first use.
    return route == "/api/public/surveys/{code}" || route == "/api/public/certificates/{code}" || route == "/api/me/ical";
}

// `/ical/{token}.ics` is the private calendar feed (no cookie; the token is the credential).
bool is_api_path(const std::string& p) {
    return p == "/api" || p.starts_with("/api/") || p == "/healthz" || p == "/metrics" || p == "/robots.txt" || p.starts_with("/ical/");
}

std::string request_id_for(const http::Request& req) {
    // Accept a proxy's id when it is short and harmless, so logs line up across hops.
    if (auto h = req.header("x-request-id"); h && !h->empty() && h->size() <= 64) {
        bool safe = true;
        for (unsigned char c : *h) safe = safe && (std::isalnum(c) || c == '-' || c == '_' || c == '.');
        if (safe) return *h;
    }
    // A random per-thread prefix and a counter: unique across threads and processes without a
    // getrandom() system call per request.
    thread_local const std::string prefix = core::random_token().substr(0, 10);
    thread_local std::uint64_t counter = 0;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%06llx", static_cast<unsigned long long>(++counter & 0xFFFFFF));
    return prefix + buf;
}

// The Origin of a browser's request must be this server; a request without Origin (curl, old
// browsers) relies on the CSRF token alone.
bool origin_ok(const http::Request& req, const api::Services& services) {
    auto origin = req.header("origin");
    if (!origin) return true;
    if (*origin == services.base_url) return true;
    auto host = req.header("host");
    return host && (*origin == "http://" + *host || *origin == "https://" + *host);
}

// Whether `Authorization` uses the Bearer scheme (case-insensitive, RFC 7235). Other schemes are not ours: a
// proxy's Basic authentication in front of a staging site reaches us too and is ignored.
bool bearer_scheme(std::string_view authorization) {
    constexpr std::string_view kScheme = "bearer";
    if (authorization.size() < kScheme.size()) return false;
    for (std::size_t i = 0; i < kScheme.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(authorization[i])) != kScheme[i]) return false;
    return authorization.size() == kScheme.size() || authorization[kScheme.size()] == ' ';
}

// The personal API token of `Authorization: Bearer skt_…` (store/api_tokens.h): 401 api_token_invalid, with the
// challenge RFC 6750 asks for, when it is no such token or the token is unknown, revoked or expired or its
// owner is no longer an organiser.
store::TokenUser api_token_user(store::Db& db, std::string_view authorization, std::int64_t now) {
    const api::ApiError invalid{401, "api_token_invalid", {}, {}, {{"WWW-Authenticate", R"(Bearer error="invalid_token")"}}};
    if (authorization.size() > 200) throw invalid;
    const auto token = authorization.substr(std::min(authorization.size(), std::string_view("bearer ").size()));
    if (!token.starts_with("skt_")) throw invalid;
    auto found = store::find_api_token_user(db, core::token_digest(token), now);
    if (!found) throw invalid;
    return *found;
}

bool csrf_ok(const http::Request& req) {
    auto cookie = req.cookie(api::kCsrfCookie);
    auto header = req.header(api::kCsrfHeader);
    return cookie && header && !cookie->empty() && core::constant_time_equal(*cookie, *header);
}

// Routes whose body is a raw file (evidence, session attachments, resource files): 20 MiB, any type.
bool is_file_upload_route(const std::string& pattern) {
    return pattern == kEvidenceUploadRoute || pattern == kSessionAttachmentRoute || pattern == kResourceFileRoute;
}

bool json_content_type(const http::Request& req) {
    auto ct = req.header("content-type");
    return ct && ct->starts_with("application/json");
}

// The routes whose request body is not JSON, by route pattern, with the media type they take instead.
// This is the one place a route opts out of the JSON-only rule (body limits: body_limit_for).
bool body_type_ok(const std::string& route, const http::Request& req) {
    // The file itself; its type is decided from its bytes, so the client's Content-Type claim is ignored.
    if (is_file_upload_route(route)) return true;
    if (route == kImportRoute) {
        auto ct = req.header("content-type");
        return ct && ct->starts_with("text/csv");
    }
    return json_content_type(req);
}

// Downloads that carry people's names, e-mail addresses or their words: each one is a security event
// (store/security_log.h), so the operator can answer "who took a copy of our data, when".
bool exports_personal_data(const std::string& route) {
    static const std::vector<std::string> exports = {
        "/api/programmes/{id}/progress.csv",          "/api/programmes/{id}/progress.xlsx",
        "/api/programmes/{id}/award/results.pdf",     "/api/programmes/{id}/award/results.xlsx",
        "/api/programmes/{id}/schools/{orgId}/answers.xlsx", "/api/programmes/{id}/schools/{orgId}/action-plan.pdf",
        "/api/programmes/{id}/schools/{orgId}/action-plan.xlsx"};
    return std::find(exports.begin(), exports.end(), route) != exports.end();
}

void record_export(store::Db& db, const api::Ctx& ctx, const std::string& route, std::int64_t now) {
    std::optional<std::int64_t> programme;
    if (auto it = ctx.req.params.find("id"); it != ctx.req.params.end()) programme = std::stoll(it->second);
    std::string detail = "{\"route\":\"" + route + "\"";
    if (auto it = ctx.req.params.find("orgId"); it != ctx.req.params.end()) detail += ",\"organisationId\":" + std::to_string(std::stoll(it->second));
    detail += "}";
    store::write_security_event(db, {ctx.session->user.id, "security.export", "programme", programme, detail}, now);
}

std::string limit_text(std::size_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

http::Response route_request(http::Request& req, store::Db& db, const api::Services& services, const api::ApiRouter& router,
                             const http::StaticFiles& static_files, std::string& route, api::Ctx& ctx) {
    if (req.body_too_large) {
        const auto lookup = router.find(req.method, req.path);
        if (lookup.match && is_file_upload_route(lookup.match->pattern)) {
            route = lookup.match->pattern;
            const std::map<std::string, std::string> args{{"limit", limit_text(kEvidenceFileLimit)}};
            throw api::ApiError{413, "file_too_large", {{"file", {"field.file_too_large", args}}}, args, {}};
        }
        if (lookup.match && lookup.match->pattern == kImportRoute) {
            route = lookup.match->pattern;
            const std::map<std::string, std::string> args{{"limit", limit_text(kImportBodyLimit)}};
            throw api::ApiError{413, "payload_too_large", {{"file", {"import.file_too_large", args}}}, args, {}};
        }
        throw api::ApiError{413, "payload_too_large", {}, {{"limit", limit_text(kJsonBodyLimit)}}, {}};
    }

    if (!is_api_path(req.path)) {
        if (req.method == "GET" || req.method == "HEAD") {
            if (auto res = static_files.serve(req)) {
                route = "(static)";
                return *res;
            }
        }
        throw api::ApiError::not_found();
    }

    auto lookup = router.find(req.method == "HEAD" ? "GET" : req.method, req.path);
    if (!lookup.match) {
        if (lookup.path_known) {
            std::string allow;
            for (const auto& m : lookup.allowed) allow += (allow.empty() ? "" : ", ") + m;
            api::ApiError e{405, "method_not_allowed", {}, {}, {{"Allow", allow}}};
            throw e;
        }
        throw api::ApiError::not_found();
    }
    route = lookup.match->pattern;
    req.params = lookup.match->params;

    std::optional<store::TokenUser> token_user;
    if (auto authorization = req.header("authorization"); authorization && bearer_scheme(*authorization)) {
        token_user = api_token_user(db, *authorization, services.now());
        ctx.api_token_id = token_user->token_id;  // from here on every answer is recorded as a use
        // Tokens are for reading and changing data; making tokens, signing in and out stay with a person.
        if (route.starts_with("/api/me/api-tokens") || route.starts_with("/api/auth/"))
            throw api::ApiError{403, "token_not_allowed", {}, {}, {}};
        if (is_mutating(req.method) && token_user->scope != "write") throw api::ApiError{403, "token_read_only", {}, {}, {}};
    }

    if (is_mutating(req.method)) {
        // A token is sent by a script in a header no other site can make a browser send (no CORS here), so
        // CSRF, an attack through a browser's cookies, does not apply to it.
        if (!token_user && (!origin_ok(req, services) || !csrf_ok(req))) throw api::ApiError{403, "csrf_failed", {}, {}, {}};
        if (!req.body.empty() && !body_type_ok(route, req)) throw api::ApiError{415, "unsupported_media_type", {}, {}, {}};
    }

    // GET handlers only read: on SQLite they share one snapshot (see Db::begin_snapshot), and the rare
    // session touch waits until the snapshot has ended.
    const bool read_only = !is_mutating(req.method) && !writes_on_get(route);
    std::optional<std::int64_t> touch_id;
    const std::int64_t now = services.now();
    http::Response res;
    {
        std::optional<store::Snapshot> snapshot;
        if (read_only) snapshot.emplace(db);
        if (token_user) {
            ctx.session = token_user->user;
            const auto accepted = req.header("accept-language");
            if (!accepted || !core::find_accepted_language(*accepted))
                ctx.lang = core::parse_language(ctx.session->user.language).value_or(core::Language::nl);
        } else if (auto token = req.cookie(api::kSessionCookie); token && !token->empty()) {
            ctx.session = store::find_session(db, core::token_digest(*token), now);
            if (ctx.session) {
                const auto accepted = req.header("accept-language");
                if (!accepted || !core::find_accepted_language(*accepted))
                    ctx.lang = core::parse_language(ctx.session->user.language).value_or(core::Language::nl);
                // Writing on every request would serialise readers behind SQLite's single writer.
                if (now - ctx.session->last_seen_at > kTouchEverySeconds) touch_id = ctx.session->session_id;
            }
        }
        if (touch_id && !read_only) {
            store::touch_session(db, *touch_id, now);
            touch_id.reset();
        }
        api::guard_tenant(ctx, req.method == "HEAD" ? "GET" : req.method, route);
        res = router.handler(lookup.match->index)(ctx);
    }
    if (touch_id) {
        // A read must keep working on a full disk: the touch is skipped (and tried again on the next request)
        // rather than turning an answer already made into a 507.
        try {
            store::touch_session(db, *touch_id, now);
        } catch (const store::DbError& e) {
            if (e.kind() != store::DbError::Kind::disk_full) throw;
            spdlog::warn("{} session not touched, the disk is full: {}", req.request_id, e.what());
        }
    }
    if (ctx.session && res.status == 200 && exports_personal_data(route)) record_export(db, ctx, route, now);
    return res;
}

}  // namespace

std::size_t body_limit_for(const api::ApiRouter& router, const std::string& method, const std::string& path) {
    if ((method == "POST" || method == "PUT") && (path.ends_with("/evidence/files") || path.ends_with("/attachments") || path.ends_with("/file"))) {
        const auto lookup = router.find(method, path);
        if (lookup.match && is_file_upload_route(lookup.match->pattern)) return kEvidenceFileLimit;
    }
    if (method == "POST" && path.find("/imports/") != std::string::npos) {
        const auto lookup = router.find(method, path);
        if (lookup.match && lookup.match->pattern == kImportRoute) return kImportBodyLimit;
    }
    return kJsonBodyLimit;
}

void add_security_headers(http::Response& res, bool tls) {
    // A handler's own policy wins: user files are served with `sandbox` (docs/api.md, evidence files).
    if (!res.header("Content-Security-Policy")) {
        res.set_header("Content-Security-Policy",
                       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    }
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Cross-Origin-Opener-Policy", "same-origin");
    res.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (tls) res.set_header("Strict-Transport-Security", "max-age=31536000");
}

http::Response run_pipeline(http::Request& req, store::Db& db, const api::Services& services, const api::ApiRouter& router,
                            const http::StaticFiles& static_files, std::string& route) {
    req.request_id = request_id_for(req);
    // From here on the client address is the real client, for rate limits and the access log alike.
    if (!services.trusted_proxies.empty())
        req.remote_address = core::client_address(req.remote_address, req.header("x-forwarded-for").value_or(""), services.trusted_proxies);
    api::Ctx ctx{req, db, services};
    if (auto al = req.header("accept-language")) ctx.lang = core::language_from_accept(*al);

    http::Response res;
    // A full disk answers 507 wherever it was met (a file of the data folder, the database's commit): the
    // writer has removed its partial file or rolled back, so the user is told that nothing was stored and
    // to try later, and the operator gets one error line per request saying which file or database.
    const auto storage_full = [&](const char* what) {
        spdlog::error("{} {} {}: the disk is full: {}", req.request_id, req.method, logged_path(route, req.path), what);
        return api::render_error(ctx.lang, api::ApiError{507, "storage_full", {}, {}, {}});
    };
    try {
        res = route_request(req, db, services, router, static_files, route, ctx);
    } catch (const api::ApiError& e) {
        res = api::render_error(ctx.lang, e);
    } catch (const store::StorageFull& e) {
        res = storage_full(e.what());
    } catch (const store::DbError& e) {
        if (e.kind() == store::DbError::Kind::disk_full) {
            res = storage_full(e.what());
        } else if (e.kind() == store::DbError::Kind::unavailable) {
            // The database is away (a restart, a fail-over): say so at once and when to try again; the
            // connection reconnects by itself. Logged once per outage by the database layer, not per request.
            res = api::render_error(ctx.lang, api::ApiError{503, "unavailable", {}, {}, {{"Retry-After", "5"}}});
        } else if (e.kind() == store::DbError::Kind::busy) {
            // The writer stayed taken past every wait (another process on the SQLite file, a PostgreSQL
            // deadlock or lock timeout): nothing was stored, and the same request will work a moment later.
            spdlog::warn("{} {} {}: {}", req.request_id, req.method, logged_path(route, req.path), e.what());
            res = api::render_error(ctx.lang, api::ApiError{503, "busy", {}, {}, {{"Retry-After", "2"}}});
        } else {
            spdlog::error("{} {} {}: {}", req.request_id, req.method, logged_path(route, req.path), e.what());
            res = api::render_error(ctx.lang, api::ApiError{500, "internal", {}, {}, {}});
        }
    } catch (const std::exception& e) {
        spdlog::error("{} {} {}: {}", req.request_id, req.method, logged_path(route, req.path), e.what());
        res = api::render_error(ctx.lang, api::ApiError{500, "internal", {}, {}, {}});
    }
    if (ctx.api_token_id) {
        // Every request made with a token, whatever its answer (docs/api.md, "API tokens").
        try {
            store::record_api_token_use(db, *ctx.api_token_id, services.now(), req.method, route, res.status, req.remote_address);
        } catch (const std::exception& e) {
            spdlog::error("{} could not record the use of API token {}: {}", req.request_id, *ctx.api_token_id, e.what());
        }
    }
    add_security_headers(res, services.tls);
    res.set_header("X-Request-Id", req.request_id);
    if (is_api_path(req.path) && !res.header("Cache-Control")) res.set_header("Cache-Control", "no-store");
    if (!req.cookie(api::kCsrfCookie) && !res.header("Set-Cookie"))
        res.headers.emplace_back("Set-Cookie", api::csrf_cookie(core::random_token(), services.tls));
    return res;
}

}  // namespace sk::app
