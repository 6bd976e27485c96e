// The platform operator: creates organiser organisations (tenants) with their first organiser, and
// reads the security log. Only users with users.is_operator (`stemkompas user add --role operator`);
// for everyone else these routes do not exist (404), so they reveal nothing. See docs/api.md, Routes: "The operator".
#include <boost/json.hpp>

#include <algorithm>

#include "api/authz.h"
#include "api/context.h"
#include "api/invitations.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/json_output.h"
#include "api/messages.h"
#include "api/paging.h"
#include "mail/outbox.h"
#include "store/accounts.h"
#include "store/security_log.h"

namespace sk::api {

namespace {

constexpr std::int64_t kPageSize = 50;

// ?page=N (1 when absent); anything else is a field error (api/paging.h).
std::int64_t page_param(Ctx& ctx) {
    std::map<std::string, FieldError> errors;
    const auto page = read_page_number(ctx.req.query, errors);
    if (!errors.empty()) throw ApiError::validation(std::move(errors));
    return page;
}

// GET /api/operator/organisations?page=&q=: the organiser organisations, by name, 50 a page.
http::Response list_organisations(Ctx& ctx) {
    require_operator(ctx);
    const auto page = page_param(ctx);
    std::string q;
    if (auto it = ctx.req.query.find("q"); it != ctx.req.query.end()) q = it->second.substr(0, 200);
    const auto like = like_pattern(q);
    const std::string where = "WHERE o.kind = 'organiser' AND sk_fold(o.name) LIKE $1 ESCAPE '\\' ";
    const auto total = ctx.db.exec("SELECT COUNT(*) FROM organisations o " + where, {like}).one().i64(0);
    const auto rows = ctx.db.exec(
        "SELECT o.id, o.name, o.created_at, "
        "(SELECT COUNT(*) FROM memberships m WHERE m.organisation_id = o.id AND m.role = 'organiser'), "
        "(SELECT COUNT(*) FROM programmes p WHERE p.organiser_id = o.id), "
        // Invited organisers who have not accepted yet: a new tenant has none who accepted at first.
        "(SELECT COUNT(*) FROM invitations i WHERE i.organisation_id = o.id AND i.role = 'organiser' AND i.accepted_at IS NULL "
        "AND i.declined_at IS NULL AND i.revoked = 0 AND i.expires_at > $4) "
        "FROM organisations o " + where + "ORDER BY LOWER(o.name), o.id LIMIT $2 OFFSET $3",
        {like, kPageSize, (page - 1) * kPageSize, ctx.now()});
    boost::json::array items;
    for (const auto& r : rows.rows)
        items.push_back(boost::json::object{
            {"id", r.i64(0)}, {"name", r.str(1)}, {"createdAt", r.i64(2)}, {"organisers", r.i64(3)}, {"programmes", r.i64(4)},
            {"invitedOrganisers", r.i64(5)}});
    const std::int64_t pages = page_count(total, kPageSize);
    return json_response(200, boost::json::serialize(boost::json::object{
                                  {"organisations", std::move(items)}, {"page", page}, {"pages", pages}, {"total", total}}));
}

// The new organisation's first organiser, invited like anyone else (api/invitations.h): a new address
// chooses a password through the mailed link, an existing account accepts while signed in, so no account
// is attached to a tenant without its consent.
std::int64_t invite_first_organiser(Ctx& ctx, std::int64_t org_id, const std::string& org_name, const std::string& email,
                                    const std::string& name, const std::string& language) {
    const auto sent = create_invitation(ctx, {org_id, "organiser", std::nullopt, std::nullopt, email, name, language});
    mail::enqueue(ctx.db, invitation_mail(ctx, sent, org_name, message(sent.lang, "role.organiser")), org_id);
    return sent.id;
}

// POST /api/operator/organisations {name, organiserEmail, organiserName, language}: a new tenant and
// the invitation of its first organiser.
http::Response create_organisation(Ctx& ctx) {
    require_operator(ctx);
    JsonInput in(ctx.req.body);
    auto name = in.text("name", {.max = 200});
    auto email = in.email("organiserEmail");
    auto person = in.text("organiserName", {.max = 120});
    auto language = in.one_of("language", {"nl", "en"}, "field.language", false);
    if (name && ctx.db.exec("SELECT 1 FROM organisations WHERE kind = 'organiser' AND LOWER(name) = LOWER($1)", {*name}).empty() == false)
        in.fail("name", "field.organiser_name_taken");
    in.done();
    const auto now = ctx.now();
    store::Transaction tx(ctx.db);
    const auto org_id = store::create_organisation(ctx.db, *name, "organiser", now);
    const auto invitation = invite_first_organiser(ctx, org_id, *name, *email, *person, language.value_or("nl"));
    store::write_security_event(ctx.db,
                                {ctx.user().id, "security.organisation_created", "organisation", org_id,
                                 boost::json::serialize(boost::json::object{{"name", *name}, {"organiserEmail", *email}})},
                                now);
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(201, boost::json::serialize(boost::json::object{{"id", org_id}, {"invitationId", invitation}}));
}

// GET /api/operator/security-log?page=&action=: security events, newest first, 50 a page.
http::Response security_log(Ctx& ctx) {
    require_operator(ctx);
    const auto page = page_param(ctx);
    std::string action;
    if (auto it = ctx.req.query.find("action"); it != ctx.req.query.end() && !it->second.empty()) {
        action = it->second;
        if (!action.starts_with("security.") || action.size() > 60) throw ApiError::field("action", "field.security_action");
    }
    // A range on the action column instead of LIKE, so both databases use the index.
    const std::string where = action.empty() ? "WHERE a.action >= 'security.' AND a.action < 'security/' " : "WHERE a.action = $1 ";
    const std::vector<store::Value> filter = action.empty() ? std::vector<store::Value>{} : std::vector<store::Value>{action};
    const auto total = ctx.db.exec("SELECT COUNT(*) FROM audit_log a " + where, filter).one().i64(0);
    auto params = filter;
    params.push_back(kPageSize);
    params.push_back((page - 1) * kPageSize);
    const auto rows = ctx.db.exec(
        "SELECT a.id, a.actor_id, u.name, u.email, a.action, a.object_type, a.object_id, a.after_json, a.created_at "
        "FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id " + where + "ORDER BY a.created_at DESC, a.id DESC LIMIT $" +
            std::to_string(filter.size() + 1) + " OFFSET $" + std::to_string(filter.size() + 2),
        params);
    boost::json::array entries;
    for (const auto& r : rows.rows)
        entries.push_back(boost::json::object{{"id", r.i64(0)},
                                              {"actorId", or_null(r.opt_i64(1))},
                                              {"actorName", or_null(r.opt_str(2))},
                                              {"actorEmail", or_null(r.opt_str(3))},
                                              {"action", r.str(4)},
                                              {"objectType", r.str(5)},
                                              {"objectId", or_null(r.opt_i64(6))},
                                              {"detail", stored_json(r.opt_str(7))},
                                              {"createdAt", r.i64(8)}});
    const std::int64_t pages = page_count(total, kPageSize);
    return json_response(200, boost::json::serialize(boost::json::object{
                                  {"entries", std::move(entries)}, {"page", page}, {"pages", pages}, {"total", total}}));
}

}  // namespace

void add_operator_routes(ApiRouter& r) {
    r.add("GET", "/api/operator/organisations", list_organisations);
    r.add("POST", "/api/operator/organisations", create_organisation);
    r.add("GET", "/api/operator/security-log", security_log);
}

}  // namespace sk::api
