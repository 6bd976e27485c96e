// An organisation's members and open invitations, and inviting someone into it (api/invitations.h: the
// membership is only made when the person accepts). Who: the organisation's members see it; organisers
// of its tenant and its coordinators invite (a coordinator only into their own school, as coordinator or
// team member).
#include <boost/json.hpp>

#include "api/audit_scope.h"
#include "api/authz.h"
#include "api/context.h"
#include "api/invitations.h"
#include "api/json_input.h"
#include "api/rate_limit.h"
#include "mail/outbox.h"
#include "store/accounts.h"
#include "store/audit.h"
#include "store/invitations.h"

namespace sk::api {

namespace {

constexpr RateLimit kInvitationsPerHour{50, 3600};

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
    require(is_member(ctx, id) || manages_organisation(ctx, id));
    const auto org = load_organisation(ctx, id);
    boost::json::array members;
    for (const auto& m : store::members_of(ctx.db, id))
        members.push_back(boost::json::object{{"userId", m.user_id},
                                              {"name", m.name},
                                              {"email", m.email},
                                              {"role", m.role},
                                              {"teamFunction", m.team_function ? boost::json::value(*m.team_function) : nullptr}});
    // Only what the inviter typed: before acceptance the account behind the address is not theirs to see.
    boost::json::array invitations;
    for (const auto& i : store::open_invitations_of_organisation(ctx.db, id))
        invitations.push_back(boost::json::object{{"id", i.id},
                                                  {"email", i.email},
                                                  {"role", i.role},
                                                  {"teamFunction", i.team_function ? boost::json::value(*i.team_function) : nullptr},
                                                  {"createdAt", i.created_at},
                                                  {"expiresAt", i.expires_at}});
    boost::json::object doc{{"id", org.id},
                            {"name", org.name},
                            {"kind", org.kind},
                            {"members", std::move(members)},
                            {"invitations", std::move(invitations)}};
    return json_response(200, boost::json::serialize(doc));
}

http::Response invite(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    const bool organiser = manages_organisation(ctx, id);
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
    // Every invitation mails someone, so an inviter may send a bounded number: enough for a whole team at
    // once, not enough to use the platform to flood mailboxes. Bulk enrolment goes through the CSV import.
    if (const auto hit = count_attempt(ctx, "invite:user:" + std::to_string(ctx.user().id), kInvitationsPerHour); !hit.allowed)
        throw too_many_attempts(hit.retry_after);

    const std::int64_t now = ctx.now();
    store::Transaction tx(ctx.db);
    const auto sent = create_invitation(ctx, {id, *role, team_function, std::nullopt, *email, *name, language.value_or("nl")});
    mail::enqueue_for_organisation(ctx.db, invitation_mail(ctx, sent, org.name, *role), id);
    if (organiser) {
        // What the inviter typed, never the account behind it: the audit log is read by every organiser of
        // the tenant.
        boost::json::object after{{"invitationId", sent.id}, {"organisationId", org.id}, {"organisation", org.name},
                                  {"email", *email},         {"role", *role}};
        if (team_function) after["teamFunction"] = *team_function;
        store::write_audit(ctx.db,
                           {ctx.user().id, organiser_audit_programme(ctx, id), "invitation.create", "invitation", sent.id, std::nullopt,
                            boost::json::serialize(after)},
                           now);
    }
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(201, boost::json::serialize(boost::json::object{{"invitationId", sent.id}}));
}

}  // namespace

void add_organisation_routes(ApiRouter& r) {
    r.add("GET", "/api/organisations/{id}", show_organisation);
    r.add("POST", "/api/organisations/{id}/invitations", invite);
}

}  // namespace sk::api
