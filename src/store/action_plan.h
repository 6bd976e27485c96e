// The action plan of a school in a programme: goals with their criteria, actions and comments, the
// dismissed proposals and the change history. Tables: migrations/008_action_plan.sql. Every function is
// prefixed `plan_` so it never collides with other stores. No authorization here (api/action_plan_scope.h).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct PlanRef {
    std::int64_t id = 0;
    std::int64_t programme_id = 0;
    std::int64_t organisation_id = 0;
};

struct PlanAction {
    std::int64_t id = 0;
    std::int64_t goal_id = 0;
    std::string title;
    std::optional<std::int64_t> owner_user_id;
    std::optional<std::string> owner_name;
    std::optional<std::string> due_on;
    std::string status = "todo";  // todo | doing | done
    std::optional<std::int64_t> completed_at;
};

struct PlanComment {
    std::int64_t id = 0;
    std::string author_name;
    std::string author_role;
    std::string body;
    std::int64_t created_at = 0;
};

// What a coordinator sets on a goal (the whole row: a PATCH merges into the stored one first).
struct GoalFields {
    std::string title;
    std::vector<std::string> criterion_ids;
    std::string target_level;
    std::string success_indicator;
    std::optional<std::int64_t> owner_user_id;
    std::optional<std::string> start_on;
    std::optional<std::string> end_on;
    std::string resources;
    std::string monitoring;
    std::string status = "not_started";
};

struct PlanGoal {
    std::int64_t id = 0;
    std::int64_t plan_id = 0;
    GoalFields fields;
    std::optional<std::string> owner_name;
    std::int64_t created_at = 0;
    std::int64_t updated_at = 0;
    std::vector<PlanAction> actions;     // creation order
    std::vector<PlanComment> comments;   // oldest first
};

struct ActionFields {
    std::string title;
    std::optional<std::int64_t> owner_user_id;
    std::optional<std::string> due_on;
    std::string status = "todo";
};

// The plan of the school in the programme, created (empty) when there is none yet.
PlanRef plan_ensure(Db& db, std::int64_t programme_id, std::int64_t organisation_id, std::int64_t now);
std::optional<PlanRef> plan_find(Db& db, std::int64_t plan_id);

std::vector<PlanGoal> plan_goals(Db& db, std::int64_t plan_id);
std::optional<PlanGoal> plan_goal(Db& db, std::int64_t goal_id);
std::optional<PlanAction> plan_action(Db& db, std::int64_t action_id);

std::int64_t plan_create_goal(Db& db, std::int64_t plan_id, const GoalFields& f, std::int64_t now);
void plan_update_goal(Db& db, std::int64_t goal_id, const GoalFields& f, std::int64_t now);
void plan_delete_goal(Db& db, std::int64_t goal_id);

// `completed_at` is stored as given; `clear_overdue_notice` forgets that the overdue mail went out.
std::int64_t plan_create_action(Db& db, std::int64_t goal_id, const ActionFields& f, std::optional<std::int64_t> completed_at,
                                std::int64_t now);
void plan_update_action(Db& db, std::int64_t action_id, const ActionFields& f, std::optional<std::int64_t> completed_at,
                        bool clear_overdue_notice, std::int64_t now);
void plan_delete_action(Db& db, std::int64_t action_id);

std::int64_t plan_add_comment(Db& db, std::int64_t goal_id, std::int64_t author_id, const std::string& author_name,
                              const std::string& author_role, const std::string& body, std::int64_t now);

void plan_dismiss(Db& db, std::int64_t plan_id, const std::string& criterion_id, std::int64_t user_id, std::int64_t now);
std::set<std::string> plan_dismissed(Db& db, std::int64_t plan_id);
// Every criterion in a goal of the plan (any status).
std::set<std::string> plan_covered(Db& db, std::int64_t plan_id);

struct PlanHistoryEntry {
    std::int64_t at = 0;
    std::string actor_name;
    std::string kind;
    std::string target;
    std::int64_t target_id = 0;
    std::string target_title;
    std::string changes;  // JSON
};
void plan_add_history(Db& db, std::int64_t plan_id, std::int64_t actor_id, const std::string& actor_name, std::int64_t now,
                      const PlanHistoryEntry& e);
std::vector<PlanHistoryEntry> plan_history(Db& db, std::int64_t plan_id);  // newest first

// Whether `user_id` is a coordinator or team member of the school (a possible owner).
bool plan_is_school_member(Db& db, std::int64_t organisation_id, std::int64_t user_id);
std::optional<std::string> plan_user_name(Db& db, std::int64_t user_id);

// An overdue action (due before `today`, not done) of a school.
struct OverdueAction {
    std::int64_t action_id = 0;
    std::string title;
    std::string due_on;
    std::string goal_title;
    std::int64_t programme_id = 0;
    std::int64_t organisation_id = 0;
    std::string organisation_name;
    std::optional<std::int64_t> owner_user_id;
    std::optional<std::string> owner_name;
};
// The overdue actions of every school where the user is coordinator or team member (taking part in
// the plan's programme), the user's own first, then by due date and id.
std::vector<OverdueAction> plan_overdue_for_user(Db& db, std::int64_t user_id, const std::string& today);

}  // namespace sk::store
