#include "store/action_plan.h"

#include <map>

namespace sk::store {

namespace {

const char* kActionColumns =
    "a.id, a.goal_id, a.title, a.owner_user_id, u.name, a.due_on, a.status, a.completed_at "
    "FROM action_items a LEFT JOIN users u ON u.id = a.owner_user_id ";

PlanAction action_of(const Row& r) {
    PlanAction a;
    a.id = r.i64(0);
    a.goal_id = r.i64(1);
    a.title = r.str(2);
    a.owner_user_id = r.opt_i64(3);
    a.owner_name = r.opt_str(4);
    a.due_on = r.opt_str(5);
    a.status = r.str(6);
    a.completed_at = r.opt_i64(7);
    return a;
}

const char* kGoalColumns =
    "g.id, g.plan_id, g.title, g.target_level, g.success_indicator, g.owner_user_id, u.name, g.start_on, g.end_on, g.resources, "
    "g.monitoring, g.status, g.created_at, g.updated_at FROM action_goals g LEFT JOIN users u ON u.id = g.owner_user_id ";

PlanGoal goal_of(const Row& r) {
    PlanGoal g;
    g.id = r.i64(0);
    g.plan_id = r.i64(1);
    g.fields.title = r.str(2);
    g.fields.target_level = r.str(3);
    g.fields.success_indicator = r.str(4);
    g.fields.owner_user_id = r.opt_i64(5);
    g.owner_name = r.opt_str(6);
    g.fields.start_on = r.opt_str(7);
    g.fields.end_on = r.opt_str(8);
    g.fields.resources = r.str(9);
    g.fields.monitoring = r.str(10);
    g.fields.status = r.str(11);
    g.created_at = r.i64(12);
    g.updated_at = r.i64(13);
    return g;
}

// Fills criteria, actions and comments of the goals (by id) with one query each.
void fill(Db& db, std::vector<PlanGoal>& goals, const std::string& where, const Value& key) {
    std::map<std::int64_t, PlanGoal*> by_id;
    for (auto& g : goals) by_id[g.id] = &g;
    for (const auto& r : db.exec("SELECT c.goal_id, c.criterion_id FROM action_goal_criteria c JOIN action_goals g ON g.id = c.goal_id WHERE " +
                                     where + " ORDER BY c.goal_id, c.position",
                                 {key})
                             .rows)
        if (auto it = by_id.find(r.i64(0)); it != by_id.end()) it->second->fields.criterion_ids.push_back(r.str(1));
    for (const auto& r : db.exec(std::string("SELECT ") + kActionColumns + "JOIN action_goals g ON g.id = a.goal_id WHERE " + where +
                                     " ORDER BY a.id",
                                 {key})
                             .rows)
        if (auto it = by_id.find(r.i64(1)); it != by_id.end()) it->second->actions.push_back(action_of(r));
    for (const auto& r : db.exec("SELECT c.goal_id, c.id, c.author_name, c.author_role, c.body, c.created_at FROM action_comments c "
                                 "JOIN action_goals g ON g.id = c.goal_id WHERE " +
                                     where + " ORDER BY c.id",
                                 {key})
                             .rows)
        if (auto it = by_id.find(r.i64(0)); it != by_id.end())
            it->second->comments.push_back({r.i64(1), r.str(2), r.str(3), r.str(4), r.i64(5)});
}

void write_criteria(Db& db, std::int64_t goal_id, const std::vector<std::string>& ids) {
    db.exec("DELETE FROM action_goal_criteria WHERE goal_id = $1", {goal_id});
    std::int64_t pos = 0;
    for (const auto& c : ids)
        db.exec("INSERT INTO action_goal_criteria (goal_id, criterion_id, position) VALUES ($1, $2, $3)", {goal_id, c, pos++});
}

}  // namespace

PlanRef plan_ensure(Db& db, std::int64_t programme_id, std::int64_t organisation_id, std::int64_t now) {
    auto found = db.exec("SELECT id FROM action_plans WHERE programme_id = $1 AND organisation_id = $2", {programme_id, organisation_id});
    if (found.empty())
        found = db.exec("INSERT INTO action_plans (programme_id, organisation_id, created_at) VALUES ($1, $2, $3) "
                        "ON CONFLICT (programme_id, organisation_id) DO NOTHING RETURNING id",
                        {programme_id, organisation_id, now});
    if (found.empty())  // created by a concurrent request between the two statements
        found = db.exec("SELECT id FROM action_plans WHERE programme_id = $1 AND organisation_id = $2", {programme_id, organisation_id});
    return {found.one().i64(0), programme_id, organisation_id};
}

std::optional<PlanRef> plan_find(Db& db, std::int64_t plan_id) {
    auto r = db.exec("SELECT id, programme_id, organisation_id FROM action_plans WHERE id = $1", {plan_id});
    if (r.empty()) return std::nullopt;
    return PlanRef{r.one().i64(0), r.one().i64(1), r.one().i64(2)};
}

std::vector<PlanGoal> plan_goals(Db& db, std::int64_t plan_id) {
    std::vector<PlanGoal> goals;
    for (const auto& r : db.exec(std::string("SELECT ") + kGoalColumns + "WHERE g.plan_id = $1 ORDER BY g.id", {plan_id}).rows)
        goals.push_back(goal_of(r));
    fill(db, goals, "g.plan_id = $1", plan_id);
    return goals;
}

std::optional<PlanGoal> plan_goal(Db& db, std::int64_t goal_id) {
    auto r = db.exec(std::string("SELECT ") + kGoalColumns + "WHERE g.id = $1", {goal_id});
    if (r.empty()) return std::nullopt;
    std::vector<PlanGoal> goals{goal_of(r.one())};
    fill(db, goals, "g.id = $1", goal_id);
    return std::move(goals.front());
}

std::optional<PlanAction> plan_action(Db& db, std::int64_t action_id) {
    auto r = db.exec(std::string("SELECT ") + kActionColumns + "WHERE a.id = $1", {action_id});
    if (r.empty()) return std::nullopt;
    return action_of(r.one());
}

std::int64_t plan_create_goal(Db& db, std::int64_t plan_id, const GoalFields& f, std::int64_t now) {
    const auto id = db.exec("INSERT INTO action_goals (plan_id, title, target_level, success_indicator, owner_user_id, start_on, end_on, "
                            "resources, monitoring, status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) "
                            "RETURNING id",
                            {plan_id, f.title, f.target_level, f.success_indicator, nullable(f.owner_user_id), nullable(f.start_on),
                             nullable(f.end_on), f.resources, f.monitoring, f.status, now})
                        .one()
                        .i64(0);
    write_criteria(db, id, f.criterion_ids);
    return id;
}

void plan_update_goal(Db& db, std::int64_t goal_id, const GoalFields& f, std::int64_t now) {
    db.exec("UPDATE action_goals SET title = $2, target_level = $3, success_indicator = $4, owner_user_id = $5, start_on = $6, end_on = $7, "
            "resources = $8, monitoring = $9, status = $10, updated_at = $11 WHERE id = $1",
            {goal_id, f.title, f.target_level, f.success_indicator, nullable(f.owner_user_id), nullable(f.start_on), nullable(f.end_on),
             f.resources, f.monitoring, f.status, now});
    write_criteria(db, goal_id, f.criterion_ids);
}

void plan_delete_goal(Db& db, std::int64_t goal_id) { db.exec("DELETE FROM action_goals WHERE id = $1", {goal_id}); }

std::int64_t plan_create_action(Db& db, std::int64_t goal_id, const ActionFields& f, std::optional<std::int64_t> completed_at,
                                std::int64_t now) {
    const auto id = db.exec("INSERT INTO action_items (goal_id, title, owner_user_id, due_on, status, completed_at, created_at, updated_at) "
                            "VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
                            {goal_id, f.title, nullable(f.owner_user_id), nullable(f.due_on), f.status, nullable(completed_at), now})
                        .one()
                        .i64(0);
    db.exec("UPDATE action_goals SET updated_at = $2 WHERE id = $1", {goal_id, now});
    return id;
}

void plan_update_action(Db& db, std::int64_t action_id, const ActionFields& f, std::optional<std::int64_t> completed_at,
                        bool clear_overdue_notice, std::int64_t now) {
    db.exec("UPDATE action_items SET title = $2, owner_user_id = $3, due_on = $4, status = $5, completed_at = $6, updated_at = $7 "
            "WHERE id = $1",
            {action_id, f.title, nullable(f.owner_user_id), nullable(f.due_on), f.status, nullable(completed_at), now});
    if (clear_overdue_notice) db.exec("UPDATE action_items SET overdue_notified_at = NULL WHERE id = $1", {action_id});
    db.exec("UPDATE action_goals SET updated_at = $2 WHERE id = (SELECT goal_id FROM action_items WHERE id = $1)", {action_id, now});
}

void plan_delete_action(Db& db, std::int64_t action_id) { db.exec("DELETE FROM action_items WHERE id = $1", {action_id}); }

std::int64_t plan_add_comment(Db& db, std::int64_t goal_id, std::int64_t author_id, const std::string& author_name,
                              const std::string& author_role, const std::string& body, std::int64_t now) {
    return db.exec("INSERT INTO action_comments (goal_id, author_id, author_name, author_role, body, created_at) VALUES ($1, $2, $3, $4, $5, $6) "
                   "RETURNING id",
                   {goal_id, author_id, author_name, author_role, body, now})
        .one()
        .i64(0);
}

void plan_dismiss(Db& db, std::int64_t plan_id, const std::string& criterion_id, std::int64_t user_id, std::int64_t now) {
    db.exec("INSERT INTO action_plan_dismissals (plan_id, criterion_id, dismissed_at, dismissed_by) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (plan_id, criterion_id) DO NOTHING",
            {plan_id, criterion_id, now, user_id});
}

std::set<std::string> plan_dismissed(Db& db, std::int64_t plan_id) {
    std::set<std::string> out;
    for (const auto& r : db.exec("SELECT criterion_id FROM action_plan_dismissals WHERE plan_id = $1", {plan_id}).rows) out.insert(r.str(0));
    return out;
}

std::set<std::string> plan_covered(Db& db, std::int64_t plan_id) {
    std::set<std::string> out;
    for (const auto& r : db.exec("SELECT c.criterion_id FROM action_goal_criteria c JOIN action_goals g ON g.id = c.goal_id WHERE g.plan_id = $1",
                                 {plan_id})
                             .rows)
        out.insert(r.str(0));
    return out;
}

void plan_add_history(Db& db, std::int64_t plan_id, std::int64_t actor_id, const std::string& actor_name, std::int64_t now,
                      const PlanHistoryEntry& e) {
    db.exec("INSERT INTO action_plan_history (plan_id, actor_id, actor_name, at, kind, target, target_id, target_title, changes) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            {plan_id, actor_id, actor_name, now, e.kind, e.target, e.target_id, e.target_title, e.changes});
}

std::vector<PlanHistoryEntry> plan_history(Db& db, std::int64_t plan_id) {
    std::vector<PlanHistoryEntry> out;
    for (const auto& r : db.exec("SELECT at, actor_name, kind, target, target_id, target_title, changes FROM action_plan_history "
                                 "WHERE plan_id = $1 ORDER BY id DESC",
                                 {plan_id})
                             .rows)
        out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.i64(4), r.str(5), r.str(6)});
    return out;
}

bool plan_is_school_member(Db& db, std::int64_t organisation_id, std::int64_t user_id) {
    return !db.exec("SELECT 1 FROM memberships WHERE organisation_id = $1 AND user_id = $2 AND role IN ('coordinator', 'team_member')",
                    {organisation_id, user_id})
                .empty();
}

std::optional<std::string> plan_user_name(Db& db, std::int64_t user_id) {
    auto r = db.exec("SELECT name FROM users WHERE id = $1", {user_id});
    if (r.empty()) return std::nullopt;
    return r.one().str(0);
}

std::vector<OverdueAction> plan_overdue_for_user(Db& db, std::int64_t user_id, const std::string& today) {
    std::vector<OverdueAction> out;
    for (const auto& r : db.exec(
                               "SELECT a.id, a.title, a.due_on, g.title, p.programme_id, p.organisation_id, o.name, a.owner_user_id, u.name "
                               "FROM action_items a JOIN action_goals g ON g.id = a.goal_id JOIN action_plans p ON p.id = g.plan_id "
                               "JOIN organisations o ON o.id = p.organisation_id "
                               "JOIN programme_participants pp ON pp.programme_id = p.programme_id AND pp.organisation_id = p.organisation_id "
                               "AND pp.kind = 'school' "
                               "LEFT JOIN users u ON u.id = a.owner_user_id "
                               "WHERE a.status <> 'done' AND a.due_on IS NOT NULL AND a.due_on < $2 AND EXISTS (SELECT 1 FROM memberships m "
                               "WHERE m.organisation_id = p.organisation_id AND m.user_id = $1 AND m.role IN ('coordinator', 'team_member')) "
                               "ORDER BY CASE WHEN a.owner_user_id = $1 THEN 0 ELSE 1 END, a.due_on, a.id",
                               {user_id, today})
                             .rows)
        out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.i64(4), r.i64(5), r.str(6), r.opt_i64(7), r.opt_str(8)});
    return out;
}

}  // namespace sk::store
