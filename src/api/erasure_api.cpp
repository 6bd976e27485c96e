// Erasure on request (issue 20, point 3; docs/privacy.md, "Erasure"; docs/api.md, "Own data"). A
// signed-in person asks to have their account erased (and may withdraw the request); an organiser sees
// the open requests of the people in their programmes and carries one out when every organiser
// organisation the person belongs to is one of theirs; the operator, who belongs to no tenant, sees and
// carries out every request (a person in two tenants, or in none). Nobody erases themselves: the request
// is the person's part, carrying it out someone else's. Every step is a security event.
#include <boost/json.hpp>

#include <algorithm>

#include "api/authz.h"
#include "api/context.h"
#include "api/json_input.h"
#include "api/paging.h"
#include "store/deletion_requests.h"
#include "store/erasure.h"
#include "store/security_log.h"

namespace sk::api {

namespace {

constexpr std::int64_t kPageSize = 50;

boost::json::value own_request_json(const std::optional<store::DeletionRequest>& r) {
    if (!r) return nullptr;
    return boost::json::object{{"id", r->id}, {"requestedAt", r->requested_at}, {"reason", r->reason}};
}

void event(Ctx& ctx, const std::string& action, std::int64_t user_id) {
    store::write_security_event(ctx.db, {ctx.user().id, action, "user", user_id, "{}"}, ctx.now());
}

// GET /api/me/deletion-request
http::Response my_request(Ctx& ctx) {
    return json_response(200, boost::json::serialize(boost::json::object{
                                  {"request", own_request_json(store::open_deletion_request(ctx.db, ctx.user().id))}}));
}

// POST /api/me/deletion-request {"reason"?}: 201 with the new request, 200 with the open one.
http::Response ask(Ctx& ctx) {
    JsonInput in(ctx.req.body);
    auto reason = in.text("reason", {.required = false, .max = 1000});
    in.done();
    const auto user_id = ctx.user().id;
    const bool existed = store::open_deletion_request(ctx.db, user_id).has_value();
    store::Transaction tx(ctx.db);
    const auto request = store::request_deletion(ctx.db, user_id, reason.value_or(""), ctx.now());
    if (!existed) event(ctx, "security.deletion_requested", user_id);
    tx.commit();
    return json_response(existed ? 200 : 201, boost::json::serialize(boost::json::object{{"request", own_request_json(request)}}));
}

// DELETE /api/me/deletion-request: 204; 404 when there is no open request.
http::Response withdraw(Ctx& ctx) {
    const auto user_id = ctx.user().id;
    store::Transaction tx(ctx.db);
    if (!store::withdraw_deletion_request(ctx.db, user_id, ctx.now())) throw ApiError::not_found();
    event(ctx, "security.deletion_withdrawn", user_id);
    tx.commit();
    return http::Response::empty(204);
}

// Whether `tenants` (an organiser's; empty for the operator, who may) cover every tenant of the person.
bool may_erase(Ctx& ctx, std::int64_t user_id, const std::vector<std::int64_t>& tenants, bool operator_role) {
    if (operator_role) return true;
    const auto theirs = store::person_tenants(ctx.db, user_id);
    return !theirs.empty() &&
           std::all_of(theirs.begin(), theirs.end(), [&](std::int64_t t) { return std::find(tenants.begin(), tenants.end(), t) != tenants.end(); });
}

http::Response list(Ctx& ctx, bool operator_role) {
    std::map<std::string, FieldError> errors;
    const auto page = read_page_number(ctx.req.query, errors);
    if (!errors.empty()) throw ApiError::validation(std::move(errors));
    const auto tenants = operator_role ? std::vector<std::int64_t>{} : organiser_tenants(ctx);
    const auto found = store::list_open_deletion_requests(ctx.db, tenants, operator_role, kPageSize, (page - 1) * kPageSize);
    boost::json::array rows;
    for (const auto& r : found.rows) {
        boost::json::array memberships;
        for (const auto& m : ctx.db.exec("SELECT o.name, m.role FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                                         "WHERE m.user_id = $1 ORDER BY o.name, m.role",
                                         {r.user_id})
                                 .rows)
            memberships.push_back(boost::json::object{{"organisationName", m.str(0)}, {"role", m.str(1)}});
        rows.push_back(boost::json::object{{"id", r.id},
                                           {"name", r.name},
                                           {"email", r.email},
                                           {"requestedAt", r.requested_at},
                                           {"reason", r.reason},
                                           {"memberships", std::move(memberships)},
                                           {"canErase", may_erase(ctx, r.user_id, tenants, operator_role) && r.user_id != ctx.user().id}});
    }
    return json_response(200, boost::json::serialize(boost::json::object{
                                  {"requests", std::move(rows)}, {"page", page}, {"pages", page_count(found.total, kPageSize)}, {"total", found.total}}));
}

http::Response erase(Ctx& ctx, bool operator_role) {
    const auto request = store::find_deletion_request(ctx.db, id_param(ctx, "id"));
    if (!request || request->status != "open") throw ApiError::not_found();
    const auto tenants = operator_role ? std::vector<std::int64_t>{} : organiser_tenants(ctx);
    if (!operator_role) {
        // The tenant guard let through only an organiser who shares a tenant with the person; one who
        // does not organise all of them leaves it to the operator.
        const auto theirs = store::person_tenants(ctx.db, request->user_id);
        if (std::none_of(theirs.begin(), theirs.end(), [&](std::int64_t t) { return std::find(tenants.begin(), tenants.end(), t) != tenants.end(); }))
            throw ApiError::not_found();
        if (!may_erase(ctx, request->user_id, tenants, false)) throw ApiError::conflict("erasure_needs_operator");
    }
    if (request->user_id == ctx.user().id) throw ApiError::conflict("erasure_of_self");
    store::Transaction tx(ctx.db);
    store::erase_person(ctx.db, request->user_id, ctx.now());
    event(ctx, "security.person_erased", request->user_id);
    tx.commit();
    return json_response(200, "{}");
}

// GET /api/deletion-requests?page=, POST /api/deletion-requests/{id}/erase: organisers.
http::Response organiser_list(Ctx& ctx) {
    require(is_organiser(ctx));
    return list(ctx, false);
}
http::Response organiser_erase(Ctx& ctx) {
    require(is_organiser(ctx));
    return erase(ctx, false);
}

http::Response operator_list(Ctx& ctx) {
    require_operator(ctx);
    return list(ctx, true);
}
http::Response operator_erase(Ctx& ctx) {
    require_operator(ctx);
    return erase(ctx, true);
}

}  // namespace

void add_erasure_routes(ApiRouter& r) {
    r.add("GET", "/api/me/deletion-request", my_request);
    r.add("POST", "/api/me/deletion-request", ask);
    r.add("DELETE", "/api/me/deletion-request", withdraw);
    r.add("GET", "/api/deletion-requests", organiser_list);
    r.add("POST", "/api/deletion-requests/{id}/erase", organiser_erase);
    r.add("GET", "/api/operator/deletion-requests", operator_list);
    r.add("POST", "/api/operator/deletion-requests/{id}/erase", operator_erase);
}

}  // namespace sk::api
