// The frameworks (key elements, criteria, level descriptors, label rule) as data.
#include <boost/json.hpp>

#include "api/context.h"

namespace sk::api {

namespace {

http::Response list_frameworks(Ctx& ctx) {
    boost::json::array items;
    for (const auto& f : ctx.services.frameworks->entries) {
        items.push_back(boost::json::object{
            {"id", f.id}, {"version", f.version}, {"name", boost::json::object{{"nl", f.name_nl}, {"en", f.name_en}}}});
    }
    return json_response(200, boost::json::serialize(boost::json::object{{"frameworks", std::move(items)}}));
}

http::Response document(const core::FrameworkEntry* f) {
    if (!f) throw ApiError::not_found();
    auto res = json_response(200, f->document);
    // Public and unchanging while the server runs.
    res.set_header("Cache-Control", "public, max-age=300");
    return res;
}

// The newest loaded version.
http::Response show_framework(Ctx& ctx) { return document(ctx.services.frameworks->find(ctx.req.param("id"))); }

// Exactly one version: what a measurement started on that version is read against.
http::Response show_version(Ctx& ctx) {
    return document(ctx.services.frameworks->find(ctx.req.param("id"), ctx.req.param("version")));
}

}  // namespace

void add_framework_routes(ApiRouter& r) {
    r.add("GET", "/api/frameworks", list_frameworks);
    r.add("GET", "/api/frameworks/{id}", show_framework);
    r.add("GET", "/api/frameworks/{id}/versions/{version}", show_version);
}

}  // namespace sk::api
