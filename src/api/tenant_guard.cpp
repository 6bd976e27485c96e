#include "api/tenant_guard.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <vector>

namespace sk::api {

namespace {

// The tenants of an organisation: itself when it is an organiser organisation, else the organisers of
// the programmes it takes part in.
constexpr const char* kOrganisationTenants =
    "SELECT id FROM organisations WHERE id = $1 AND kind = 'organiser' "
    "UNION SELECT p.organiser_id FROM programme_participants pp JOIN programmes p ON p.id = pp.programme_id "
    "WHERE pp.organisation_id = $1";

std::string via_programme(const std::string& table) {
    return "SELECT p.organiser_id FROM " + table + " x JOIN programmes p ON p.id = x.programme_id WHERE x.id = $1";
}

// Which object a path parameter names, by the route's first segment: the query lists its tenants.
struct Owner {
    std::string segment;  // "/api/<segment>/..."
    std::string param;
    std::string tenants_sql;
};

const std::vector<Owner>& owners() {
    static const std::vector<Owner> list = {
        {"programmes", "id", "SELECT organiser_id FROM programmes WHERE id = $1"},
        {"programmes", "orgId", kOrganisationTenants},
        {"programmes", "schoolOrgId", kOrganisationTenants},
        {"organisations", "id", kOrganisationTenants},
        {"organisations", "orgId", kOrganisationTenants},
        {"registrations", "id", via_programme("registrations")},
        {"measurements", "id", via_programme("measurements")},
        {"surveys", "surveyId", via_programme("surveys")},
        {"label-applications", "id", via_programme("label_applications")},
        {"sessions", "id", via_programme("network_sessions")},
        {"working-groups", "id", via_programme("working_groups")},
        {"working-groups", "orgId", kOrganisationTenants},
        {"meetings", "meetingId", via_programme("mentor_meetings")},
        {"action-goals", "goalId",
         "SELECT p.organiser_id FROM action_goals g JOIN action_plans a ON a.id = g.plan_id JOIN programmes p ON p.id = a.programme_id "
         "WHERE g.id = $1"},
        {"actions", "actionId",
         "SELECT p.organiser_id FROM action_items i JOIN action_goals g ON g.id = i.goal_id JOIN action_plans a ON a.id = g.plan_id "
         "JOIN programmes p ON p.id = a.programme_id WHERE i.id = $1"},
        {"evidence", "id",
         "SELECT p.organiser_id FROM evidence e JOIN programme_participants pp ON pp.organisation_id = e.organisation_id "
         "JOIN programmes p ON p.id = pp.programme_id WHERE e.id = $1"},
        {"questions", "id", "SELECT organiser_id FROM questions WHERE id = $1"},
        {"playbook-requests", "id", "SELECT organiser_id FROM playbook_requests WHERE id = $1"},
        {"undelivered-mail", "id", "SELECT organiser_id FROM outbox WHERE id = $1"},
        // A person's request: the tenants of their memberships (erasure_api.cpp wants all of them).
        {"deletion-requests", "id",
         "SELECT o.id FROM deletion_requests d JOIN memberships m ON m.user_id = d.user_id JOIN organisations o ON o.id = m.organisation_id "
         "WHERE d.id = $1 AND o.kind = 'organiser' "
         "UNION SELECT p.organiser_id FROM deletion_requests d JOIN memberships m ON m.user_id = d.user_id "
         "JOIN programme_participants pp ON pp.organisation_id = m.organisation_id JOIN programmes p ON p.id = pp.programme_id WHERE d.id = $1"},
        // A published resource without a programme is the shared library: anyone signed in reads it;
        // changing it stays with its owner (resources_api.cpp checks that, the guard hides the rest).
        {"resources", "id", "SELECT organiser_id FROM resources WHERE id = $1 AND NOT (published = 1 AND programme_id IS NULL AND $2 = 1)"},
    };
    return list;
}

// Routes that serve what anyone may see: a published programme's page and its public forms.
bool is_public_route(const std::string& method, const std::string& route) {
    if (route.starts_with("/api/public/") || route.starts_with("/api/auth/") || route.starts_with("/api/frameworks") ||
        route == "/api/me" || route.starts_with("/api/me/") || route.starts_with("/api/operator/") || route.starts_with("/ical/"))
        return true;
    if (method == "GET" && route == "/api/programmes/{id}") return true;
    return method == "POST" && (route == "/api/programmes/{id}/school-registrations" || route == "/api/programmes/{id}/mentor-registrations");
}

std::string first_segment(const std::string& route) {
    if (!route.starts_with("/api/")) return {};
    const auto end = route.find('/', 5);
    return route.substr(5, end == std::string::npos ? std::string::npos : end - 5);
}

std::optional<std::int64_t> positive_id(const std::string& s) {
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || v <= 0) return std::nullopt;
    return v;
}

std::vector<std::int64_t> user_tenants(Ctx& ctx) {
    std::vector<std::int64_t> out;
    for (const auto& row : ctx.db
                               .exec("SELECT o.id FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                                     "WHERE m.user_id = $1 AND o.kind = 'organiser' "
                                     "UNION SELECT p.organiser_id FROM memberships m JOIN programme_participants pp "
                                     "ON pp.organisation_id = m.organisation_id JOIN programmes p ON p.id = pp.programme_id "
                                     "WHERE m.user_id = $1",
                                     {ctx.session->user.id})
                               .rows)
        out.push_back(row.i64(0));
    return out;
}

}  // namespace

bool tenant_guarded(const std::string& method, const std::string& route) {
    if (is_public_route(method, route)) return false;
    const auto segment = first_segment(route);
    return std::any_of(owners().begin(), owners().end(), [&](const Owner& o) {
        return o.segment == segment && route.find("{" + o.param + "}") != std::string::npos;
    });
}

void guard_tenant(Ctx& ctx, const std::string& method, const std::string& route) {
    if (!ctx.session || is_public_route(method, route)) return;
    const auto segment = first_segment(route);
    std::optional<std::vector<std::int64_t>> mine;  // read once, only when an object is named
    const std::int64_t reading = method == "GET" || method == "HEAD" ? 1 : 0;
    for (const auto& owner : owners()) {
        if (owner.segment != segment) continue;
        const auto it = ctx.req.params.find(owner.param);
        if (it == ctx.req.params.end()) continue;
        const auto id = positive_id(it->second);
        if (!id) continue;
        std::vector<store::Value> args{*id};
        if (owner.tenants_sql.find("$2") != std::string::npos) args.push_back(reading);
        const auto theirs = ctx.db.exec(owner.tenants_sql, args);
        if (std::none_of(theirs.rows.begin(), theirs.rows.end(), [](const auto& row) { return !row.is_null(0); })) continue;
        if (!mine) mine = user_tenants(ctx);
        const bool shared = std::any_of(theirs.rows.begin(), theirs.rows.end(), [&](const auto& row) {
            return !row.is_null(0) && std::find(mine->begin(), mine->end(), row.i64(0)) != mine->end();
        });
        if (!shared) throw ApiError::not_found();
    }
}

}  // namespace sk::api
