// An organisation's team: its members and open invitations as paged lists (read by its members and the
// organisers of its tenant, as GET /api/organisations/{id}); resend or revoke an open invitation (by its
// id), remove a member. See docs/api.md, "Programmes and onboarding". Who changes: the organisers of the
// organisation's tenant (manages_organisation) and the coordinators of that organisation. An organiser's
// action is written to the audit log.
#include <boost/json.hpp>

#include <algorithm>

#include "api/audit_scope.h"
#include "api/authz.h"
#include "api/context.h"
#include "api/json_output.h"
#include "api/invitations.h"
#include "api/page_filters.h"
#include "api/paging.h"
#include "mail/outbox.h"
#include "store/accounts.h"
#include "store/audit.h"
#include "store/invitations.h"
#include "store/security_log.h"
#include "store/team_lists.h"

namespace sk::api {

namespace {

struct TeamActor {
    store::Organisation org;
    bool organiser = false;  // the actor acts as organiser (audit)
};

TeamActor load_team_actor(Ctx& ctx) {
    ctx.user();
    const auto org_id = id_param(ctx, "id");
    const bool organiser = manages_organisation(ctx, org_id);
    require(organiser || has_role(ctx, org_id, "coordinator"));
    auto org = store::find_organisation(ctx.db, org_id);
    if (!org) throw ApiError::not_found();
    return {*org, organiser};
}

void team_audit(Ctx& ctx, const TeamActor& a, const std::string& action, const std::string& object, std::int64_t object_id,
                const boost::json::object& before, const std::optional<boost::json::object>& after) {
    if (!a.organiser) return;
    store::write_audit(ctx.db,
                       {ctx.user().id, organiser_audit_programme(ctx, a.org.id), action, object, object_id, boost::json::serialize(before),
                        after ? std::optional(boost::json::serialize(*after)) : std::nullopt},
                       ctx.now());
}

// --- the paged lists ---

// The roles an organisation of `kind` holds (organisations_api.cpp invites into no others).
std::vector<std::string> roles_of_kind(const std::string& kind) {
    if (kind == "organiser") return {"organiser", "reviewer", "jury"};
    if (kind == "school") return {"coordinator", "team_member"};
    if (kind == "company") return {"mentor", "jury"};
    return {};
}

// The organisation of a team list: 401, 403 (neither a member nor an organiser of its tenant), 404.
store::Organisation load_team_reader(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    require(is_member(ctx, id) || manages_organisation(ctx, id));
    auto org = store::find_organisation(ctx.db, id);
    if (!org) throw ApiError::not_found();
    return *org;
}

// page, size, sort, q and role of a team list, one 400 naming every bad one.
template <std::size_t N>
std::pair<PageRequest, store::TeamFilter> read_team_query(Ctx& ctx, const store::Organisation& org, const SortField (&sorts)[N],
                                                          std::string_view default_sort) {
    std::map<std::string, FieldError> bad;
    auto page = read_page(ctx.req.query, sorts, default_sort, bad);
    auto role = read_choice(ctx.req.query, "role", {"organiser", "coordinator", "team_member", "mentor", "reviewer", "jury"}, bad);
    if (!bad.empty()) throw ApiError::validation(bad);
    store::TeamFilter filter{org.id, std::move(role), page.q.empty() ? std::string() : like_pattern(page.q)};
    return {std::move(page), std::move(filter)};
}

constexpr SortField kMemberSorts[] = {
    {"name", "sk_fold(u.name)"},
    {"email", "u.email"},
    {"role", "m.role"},
};

// GET /api/organisations/{id}/members?page=&size=&sort=&q=&role=: one row per person and role.
http::Response list_members(Ctx& ctx) {
    const auto org = load_team_reader(ctx);
    const auto [page, filter] = read_team_query(ctx, org, kMemberSorts, "name");
    const auto found = store::team_members_page(ctx.db, filter, page.slice("m.id"), roles_of_kind(org.kind));
    boost::json::array rows;
    for (const auto& m : found.rows)
        rows.push_back(boost::json::object{{"id", m.id},
                                           {"userId", m.user_id},
                                           {"name", m.name},
                                           {"email", m.email},
                                           {"role", m.role},
                                           {"teamFunction", or_null(m.team_function)}});
    auto doc = page_json(page, "members", std::move(rows), found.total);
    doc["counts"] = boost::json::object{{"role", facet_counts_json(found.by_role)}};
    return json_response(200, boost::json::serialize(doc));
}

constexpr SortField kInvitationSorts[] = {
    {"email", "i.email"},
    {"role", "i.role"},
    {"createdAt", "i.created_at"},
    {"expiresAt", "i.expires_at"},
};

// GET /api/organisations/{id}/invitations?page=&size=&sort=&q=&role=: the open invitations, as typed by
// the inviter (the account behind an address is not theirs to see before it accepts).
http::Response list_invitations(Ctx& ctx) {
    const auto org = load_team_reader(ctx);
    const auto [page, filter] = read_team_query(ctx, org, kInvitationSorts, "email");
    const auto found = store::team_invitations_page(ctx.db, filter, page.slice("i.id"), roles_of_kind(org.kind));
    boost::json::array rows;
    for (const auto& i : found.rows)
        rows.push_back(boost::json::object{{"id", i.id},
                                           {"email", i.email},
                                           {"role", i.role},
                                           {"teamFunction", or_null(i.team_function)},
                                           {"createdAt", i.created_at},
                                           {"expiresAt", i.expires_at}});
    auto doc = page_json(page, "invitations", std::move(rows), found.total);
    doc["counts"] = boost::json::object{{"role", facet_counts_json(found.by_role)}};
    return json_response(200, boost::json::serialize(doc));
}

// --- invitations ---

struct InvitationTarget {
    TeamActor actor;
    store::Invitation invitation;
};

// An open invitation of the organisation in the path. A revoked one is gone for the inviter (404); an
// answered one is a 409: it is no longer theirs to change.
InvitationTarget load_invitation_target(Ctx& ctx) {
    auto actor = load_team_actor(ctx);
    const auto inv = store::find_invitation(ctx.db, id_param(ctx, "invitationId"));
    if (!inv || inv->organisation_id != actor.org.id || inv->revoked) throw ApiError::not_found();
    if (!inv->open()) throw ApiError::conflict("invitation_answered");
    return {std::move(actor), *inv};
}

// What the inviter typed; never the account behind it (see organisations_api.cpp).
boost::json::object describe_invitation(const TeamActor& a, const store::Invitation& i) {
    boost::json::object o{{"invitationId", i.id}, {"organisationId", a.org.id}, {"organisation", a.org.name},
                          {"email", i.email},     {"role", i.role}};
    if (i.team_function) o["teamFunction"] = *i.team_function;
    return o;
}

http::Response resend(Ctx& ctx) {
    const auto t = load_invitation_target(ctx);
    store::Transaction tx(ctx.db);
    const auto sent = renew_invitation(ctx, t.invitation);
    mail::enqueue_for_organisation(ctx.db, invitation_mail(ctx, sent, t.actor.org.name, t.invitation.role), t.actor.org.id);
    team_audit(ctx, t.actor, "invitation.resend", "invitation", t.invitation.id, describe_invitation(t.actor, t.invitation), std::nullopt);
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return http::Response::empty(204);
}

http::Response revoke(Ctx& ctx) {
    const auto t = load_invitation_target(ctx);
    store::Transaction tx(ctx.db);
    // The same rule as removing a member: a school keeps a coordinator, or someone invited to become one.
    if (t.actor.org.kind == "school" && t.invitation.role == "coordinator" &&
        ctx.db.exec("SELECT 1 FROM memberships WHERE organisation_id = $1 AND role = 'coordinator'", {t.actor.org.id}).empty() &&
        store::count_open_invitations(ctx.db, t.actor.org.id, "coordinator") <= 1)
        throw ApiError::conflict("last_coordinator");
    if (!store::revoke_invitation(ctx.db, t.invitation.id)) throw ApiError::conflict("invitation_answered");
    // An account made for this invitation and held by nothing else goes, with its links: nothing of a
    // revoked invitation stays behind.
    store::drop_orphan_account(ctx.db, t.invitation.user_id);
    team_audit(ctx, t.actor, "invitation.revoke", "invitation", t.invitation.id, describe_invitation(t.actor, t.invitation), std::nullopt);
    tx.commit();
    return http::Response::empty(204);
}

// --- members ---

http::Response remove_team_member(Ctx& ctx) {
    const auto actor = load_team_actor(ctx);
    const auto user_id = id_param(ctx, "userId");
    const auto user = store::find_user(ctx.db, user_id);
    if (!user) throw ApiError::not_found();
    std::vector<std::string> roles;  // sorted
    for (const auto& row :
         ctx.db.exec("SELECT role FROM memberships WHERE user_id = $1 AND organisation_id = $2 ORDER BY role", {user_id, actor.org.id}).rows)
        roles.push_back(row.str(0));
    if (roles.empty()) throw ApiError::not_found();
    std::vector<std::string> removing = roles;
    if (auto it = ctx.req.query.find("role"); it != ctx.req.query.end() && !it->second.empty()) {
        static const std::vector<std::string> kRoles = {"organiser", "coordinator", "team_member", "mentor", "reviewer", "jury"};
        if (std::find(kRoles.begin(), kRoles.end(), it->second) == kRoles.end()) throw ApiError::field("role", "field.role");
        if (std::find(roles.begin(), roles.end(), it->second) == roles.end()) throw ApiError::not_found();
        removing = {it->second};
    }
    store::Transaction tx(ctx.db);
    if (actor.org.kind == "school" && std::find(removing.begin(), removing.end(), "coordinator") != removing.end()) {
        // An open coordinator invitation counts: the school keeps someone who can act once they accept.
        const auto others = ctx.db
                                .exec("SELECT COUNT(*) FROM memberships WHERE organisation_id = $1 AND role = 'coordinator' "
                                      "AND user_id <> $2",
                                      {actor.org.id, user_id})
                                .one()
                                .i64(0) +
                            store::count_open_invitations(ctx.db, actor.org.id, "coordinator");
        if (others == 0) throw ApiError::conflict("last_coordinator");
    }
    for (const auto& role : removing)
        ctx.db.exec("DELETE FROM memberships WHERE user_id = $1 AND organisation_id = $2 AND role = $3", {user_id, actor.org.id, role});
    store::drop_orphan_account(ctx.db, user_id);
    std::vector<std::string> left;
    for (const auto& r : roles)
        if (std::find(removing.begin(), removing.end(), r) == removing.end()) left.push_back(r);
    const auto describe = [&](const std::vector<std::string>& rs) {
        boost::json::array a;
        for (const auto& r : rs) a.push_back(boost::json::value(r));
        return boost::json::object{{"organisationId", actor.org.id}, {"organisation", actor.org.name}, {"userId", user->id},
                                   {"name", user->name},             {"email", user->email},          {"roles", std::move(a)}};
    };
    team_audit(ctx, actor, "member.remove", "membership", user_id, describe(roles), describe(left));
    for (const auto& role : removing)
        store::write_security_event(ctx.db,
                                    {ctx.user().id, "security.role_changed", "user", user_id,
                                     boost::json::serialize(boost::json::object{
                                         {"organisationId", actor.org.id}, {"role", role}, {"change", "removed"}})},
                                    ctx.now());
    tx.commit();
    return http::Response::empty(204);
}

}  // namespace

void add_team_routes(ApiRouter& r) {
    r.add("GET", "/api/organisations/{id}/members", list_members);
    r.add("GET", "/api/organisations/{id}/invitations", list_invitations);
    r.add("POST", "/api/organisations/{id}/invitations/{invitationId}/resend", resend);
    r.add("DELETE", "/api/organisations/{id}/invitations/{invitationId}", revoke);
    r.add("DELETE", "/api/organisations/{id}/members/{userId}", remove_team_member);
}

}  // namespace sk::api
