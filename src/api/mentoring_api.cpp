// The mentor's side (docs/api.md, "Mentoring and matching"): the schools a mentor's companies are
// confirmed to, and a school's mentor as the school sees it.
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/measurement_scope.h"
#include "api/mentor_scope.h"

namespace sk::api {

namespace {

// The action plan's progress: the mean over the goals that are not dropped of (achieved: 100, else done
// actions / all actions, rounded; no actions: 0); 0 without a plan. Same rule as the plan's own answer.
std::int64_t school_plan_progress(Ctx& ctx, std::int64_t programme_id, std::int64_t school_id) {
    auto goals = ctx.db.exec(
        "SELECT g.status, (SELECT COUNT(*) FROM action_items a WHERE a.goal_id = g.id), "
        "(SELECT COUNT(*) FROM action_items a WHERE a.goal_id = g.id AND a.status = 'done') "
        "FROM action_plans p JOIN action_goals g ON g.plan_id = p.id "
        "WHERE p.programme_id = $1 AND p.organisation_id = $2 AND g.status <> 'dropped'",
        {programme_id, school_id});
    if (goals.empty()) return 0;
    std::int64_t sum = 0;
    for (const auto& g : goals.rows) {
        const auto all = g.i64(1), done = g.i64(2);
        sum += g.str(0) == "achieved" ? 100 : all == 0 ? 0 : (done * 200 + all) / (2 * all);
    }
    const auto n = static_cast<std::int64_t>(goals.rows.size());
    return (sum * 2 + n) / (2 * n);
}

// GET /api/mentoring: the confirmed schools of every company where the user is a mentor.
http::Response my_schools(Ctx& ctx) {
    const auto& user = ctx.user();
    const bool mentor = !ctx.db.exec("SELECT 1 FROM memberships WHERE user_id = $1 AND role = 'mentor'", {user.id}).empty();
    require(mentor);
    auto rows = ctx.db.exec(
        "SELECT DISTINCT mm.programme_id, p.name, mm.school_id, o.name, sp.municipality, sp.province "
        "FROM mentor_matches mm JOIN memberships m ON m.organisation_id = mm.company_id AND m.role = 'mentor' "
        "JOIN programmes p ON p.id = mm.programme_id JOIN organisations o ON o.id = mm.school_id "
        "LEFT JOIN school_profiles sp ON sp.organisation_id = mm.school_id "
        "WHERE m.user_id = $1 AND mm.status = 'confirmed' ORDER BY p.name, mm.programme_id, o.name, mm.school_id",
        {user.id});
    boost::json::array schools;
    for (const auto& r : rows.rows) {
        const auto programme_id = r.i64(0), school_id = r.i64(2);
        auto last = ctx.db.exec("SELECT MAX(held_on) FROM mentor_meetings WHERE programme_id = $1 AND school_id = $2", {programme_id, school_id});
        schools.push_back(boost::json::object{
            {"programmeId", programme_id},
            {"programmeName", r.str(1)},
            {"organisationId", school_id},
            {"name", r.str(3)},
            {"municipality", r.opt_str(4).value_or("")},
            {"province", r.opt_str(5).value_or("")},
            {"planProgress", school_plan_progress(ctx, programme_id, school_id)},
            {"lastMeetingOn", last.empty() || last.one().is_null(0) ? boost::json::value(nullptr) : boost::json::value(last.one().str(0))}});
    }
    return json_response(200, boost::json::serialize(boost::json::object{{"schools", std::move(schools)}}));
}

// GET /api/programmes/{id}/schools/{orgId}/mentor
http::Response school_mentor(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id"), school_id = id_param(ctx, "orgId");
    load_programme_ref(ctx, programme_id);
    const auto access = school_access(ctx, programme_id, school_id);
    require(access.any() || is_confirmed_mentor_of(ctx, programme_id, school_id));
    if (!is_school_participant(ctx, programme_id, school_id)) throw ApiError::not_found();
    const auto company = confirmed_company(ctx, programme_id, school_id);
    if (!company) return json_response(200, R"({"mentor":null})");
    boost::json::array mentors;
    for (const auto& r : ctx.db.exec("SELECT u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id "
                                     "WHERE m.organisation_id = $1 AND m.role = 'mentor' ORDER BY u.name, u.id",
                                     {*company})
                             .rows)
        mentors.push_back(boost::json::object{{"name", r.str(0)}, {"email", r.str(1)}});
    const auto name = ctx.db.exec("SELECT name FROM organisations WHERE id = $1", {*company}).one().str(0);
    return json_response(200, boost::json::serialize(boost::json::object{
                                  {"mentor", boost::json::object{{"companyId", *company}, {"companyName", name}, {"mentors", std::move(mentors)}}}}));
}

}  // namespace

void add_mentoring_routes(ApiRouter& r) {
    r.add("GET", "/api/mentoring", my_schools);
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/mentor", school_mentor);
}

}  // namespace sk::api
