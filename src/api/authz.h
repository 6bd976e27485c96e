// Authorization checks on objects. Every handler that touches an organisation's data asks here, with
// the object's own organisation id, never only "is this route allowed for this role".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "api/context.h"

namespace sk::api {

// A member with role `organiser` of an organisation of kind `organiser`: programme staff of SOME
// tenant. Only for "may this person use organiser features at all"; never to reach an object (use
// manages_organisation or is_programme_organiser, which are scoped to the user's own tenant).
bool is_organiser(Ctx& ctx);
// The organiser organisations (tenants) the user is an organiser of; empty for anyone else.
std::vector<std::int64_t> organiser_tenants(Ctx& ctx);
// A platform operator (users.is_operator): creates organiser organisations and their first organiser,
// reads the security log. Operators hold no tenant data by that role.
bool is_operator(Ctx& ctx);
// For the operator's routes: 401 without a session, 404 for anyone but the operator (the routes do not
// exist for them).
void require_operator(Ctx& ctx);
// The user is an organiser of `organisation_id`'s tenant: it is the organiser organisation they are an
// organiser of, or a school or company taking part in a programme such an organisation runs.
bool manages_organisation(Ctx& ctx, std::int64_t organisation_id);
bool is_member(Ctx& ctx, std::int64_t organisation_id);
bool has_role(Ctx& ctx, std::int64_t organisation_id, const std::string& role);

// An organiser of the organisation that runs programme `programme_id` (false when it does not exist).
bool is_programme_organiser(Ctx& ctx, std::int64_t programme_id);
// A member (any role) of an organisation that takes part in programme `programme_id`.
bool is_programme_participant(Ctx& ctx, std::int64_t programme_id);

// Throws 403 unless `allowed`.
void require(bool allowed);

// A positive integer path parameter; anything else is a 404 (it cannot name an object).
std::int64_t id_param(const Ctx& ctx, const std::string& name);

}  // namespace sk::api
