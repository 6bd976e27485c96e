#include "api/authz.h"

#include <charconv>

namespace sk::api {

bool is_organiser(Ctx& ctx) {
    const auto& user = ctx.user();
    return !ctx.db
                .exec("SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                      "WHERE m.user_id = $1 AND m.role = 'organiser' AND o.kind = 'organiser'",
                      {user.id})
                .empty();
}

std::vector<std::int64_t> organiser_tenants(Ctx& ctx) {
    std::vector<std::int64_t> out;
    for (const auto& row : ctx.db
                               .exec("SELECT o.id FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                                     "WHERE m.user_id = $1 AND m.role = 'organiser' AND o.kind = 'organiser'",
                                     {ctx.user().id})
                               .rows)
        out.push_back(row.i64(0));
    return out;
}

bool is_operator(Ctx& ctx) {
    return !ctx.db.exec("SELECT 1 FROM users WHERE id = $1 AND is_operator = 1", {ctx.user().id}).empty();
}

void require_operator(Ctx& ctx) {
    ctx.user();
    if (!is_operator(ctx)) throw ApiError::not_found();
}

bool manages_organisation(Ctx& ctx, std::int64_t organisation_id) {
    return !ctx.db
                .exec("SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                      "WHERE m.user_id = $1 AND m.role = 'organiser' AND o.kind = 'organiser' AND (o.id = $2 OR EXISTS "
                      "(SELECT 1 FROM programmes p JOIN programme_participants pp ON pp.programme_id = p.id "
                      "WHERE p.organiser_id = o.id AND pp.organisation_id = $2))",
                      {ctx.user().id, organisation_id})
                .empty();
}

bool is_member(Ctx& ctx, std::int64_t organisation_id) {
    return !ctx.db.exec("SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2", {ctx.user().id, organisation_id})
                .empty();
}

bool has_role(Ctx& ctx, std::int64_t organisation_id, const std::string& role) {
    return !ctx.db
                .exec("SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2 AND role = $3",
                      {ctx.user().id, organisation_id, role})
                .empty();
}

bool is_programme_organiser(Ctx& ctx, std::int64_t programme_id) {
    return !ctx.db
                .exec("SELECT 1 FROM programmes p JOIN memberships m ON m.organisation_id = p.organiser_id "
                      "WHERE p.id = $1 AND m.user_id = $2 AND m.role = 'organiser'",
                      {programme_id, ctx.user().id})
                .empty();
}

bool is_programme_participant(Ctx& ctx, std::int64_t programme_id) {
    return !ctx.db
                .exec("SELECT 1 FROM programme_participants pp JOIN memberships m ON m.organisation_id = pp.organisation_id "
                      "WHERE pp.programme_id = $1 AND m.user_id = $2",
                      {programme_id, ctx.user().id})
                .empty();
}

void require(bool allowed) {
    if (!allowed) throw ApiError::forbidden();
}

std::int64_t id_param(const Ctx& ctx, const std::string& name) {
    const std::string s = ctx.req.param(name);
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || v <= 0) throw ApiError::not_found();
    return v;
}

}  // namespace sk::api
