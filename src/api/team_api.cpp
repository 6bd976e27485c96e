// A school's (or any organisation's) team: resend or revoke a pending invitation, remove a member.
// See docs/api.md, "Programmes and onboarding". Who: organisers (any organisation) and the
// coordinators of that organisation. An organiser's action is written to the audit log.
#include <boost/json.hpp>

#include <algorithm>

#include "api/audit_scope.h"
#include "api/authz.h"
#include "api/context.h"
#include "api/messages.h"
#include "core/secrets.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/accounts.h"
#include "store/audit.h"
#include "store/auth_tokens.h"

namespace sk::api {

namespace {

struct Target {
    store::Organisation org;
    store::User user;
    std::vector<std::string> roles;  // the user's roles in the organisation, sorted
    bool organiser = false;          // the actor acts as organiser (audit)
};

Target load_member_target(Ctx& ctx) {
    ctx.user();
    const auto org_id = id_param(ctx, "id");
    const auto user_id = id_param(ctx, "userId");
    const bool organiser = is_organiser(ctx);
    require(organiser || has_role(ctx, org_id, "coordinator"));
    auto org = store::find_organisation(ctx.db, org_id);
    if (!org) throw ApiError::not_found();
    auto user = store::find_user(ctx.db, user_id);
    if (!user) throw ApiError::not_found();
    Target t{*org, *user, {}, organiser};
    for (const auto& row :
         ctx.db.exec("SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2 ORDER BY role", {user_id, org_id}).rows)
        t.roles.push_back(row.str(0));
    if (t.roles.empty()) throw ApiError::not_found();
    return t;
}

void audit(Ctx& ctx, const Target& t, const std::string& action, const boost::json::object& before,
           const std::optional<boost::json::object>& after) {
    if (!t.organiser) return;
    store::write_audit(ctx.db,
                       {ctx.user().id, organiser_audit_programme(ctx, t.org.id), action, "membership", t.user.id,
                        boost::json::serialize(before), after ? std::optional(boost::json::serialize(*after)) : std::nullopt},
                       ctx.now());
}

boost::json::object describe(const Target& t, const std::vector<std::string>& roles) {
    boost::json::array r;
    for (const auto& role : roles) r.push_back(boost::json::value(role));
    return {{"organisationId", t.org.id}, {"organisation", t.org.name}, {"userId", t.user.id},
            {"name", t.user.name},        {"email", t.user.email},      {"roles", std::move(r)}};
}

// Unused invitation links of the user stop working.
void retire_invitations(Ctx& ctx, std::int64_t user_id) {
    ctx.db.exec("UPDATE one_time_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = 'invite' AND used_at IS NULL",
                {ctx.now(), user_id});
}

// After memberships are removed: an invited user without a password and without any other membership
// is deleted, so nothing of a revoked invitation stays behind (their tokens go with them).
void drop_orphan(Ctx& ctx, std::int64_t user_id) {
    ctx.db.exec("DELETE FROM users WHERE id = $1 AND password_hash IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM memberships WHERE user_id = $1)",
                {user_id});
}

http::Response resend(Ctx& ctx) {
    auto t = load_member_target(ctx);
    if (t.user.password_hash) throw ApiError::conflict("not_pending");
    const auto now = ctx.now();
    store::Transaction tx(ctx.db);
    retire_invitations(ctx, t.user.id);
    const std::string token = core::random_token();
    store::create_one_time_token(ctx.db, core::token_digest(token), t.user.id, "invite", now, now + store::kInvitationSeconds);
    const auto lang = core::parse_language(t.user.language).value_or(core::Language::nl);
    // Coordinator first when the user holds several roles: the most telling one.
    std::string role = t.roles.front();
    for (const auto& r : t.roles)
        if (r == "coordinator") role = r;
    mail::enqueue(ctx.db, mail::invitation_email(lang, t.user.email, t.user.name, t.org.name, message(lang, "role." + role),
                                                 ctx.services.base_url + "/set-password#token=" + token));
    audit(ctx, t, "invitation.resend", describe(t, t.roles), std::nullopt);
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return http::Response::empty(204);
}

http::Response revoke(Ctx& ctx) {
    auto t = load_member_target(ctx);
    if (t.user.password_hash) throw ApiError::conflict("not_pending");
    store::Transaction tx(ctx.db);
    ctx.db.exec("DELETE FROM memberships WHERE user_id = $1 AND organisation_id = $2", {t.user.id, t.org.id});
    ctx.db.exec("DELETE FROM one_time_tokens WHERE user_id = $1 AND purpose = 'invite' AND used_at IS NULL", {t.user.id});
    drop_orphan(ctx, t.user.id);
    audit(ctx, t, "invitation.revoke", describe(t, t.roles), std::nullopt);
    tx.commit();
    return http::Response::empty(204);
}

http::Response remove_team_member(Ctx& ctx) {
    auto t = load_member_target(ctx);
    std::vector<std::string> removing = t.roles;
    if (auto it = ctx.req.query.find("role"); it != ctx.req.query.end() && !it->second.empty()) {
        static const std::vector<std::string> kRoles = {"organiser", "coordinator", "team_member", "mentor", "reviewer", "jury"};
        if (std::find(kRoles.begin(), kRoles.end(), it->second) == kRoles.end()) throw ApiError::field("role", "field.role");
        if (std::find(t.roles.begin(), t.roles.end(), it->second) == t.roles.end()) throw ApiError::not_found();
        removing = {it->second};
    }
    store::Transaction tx(ctx.db);
    if (t.org.kind == "school" && std::find(removing.begin(), removing.end(), "coordinator") != removing.end()) {
        // Invited coordinators count: the school keeps someone who can act once they accept.
        const auto others = ctx.db
                                .exec("SELECT COUNT(*) FROM memberships WHERE organisation_id = $1 AND role = 'coordinator' "
                                      "AND user_id <> $2",
                                      {t.org.id, t.user.id})
                                .one()
                                .i64(0);
        if (others == 0) throw ApiError::conflict("last_coordinator");
    }
    for (const auto& role : removing)
        ctx.db.exec("DELETE FROM memberships WHERE user_id = $1 AND organisation_id = $2 AND role = $3", {t.user.id, t.org.id, role});
    if (ctx.db.exec("SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2", {t.user.id, t.org.id}).empty() &&
        !t.user.password_hash)
        ctx.db.exec("DELETE FROM one_time_tokens WHERE user_id = $1 AND purpose = 'invite' AND used_at IS NULL", {t.user.id});
    drop_orphan(ctx, t.user.id);
    std::vector<std::string> left;
    for (const auto& r : t.roles)
        if (std::find(removing.begin(), removing.end(), r) == removing.end()) left.push_back(r);
    audit(ctx, t, "member.remove", describe(t, t.roles), describe(t, left));
    tx.commit();
    return http::Response::empty(204);
}

}  // namespace

void add_team_routes(ApiRouter& r) {
    r.add("POST", "/api/organisations/{id}/invitations/{userId}/resend", resend);
    r.add("DELETE", "/api/organisations/{id}/invitations/{userId}", revoke);
    r.add("DELETE", "/api/organisations/{id}/members/{userId}", remove_team_member);
}

}  // namespace sk::api
