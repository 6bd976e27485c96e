// Shared by the action-plan handlers (docs/api.md, "Action plan"): who the caller is towards one school's
// plan, loading the plan / goal / action named by the path (401, 404, 403 in that order), the proposals,
// and the Plan/Goal/Action JSON.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "api/context.h"
#include "api/measurement_scope.h"
#include "core/action_proposal.h"
#include "store/action_plan.h"

namespace sk::api {

struct PlanAccess {
    bool organiser = false;    // organiser of the programme
    bool coordinator = false;  // coordinator of the school (taking part in the programme)
    bool team_member = false;
    bool mentor = false;       // mentor of a company with a confirmed match to the school in the programme
    bool school() const { return coordinator || team_member; }
    bool read() const { return organiser || school() || mentor; }
    // The role a comment is signed with: the closest relation to the school first.
    std::string comment_role() const;
};

PlanAccess plan_access(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id);

struct LoadedPlan {
    ProgrammeRef programme;
    store::PlanRef plan;
    PlanAccess access;
};
// The plan of path parameters {id}/{orgId}, created when it does not exist yet. 404: unknown programme or
// a school that does not take part; 403 without standing.
LoadedPlan load_plan(Ctx& ctx);
// The plan a goal or action belongs to (plan id), with the caller's standing; 403 without standing.
LoadedPlan load_plan_of(Ctx& ctx, std::int64_t plan_id);

struct LoadedGoal {
    store::PlanGoal goal;
    LoadedPlan plan;
};
LoadedGoal load_goal(Ctx& ctx);  // path parameter {goalId}

struct LoadedAction {
    store::PlanAction action;
    LoadedGoal goal;
};
LoadedAction load_action(Ctx& ctx);  // path parameter {actionId}

// The newest submitted measurement of the school in the programme and the proposals from it.
struct PlanProposals {
    std::optional<std::int64_t> measurement_id;
    std::string measurement_kind;
    std::string framework_id;
    std::string framework_version;
    std::vector<core::Proposal> proposals;
};
PlanProposals plan_proposals(Ctx& ctx, const store::PlanRef& plan);

int goal_progress(const store::PlanGoal& g);  // 0..100
int plan_progress(const std::vector<store::PlanGoal>& goals);
bool action_overdue(const store::PlanAction& a, const std::string& today);

boost::json::object action_json(const store::PlanAction& a, const std::string& today);
boost::json::object goal_json(const store::PlanGoal& g, const std::string& today);
boost::json::object plan_json(Ctx& ctx, const LoadedPlan& p);

// Creates an action under a goal of the plan and records it in the plan's history; inside the caller's
// transaction. Also used by the meeting log (a follow-up becomes an action).
std::int64_t add_plan_action(Ctx& ctx, std::int64_t plan_id, std::int64_t goal_id, const store::ActionFields& f);
// The answer with the action's JSON (docs/api.md "Action plan", Action).
http::Response plan_action_response(Ctx& ctx, int status, std::int64_t action_id);

}  // namespace sk::api
