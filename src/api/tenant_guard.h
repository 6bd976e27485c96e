// The tenant firewall: a second line behind each handler's own object checks. Every organiser
// organisation is a tenant; an object belongs to the tenants that run the programmes it lives in. A
// signed-in person who has nothing to do with any of those tenants gets 404 for it, the same answer as
// for an id that names nothing, so one tenant can neither reach nor even probe another's programmes,
// schools, registrations, evidence, reviews, award rounds, questions or resources. Inside a tenant the
// handler decides, and may answer 403 ("you can see it, but not do this").
//
// A person's tenants: the organiser organisations they are staff of (organiser, reviewer, jury), and
// those that run a programme their school or company takes part in. Public routes (the programme page,
// the public forms, /api/public/*, one-time links) are not guarded: they serve what anyone may see.
#pragma once

#include <string>

#include "api/context.h"

namespace sk::api {

// Throws ApiError 404 when the route's objects belong only to tenants the signed-in user has no part in.
// Anonymous requests pass (the handler answers 401). Ids that name nothing pass (the handler answers 404).
void guard_tenant(Ctx& ctx, const std::string& method, const std::string& route);

// True when the route is guarded, i.e. it names an object of a tenant; for the test that checks every
// route is either guarded or deliberately public.
bool tenant_guarded(const std::string& method, const std::string& route);

}  // namespace sk::api
