#include "api/action_plan_scope.h"

#include <cmath>
#include <map>

#include "api/authz.h"
#include "api/json_output.h"
#include "core/brussels_date.h"
#include "store/measurements.h"
#include "store/mentor_access.h"

namespace sk::api {

std::string PlanAccess::comment_role() const {
    if (coordinator) return "coordinator";
    if (team_member) return "team_member";
    if (organiser) return "organiser";
    return "mentor";
}

PlanAccess plan_access(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id) {
    const auto school = school_access(ctx, programme_id, organisation_id);
    PlanAccess a;
    a.organiser = school.organiser;
    a.coordinator = school.coordinator;
    a.team_member = school.team_member;
    a.mentor = store::is_confirmed_mentor(ctx.db, ctx.user().id, programme_id, organisation_id);
    return a;
}

LoadedPlan load_plan(Ctx& ctx) {
    ctx.user();
    const auto programme = load_programme_ref(ctx, id_param(ctx, "id"));
    const auto org_id = id_param(ctx, "orgId");
    const auto access = plan_access(ctx, programme.id, org_id);
    require(access.read());
    if (!is_school_participant(ctx, programme.id, org_id)) throw ApiError::not_found();
    return {programme, store::plan_ensure(ctx.db, programme.id, org_id, ctx.now()), access};
}

LoadedPlan load_plan_of(Ctx& ctx, std::int64_t plan_id) {
    const auto plan = store::plan_find(ctx.db, plan_id);
    if (!plan) throw ApiError::not_found();
    const auto access = plan_access(ctx, plan->programme_id, plan->organisation_id);
    require(access.read());
    return {load_programme_ref(ctx, plan->programme_id), *plan, access};
}

LoadedGoal load_goal(Ctx& ctx) {
    ctx.user();
    auto goal = store::plan_goal(ctx.db, id_param(ctx, "goalId"));
    if (!goal) throw ApiError::not_found();
    auto plan = load_plan_of(ctx, goal->plan_id);
    return {std::move(*goal), std::move(plan)};
}

LoadedAction load_action(Ctx& ctx) {
    ctx.user();
    auto action = store::plan_action(ctx.db, id_param(ctx, "actionId"));
    if (!action) throw ApiError::not_found();
    auto goal = store::plan_goal(ctx.db, action->goal_id);
    if (!goal) throw ApiError::not_found();
    auto plan = load_plan_of(ctx, goal->plan_id);
    return {std::move(*action), {std::move(*goal), std::move(plan)}};
}

PlanProposals plan_proposals(Ctx& ctx, const store::PlanRef& plan) {
    PlanProposals out;
    auto r = ctx.db.exec(
        "SELECT id, kind, framework_id, framework_version FROM measurements WHERE programme_id = $1 AND organisation_id = $2 "
        "AND status = 'submitted' ORDER BY submitted_at DESC, id DESC LIMIT 1",
        {plan.programme_id, plan.organisation_id});
    if (r.empty()) return out;
    const auto& row = r.one();
    out.measurement_id = row.i64(0);
    out.measurement_kind = row.str(1);
    out.framework_id = row.str(2);
    out.framework_version = row.str(3);
    const auto* entry = ctx.services.frameworks ? ctx.services.frameworks->find(out.framework_id, out.framework_version) : nullptr;
    if (!entry) return out;  // a framework version this server does not load: no proposals, nothing to guess
    std::map<std::string, core::Level> levels;
    for (const auto& a : store::measurement_answers(ctx.db, *out.measurement_id))
        if (a.level) levels[a.criterion_id] = core::parse_level(*a.level).value_or(core::Level::not_yet);
    std::vector<core::CriterionLevel> criteria;
    for (const auto& c : entry->framework->criteria) {
        const auto it = levels.find(c.id);
        criteria.push_back({c.id, it != levels.end() ? it->second : core::Level::not_yet});
    }
    out.proposals = core::propose_actions(entry->framework->label_rule, criteria, store::plan_covered(ctx.db, plan.id),
                                          store::plan_dismissed(ctx.db, plan.id));
    return out;
}

int goal_progress(const store::PlanGoal& g) {
    if (g.fields.status == "achieved") return 100;
    if (g.actions.empty()) return 0;
    std::size_t done = 0;
    for (const auto& a : g.actions) done += a.status == "done";
    return static_cast<int>(std::lround(100.0 * static_cast<double>(done) / static_cast<double>(g.actions.size())));
}

int plan_progress(const std::vector<store::PlanGoal>& goals) {
    int sum = 0, n = 0;
    for (const auto& g : goals)
        if (g.fields.status != "dropped") {
            sum += goal_progress(g);
            ++n;
        }
    return n == 0 ? 0 : static_cast<int>(std::lround(static_cast<double>(sum) / n));
}

bool action_overdue(const store::PlanAction& a, const std::string& today) {
    return a.status != "done" && a.due_on && *a.due_on < today;  // 'YYYY-MM-DD' compares like the date
}

boost::json::object action_json(const store::PlanAction& a, const std::string& today) {
    return {{"id", a.id},
            {"goalId", a.goal_id},
            {"title", a.title},
            {"ownerUserId", or_null(a.owner_user_id)},
            {"ownerName", or_null(a.owner_name)},
            {"dueOn", or_null(a.due_on)},
            {"status", a.status},
            {"overdue", action_overdue(a, today)},
            {"completedAt", or_null(a.completed_at)}};
}

boost::json::object goal_json(const store::PlanGoal& g, const std::string& today) {
    boost::json::array criteria, actions, comments;
    for (const auto& c : g.fields.criterion_ids) criteria.emplace_back(c);
    for (const auto& a : g.actions) actions.push_back(action_json(a, today));
    for (const auto& c : g.comments)
        comments.push_back(boost::json::object{
            {"id", c.id}, {"authorName", c.author_name}, {"authorRole", c.author_role}, {"body", c.body}, {"createdAt", c.created_at}});
    const auto& f = g.fields;
    return {{"id", g.id},
            {"planId", g.plan_id},
            {"title", f.title},
            {"criterionIds", std::move(criteria)},
            {"targetLevel", f.target_level},
            {"successIndicator", f.success_indicator},
            {"ownerUserId", or_null(f.owner_user_id)},
            {"ownerName", or_null(g.owner_name)},
            {"startOn", or_null(f.start_on)},
            {"endOn", or_null(f.end_on)},
            {"resources", f.resources},
            {"monitoring", f.monitoring},
            {"status", f.status},
            {"progress", goal_progress(g)},
            {"actions", std::move(actions)},
            {"comments", std::move(comments)},
            {"createdAt", g.created_at},
            {"updatedAt", g.updated_at}};
}

boost::json::object plan_json(Ctx& ctx, const LoadedPlan& p) {
    const auto today = core::brussels_date(ctx.now());
    const auto goals = store::plan_goals(ctx.db, p.plan.id);
    boost::json::array goals_json;
    for (const auto& g : goals) goals_json.push_back(goal_json(g, today));
    const auto proposals = plan_proposals(ctx, p.plan);
    boost::json::array proposals_json;
    for (const auto& pr : proposals.proposals) {
        boost::json::array suggestions;
        if (ctx.services.suggestions)
            for (const auto* s : ctx.services.suggestions->for_criterion(proposals.framework_id, proposals.framework_version, pr.criterion_id))
                suggestions.push_back(boost::json::object{{"id", s->id}, {"text", s->text.in(ctx.lang)}});
        proposals_json.push_back(boost::json::object{{"criterionId", pr.criterion_id},
                                                     {"currentLevel", core::level_id(pr.current)},
                                                     {"targetLevel", core::level_id(pr.target)},
                                                     {"reason", core::proposal_reason_id(pr.reason)},
                                                     {"suggestions", std::move(suggestions)}});
    }
    const auto name = ctx.db.exec("SELECT name FROM organisations WHERE id = $1", {p.plan.organisation_id}).one().str(0);
    return {{"id", p.plan.id},
            {"programmeId", p.plan.programme_id},
            {"organisationId", p.plan.organisation_id},
            {"organisationName", name},
            {"progress", plan_progress(goals)},
            {"goals", std::move(goals_json)},
            {"proposals", std::move(proposals_json)},
            {"measurement", proposals.measurement_id
                                ? boost::json::value(boost::json::object{{"id", *proposals.measurement_id}, {"kind", proposals.measurement_kind}})
                                : boost::json::value(nullptr)},
            {"canEdit", p.access.coordinator},
            {"canComment", p.access.read()}};
}

}  // namespace sk::api
