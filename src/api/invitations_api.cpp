// The signed-in person's own invitations (api/invitations.h): list the pending ones, accept (the membership
// is made now) or decline. Only the invitee ever answers an invitation; anyone else's is a 404.
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/json_input.h"
#include "api/me_json.h"
#include "store/accounts.h"
#include "store/invitations.h"

namespace sk::api {

namespace {

boost::json::value invitation_optional_json(const std::optional<std::string>& v) { return v ? boost::json::value(*v) : nullptr; }

http::Response my_invitations(Ctx& ctx) {
    const auto& me = ctx.user();
    boost::json::array out;
    for (const auto& r : store::pending_invitations_of_user(ctx.db, me.id, ctx.now())) {
        const auto& i = r.invitation;
        out.push_back(boost::json::object{
            {"id", i.id},
            {"organisation", boost::json::object{{"id", i.organisation_id}, {"name", r.organisation_name}, {"kind", r.organisation_kind}}},
            {"role", i.role},
            {"teamFunction", invitation_optional_json(i.team_function)},
            {"award", r.programme_id ? boost::json::value(boost::json::object{{"programmeId", *r.programme_id},
                                                                               {"programmeName", r.programme_name.value_or("")}})
                                     : nullptr},
            {"invitedBy", invitation_optional_json(r.inviter_name)},
            {"createdAt", i.created_at},
            {"expiresAt", i.expires_at}});
    }
    return json_response(200, boost::json::serialize(boost::json::object{{"invitations", std::move(out)}}));
}

// The caller's own invitation that can still be answered; 404 for anyone else's, 409 with the reason
// when it can no longer be answered.
store::Invitation answerable_invitation(Ctx& ctx) {
    const auto& me = ctx.user();
    auto inv = store::find_invitation(ctx.db, id_param(ctx, "id"));
    if (!inv || inv->user_id != me.id) throw ApiError::not_found();
    if (inv->revoked) throw ApiError::conflict("invitation_revoked");
    if (inv->accepted_at || inv->declined_at) throw ApiError::conflict("invitation_answered");
    if (inv->expired(ctx.now())) throw ApiError::conflict("invitation_expired");
    return *inv;
}

// Answers with the Me document, so the web app shows the new membership at once.
http::Response accept_invitation(Ctx& ctx) {
    JsonInput in(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
    in.done();
    store::Transaction tx(ctx.db);
    const auto inv = answerable_invitation(ctx);
    if (!store::accept_invitation(ctx.db, inv, ctx.now())) throw ApiError::conflict("invitation_answered");
    auto res = json_response(200, me_json(ctx.db, *store::find_user(ctx.db, ctx.user().id), ctx.now()));
    tx.commit();
    return res;
}

http::Response decline_invitation(Ctx& ctx) {
    JsonInput in(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
    in.done();
    store::Transaction tx(ctx.db);
    const auto inv = answerable_invitation(ctx);
    if (!store::decline_invitation(ctx.db, inv.id, ctx.now())) throw ApiError::conflict("invitation_answered");
    tx.commit();
    return http::Response::empty(204);
}

}  // namespace

void add_invitation_routes(ApiRouter& r) {
    r.add("GET", "/api/me/invitations", my_invitations);
    r.add("POST", "/api/me/invitations/{id}/accept", accept_invitation);
    r.add("POST", "/api/me/invitations/{id}/decline", decline_invitation);
}

}  // namespace sk::api
