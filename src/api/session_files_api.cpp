// Attachments of a session report: raw-body uploads like evidence files (same checks and types, the
// same content-addressed folder), read by the session's audience. See docs/api.md.
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/evidence_download.h"
#include "api/raw_upload.h"
#include "api/session_scope.h"
#include "store/evidence_files.h"
#include "store/sessions.h"

namespace sk::api {

namespace {

// POST /api/sessions/{id}/attachments
http::Response upload_attachment(Ctx& ctx) {
    const auto s = load_session_as_organiser(ctx, id_param(ctx, "id"));
    const auto file = read_raw_file(ctx);
    store::Attachment a;
    a.session_id = s.id;
    a.file_name = file.name;
    a.content_type = file.content_type;
    a.size = file.size;
    store_raw_file(ctx, ctx.req.body, [&](const std::string& sha) {
        a.sha256 = sha;
        a.id = store::add_attachment(ctx.db, a, ctx.user().id, ctx.now());
    });
    return json_response(201, boost::json::serialize(boost::json::object{
                                  {"id", a.id},
                                  {"fileName", a.file_name},
                                  {"contentType", a.content_type},
                                  {"size", a.size},
                                  {"url", "/api/sessions/" + std::to_string(s.id) + "/attachments/" + std::to_string(a.id)}}));
}

// DELETE /api/sessions/{id}/attachments/{attId}
http::Response remove_attachment(Ctx& ctx) {
    const auto s = load_session_as_organiser(ctx, id_param(ctx, "id"));
    const auto a = store::find_attachment(ctx.db, s.id, id_param(ctx, "attId"));
    if (!a) throw ApiError::not_found();
    {
        store::Transaction tx(ctx.db);
        store::delete_attachment(ctx.db, a->id);
        tx.commit();
    }
    ctx.services.files->remove_unused(ctx.db, a->sha256);
    return http::Response::empty(204);
}

// GET /api/sessions/{id}/attachments/{attId}
http::Response download_attachment(Ctx& ctx) {
    const auto [s, access] = load_session(ctx, id_param(ctx, "id"));
    const auto a = store::find_attachment(ctx.db, s.id, id_param(ctx, "attId"));
    if (!a) throw ApiError::not_found();
    const auto it = ctx.req.query.find("inline");
    return evidence_file_response(ctx, a->sha256, a->content_type, a->file_name, it != ctx.req.query.end() && it->second == "1");
}

}  // namespace

void add_session_file_routes(ApiRouter& r) {
    r.add("POST", "/api/sessions/{id}/attachments", upload_attachment);
    r.add("DELETE", "/api/sessions/{id}/attachments/{attId}", remove_attachment);
    r.add("GET", "/api/sessions/{id}/attachments/{attId}", download_attachment);
}

}  // namespace sk::api
