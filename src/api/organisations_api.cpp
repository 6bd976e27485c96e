// An organisation's members, and invitations into it.
#include <boost/json.hpp>

#include "api/audit_scope.h"
#include "api/authz.h"
#include "api/context.h"
#include "api/json_input.h"
#include "api/messages.h"
#include "core/secrets.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/accounts.h"
#include "store/audit.h"
#include "store/auth_tokens.h"

namespace sk::api {

namespace {

// Which roles exist in which kind of organisation.
bool role_fits_kind(const std::string& role, const std::string& kind) {
    if (kind == "organiser") return role == "organiser" || role == "reviewer" || role == "jury";
    if (kind == "school") return role == "coordinator" || role == "team_member";
    if (kind == "company") return role == "mentor" || role == "jury";
    return false;
}

store::Organisation load_organisation(Ctx& ctx, std::int64_t id) {
    auto org = store::find_organisation(ctx.db, id);
    if (!org) throw ApiError::not_found();
    return *org;
}

http::Response show_organisation(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    require(is_member(ctx, id) || is_organiser(ctx));
    const auto org = load_organisation(ctx, id);
    boost::json::array members;
    for (const auto& m : store::members_of(ctx.db, id))
        members.push_back(boost::json::object{{"userId", m.user_id},
                                              {"name", m.name},
                                              {"email", m.email},
                                              {"role", m.role},
                                              {"teamFunction", m.team_function ? boost::json::value(*m.team_function) : nullptr},
                                              {"pending", m.pending}});
    boost::json::object doc{{"id", org.id}, {"name", org.name}, {"kind", org.kind}, {"members", std::move(members)}};
    return json_response(200, boost::json::serialize(doc));
}

http::Response invite(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    const bool organiser = is_organiser(ctx);
    const bool coordinator = has_role(ctx, id, "coordinator");
    require(organiser || coordinator);
    const auto org = load_organisation(ctx, id);

    JsonInput in(ctx.req.body);
    auto email = in.email("email");
    auto name = in.text("name", {.required = true, .max = 120});
    auto role = in.one_of("role", {"organiser", "coordinator", "team_member", "mentor", "reviewer", "jury"}, "field.role");
    auto language = in.one_of("language", {"nl", "en"}, "field.language", false);
    if (role && !role_fits_kind(*role, org.kind)) in.fail("role", "field.role_not_allowed");
    if (role && !organiser && *role != "coordinator" && *role != "team_member") in.fail("role", "field.role_not_allowed");
    auto team_function = in.one_of("teamFunction", {"leader", "teacher", "support"}, "field.team_function", false);
    if (team_function && role && *role != "team_member") in.fail("teamFunction", "field.team_function_role");
    in.done();

    const std::int64_t now = ctx.now();
    store::Transaction tx(ctx.db);
    auto user = store::find_user_by_email(ctx.db, *email);
    const std::int64_t user_id = user ? user->id : store::create_user(ctx.db, *email, *name, language.value_or("nl"), std::nullopt, now);
    if (!store::add_membership(ctx.db, user_id, id, *role, now)) {
        ApiError e = ApiError::field("email", "field.already_member");
        e.status = 409;
        e.code = "conflict";
        throw e;
    }
    if (team_function)
        ctx.db.exec("UPDATE memberships SET team_function = $1 WHERE user_id = $2 AND organisation_id = $3 AND role = 'team_member'",
                    {*team_function, user_id, id});
    const auto lang = core::parse_language(user ? user->language : language.value_or("nl")).value_or(core::Language::nl);
    std::string link = ctx.services.base_url + "/";
    if (!user || !user->password_hash) {
        const std::string token = core::random_token();
        store::create_one_time_token(ctx.db, core::token_digest(token), user_id, "invite", now, now + store::kInvitationSeconds);
        link = ctx.services.base_url + "/set-password#token=" + token;
    }
    mail::enqueue(ctx.db, mail::invitation_email(lang, *email, user ? user->name : *name, org.name,
                                                 message(lang, "role." + *role), link));
    if (organiser) {
        boost::json::object after{{"organisationId", org.id}, {"organisation", org.name}, {"userId", user_id},
                                  {"name", user ? user->name : *name}, {"email", *email}, {"role", *role}};
        if (team_function) after["teamFunction"] = *team_function;
        store::write_audit(ctx.db,
                           {ctx.user().id, organiser_audit_programme(ctx, id), "invitation.create", "membership", user_id,
                            std::nullopt, boost::json::serialize(after)},
                           now);
    }
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    boost::json::object doc{{"userId", user_id}};
    return json_response(201, boost::json::serialize(doc));
}

}  // namespace

void add_organisation_routes(ApiRouter& r) {
    r.add("GET", "/api/organisations/{id}", show_organisation);
    r.add("POST", "/api/organisations/{id}/invitations", invite);
}

}  // namespace sk::api
