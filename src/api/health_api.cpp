// Liveness/readiness and Prometheus metrics.
#include "api/context.h"

namespace sk::api {

namespace {

http::Response healthz(Ctx& ctx) {
    try {
        ctx.db.exec("SELECT 1");
    } catch (const std::exception&) {
        return json_response(503, R"({"status":"unavailable","database":"unreachable"})");
    }
    return json_response(200, R"({"status":"ok","database":"ok"})");
}

http::Response metrics(Ctx& ctx) {
    return http::Response::text(200, ctx.services.metrics_text ? ctx.services.metrics_text() : std::string(),
                                "text/plain; version=0.0.4; charset=utf-8");
}

}  // namespace

void add_health_routes(ApiRouter& r) {
    r.add("GET", "/healthz", healthz);
    r.add("GET", "/metrics", metrics);
}

}  // namespace sk::api
