// The action plan of a school in a programme (docs/api.md, "Action plan and mentoring" → "Action plan"):
// goals (from the proposals or free), actions, comments with mail to the coordinators, dismissed
// proposals, the change history, and every signed-in user's overdue actions. Who: checked on the plan the
// object belongs to in every handler (action_plan_scope.h): coordinators edit everything, a team member
// the actions they own; organisers of the programme and the school's confirmed mentor read and comment.
#include <boost/json.hpp>

#include <algorithm>

#include "api/action_plan_scope.h"
#include "api/authz.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/json_output.h"
#include "core/brussels_date.h"
#include "core/language.h"
#include "mail/outbox.h"
#include "mail/templates_plan.h"
#include "store/action_plan.h"

namespace sk::api {

void add_action_plan_export_routes(ApiRouter& r);  // action_plan_export.cpp

namespace {

constexpr std::size_t kPlanTitleMax = 200;
constexpr std::size_t kIndicatorMax = 1000;
constexpr std::size_t kLongTextMax = 2000;
constexpr std::size_t kPlanCommentMax = 4000;

std::string today(Ctx& ctx) { return core::brussels_date(ctx.now()); }

// An owner: absent keeps `current`; null clears it; otherwise a coordinator or team member of the school.
std::optional<std::int64_t> read_owner(Ctx& ctx, JsonInput& in, const boost::json::object& obj, std::int64_t organisation_id,
                                       std::optional<std::int64_t> current) {
    const auto it = obj.find("ownerUserId");
    if (it == obj.end()) return current;
    if (it->value().is_null()) return std::nullopt;
    const auto id = whole_number(in, &it->value(), "ownerUserId", 1, INT64_MAX, "field.plan_owner");
    if (id && !store::plan_is_school_member(ctx.db, organisation_id, *id)) {
        in.fail("ownerUserId", "field.plan_owner");
        return current;
    }
    return id ? id : current;
}

// A date field: absent keeps `current`; null or "" clears it; otherwise a real 'YYYY-MM-DD'. `ok` turns
// false on a bad value.
std::optional<std::string> read_date(JsonInput& in, const boost::json::object& obj, const std::string& field,
                                     std::optional<std::string> current, bool& ok) {
    const auto it = obj.find(field);
    if (it == obj.end()) return current;
    if (it->value().is_null()) return std::nullopt;
    if (it->value().is_string()) {
        const std::string s(it->value().as_string());
        if (s.empty()) return std::nullopt;
        if (core::valid_date(s)) return s;
    }
    in.fail(field, "field.plan_date");
    ok = false;
    return current;
}

// A text field that may be empty: absent keeps `current`.
std::string read_long_text(JsonInput& in, const boost::json::object& obj, const std::string& field, std::size_t max, std::string current) {
    if (!obj.contains(field)) return current;
    return in.text(field, {.required = false, .max = max}).value_or("");
}

std::optional<std::vector<std::string>> read_criteria(JsonInput& in, const boost::json::object& obj, const core::Framework& fw) {
    const auto* v = field_value(obj, "criterionIds");
    std::vector<std::string> out;
    bool ok = v && v->is_array() && !v->as_array().empty();
    if (ok)
        for (const auto& c : v->as_array()) {
            if (!c.is_string() || !fw.find_criterion(std::string(c.as_string()))) ok = false;
            else if (std::find(out.begin(), out.end(), std::string(c.as_string())) != out.end()) ok = false;
            else out.emplace_back(c.as_string());
        }
    if (!ok) {
        in.fail("criterionIds", v ? "field.plan_criteria" : "field.required");
        return std::nullopt;
    }
    return out;
}

// The goal fields of a POST (current = null) or PATCH body, merged into `current`; one message per bad field.
store::GoalFields read_goal(Ctx& ctx, const LoadedPlan& p, const store::GoalFields* current) {
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const bool create = current == nullptr;
    const auto& fw = measurement_framework(ctx, p.programme.framework_id, p.programme.framework_version);
    store::GoalFields f = current ? *current : store::GoalFields{};

    std::optional<core::Proposal> proposal;
    if (create && field_value(obj, "fromProposal")) {
        const auto id = in.text("fromProposal", {.required = true, .max = 20});
        for (const auto& pr : plan_proposals(ctx, p.plan).proposals)
            if (id && pr.criterion_id == *id) proposal = pr;
        if (id && !proposal) in.fail("fromProposal", "field.plan_from_proposal");
    }
    if (create || obj.contains("title"))
        if (auto t = in.text("title", {.required = true, .max = kPlanTitleMax})) f.title = *t;
    if (obj.contains("criterionIds") || (create && !proposal)) {
        if (auto c = read_criteria(in, obj, fw)) f.criterion_ids = *c;
    } else if (create) {
        f.criterion_ids = {proposal->criterion_id};
    }
    if (obj.contains("targetLevel") || (create && !proposal)) {
        if (auto l = in.one_of("targetLevel", {"competent", "proficient", "expert"}, "field.plan_target_level")) f.target_level = *l;
    } else if (create) {
        f.target_level = std::string(core::level_id(proposal->target));
    }
    f.success_indicator = read_long_text(in, obj, "successIndicator", kIndicatorMax, f.success_indicator);
    f.owner_user_id = read_owner(ctx, in, obj, p.plan.organisation_id, f.owner_user_id);
    bool dates_ok = true;
    f.start_on = read_date(in, obj, "startOn", f.start_on, dates_ok);
    f.end_on = read_date(in, obj, "endOn", f.end_on, dates_ok);
    if (dates_ok && f.start_on && f.end_on && *f.end_on < *f.start_on) in.fail("endOn", "field.plan_end_before_start");
    f.resources = read_long_text(in, obj, "resources", kLongTextMax, f.resources);
    f.monitoring = read_long_text(in, obj, "monitoring", kLongTextMax, f.monitoring);
    if (obj.contains("status"))
        if (auto s = in.one_of("status", {"not_started", "in_progress", "achieved", "dropped"}, "field.plan_goal_status")) f.status = *s;
    in.done();
    return f;
}

store::ActionFields read_action(Ctx& ctx, std::int64_t organisation_id, const store::ActionFields* current) {
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const bool create = current == nullptr;
    store::ActionFields f = current ? *current : store::ActionFields{};
    if (create || obj.contains("title"))
        if (auto t = in.text("title", {.required = true, .max = kPlanTitleMax})) f.title = *t;
    f.owner_user_id = read_owner(ctx, in, obj, organisation_id, f.owner_user_id);
    bool ok = true;
    f.due_on = read_date(in, obj, "dueOn", f.due_on, ok);
    if (obj.contains("status"))
        if (auto s = in.one_of("status", {"todo", "doing", "done"}, "field.plan_action_status")) f.status = *s;
    in.done();
    return f;
}

// --- history: every field as the history shows it, and the difference of two such objects ---

boost::json::value owner_value(Ctx& ctx, const std::optional<std::int64_t>& owner) {
    if (!owner) return nullptr;
    return or_null(store::plan_user_name(ctx.db, *owner));
}

boost::json::object goal_fields_json(Ctx& ctx, const store::GoalFields& f) {
    boost::json::array criteria;
    for (const auto& c : f.criterion_ids) criteria.emplace_back(c);
    return {{"title", f.title},           {"criterionIds", std::move(criteria)}, {"targetLevel", f.target_level},
            {"successIndicator", f.success_indicator}, {"ownerName", owner_value(ctx, f.owner_user_id)},
            {"startOn", or_null(f.start_on)}, {"endOn", or_null(f.end_on)},       {"resources", f.resources},
            {"monitoring", f.monitoring}, {"status", f.status}};
}

boost::json::object action_fields_json(Ctx& ctx, const store::ActionFields& f) {
    return {{"title", f.title}, {"ownerName", owner_value(ctx, f.owner_user_id)}, {"dueOn", or_null(f.due_on)}, {"status", f.status}};
}

// {field: {"from","to"}} for every field that differs; a missing side is null (created / deleted).
boost::json::object diff(const boost::json::object* before, const boost::json::object* after) {
    boost::json::object out;
    const auto& keys = after ? *after : *before;
    for (const auto& kv : keys) {
        const boost::json::value from = before ? before->at(kv.key()) : boost::json::value(nullptr);
        const boost::json::value to = after ? after->at(kv.key()) : boost::json::value(nullptr);
        if (before && after && from == to) continue;
        out[kv.key()] = boost::json::object{{"from", from}, {"to", to}};
    }
    return out;
}

void record(Ctx& ctx, std::int64_t plan_id, const std::string& kind, const std::string& target, std::int64_t target_id,
            const std::string& title, const boost::json::object& changes) {
    if (changes.empty()) return;
    const auto& user = ctx.user();
    store::plan_add_history(ctx.db, plan_id, user.id, user.name, ctx.now(),
                            {0, "", kind, target, target_id, title, boost::json::serialize(changes)});
}

http::Response goal_response(Ctx& ctx, int status, std::int64_t goal_id) {
    const auto g = store::plan_goal(ctx.db, goal_id);
    if (!g) throw ApiError::not_found();
    return json_response(status, boost::json::serialize(goal_json(*g, today(ctx))));
}

http::Response action_response(Ctx& ctx, int status, std::int64_t action_id) {
    const auto a = store::plan_action(ctx.db, action_id);
    if (!a) throw ApiError::not_found();
    return json_response(status, boost::json::serialize(action_json(*a, today(ctx))));
}

http::Response no_content() {
    http::Response res;
    res.status = 204;
    return res;
}

// GET /api/programmes/{id}/schools/{orgId}/action-plan
http::Response show_action_plan(Ctx& ctx) {
    const auto p = load_plan(ctx);
    return json_response(200, boost::json::serialize(plan_json(ctx, p)));
}

// POST /api/programmes/{id}/schools/{orgId}/action-plan/goals
http::Response create_goal(Ctx& ctx) {
    const auto p = load_plan(ctx);
    require(p.access.coordinator);
    const auto f = read_goal(ctx, p, nullptr);
    std::int64_t id = 0;
    {
        store::Transaction tx(ctx.db);
        id = store::plan_create_goal(ctx.db, p.plan.id, f, ctx.now());
        const auto after = goal_fields_json(ctx, f);
        record(ctx, p.plan.id, "goal_created", "goal", id, f.title, diff(nullptr, &after));
        tx.commit();
    }
    return goal_response(ctx, 201, id);
}

// PATCH /api/action-goals/{goalId}
http::Response update_goal(Ctx& ctx) {
    const auto g = load_goal(ctx);
    require(g.plan.access.coordinator);
    const auto f = read_goal(ctx, g.plan, &g.goal.fields);
    {
        store::Transaction tx(ctx.db);
        const auto before = goal_fields_json(ctx, g.goal.fields);
        const auto after = goal_fields_json(ctx, f);
        const auto changes = diff(&before, &after);
        if (!changes.empty()) {
            store::plan_update_goal(ctx.db, g.goal.id, f, ctx.now());
            record(ctx, g.plan.plan.id, "goal_updated", "goal", g.goal.id, f.title, changes);
        }
        tx.commit();
    }
    return goal_response(ctx, 200, g.goal.id);
}

// DELETE /api/action-goals/{goalId}: its actions and comments go with it.
http::Response delete_goal(Ctx& ctx) {
    const auto g = load_goal(ctx);
    require(g.plan.access.coordinator);
    {
        store::Transaction tx(ctx.db);
        const auto before = goal_fields_json(ctx, g.goal.fields);
        store::plan_delete_goal(ctx.db, g.goal.id);
        record(ctx, g.plan.plan.id, "goal_deleted", "goal", g.goal.id, g.goal.fields.title, diff(&before, nullptr));
        tx.commit();
    }
    return no_content();
}

// POST /api/programmes/{id}/schools/{orgId}/action-plan/dismissals
http::Response dismiss(Ctx& ctx) {
    const auto p = load_plan(ctx);
    require(p.access.coordinator);
    const auto& fw = measurement_framework(ctx, p.programme.framework_id, p.programme.framework_version);
    JsonInput in(ctx.req.body);
    const auto criterion = in.text("criterionId", {.required = true, .max = 20});
    if (criterion && !fw.find_criterion(*criterion)) in.fail("criterionId", "field.plan_criterion");
    in.done();
    store::plan_dismiss(ctx.db, p.plan.id, *criterion, ctx.user().id, ctx.now());
    return no_content();
}

store::ActionFields fields_of(const store::PlanAction& a) { return {a.title, a.owner_user_id, a.due_on, a.status}; }

// POST /api/action-goals/{goalId}/actions
http::Response create_action(Ctx& ctx) {
    const auto g = load_goal(ctx);
    require(g.plan.access.coordinator);
    const auto f = read_action(ctx, g.plan.plan.organisation_id, nullptr);
    std::int64_t id = 0;
    {
        store::Transaction tx(ctx.db);
        id = add_plan_action(ctx, g.plan.plan.id, g.goal.id, f);
        tx.commit();
    }
    return action_response(ctx, 201, id);
}

// PATCH /api/actions/{actionId}: the coordinator; the team member who owns it (status, title, dueOn only).
http::Response update_action(Ctx& ctx) {
    const auto a = load_action(ctx);
    const auto& access = a.goal.plan.access;
    if (!access.coordinator) {
        require(access.team_member && a.action.owner_user_id == ctx.user().id);
        for (const auto& kv : parse_object(ctx.req.body))
            require(kv.key() == "status" || kv.key() == "title" || kv.key() == "dueOn");
    }
    const auto before_fields = fields_of(a.action);
    const auto f = read_action(ctx, a.goal.plan.plan.organisation_id, &before_fields);
    std::optional<std::int64_t> completed_at;
    if (f.status == "done") completed_at = a.action.status == "done" ? a.action.completed_at : std::optional(ctx.now());
    {
        store::Transaction tx(ctx.db);
        const auto before = action_fields_json(ctx, before_fields);
        const auto after = action_fields_json(ctx, f);
        const auto changes = diff(&before, &after);
        if (!changes.empty()) {
            store::plan_update_action(ctx.db, a.action.id, f, completed_at, f.due_on != a.action.due_on, ctx.now());
            record(ctx, a.goal.plan.plan.id, "action_updated", "action", a.action.id, f.title, changes);
        }
        tx.commit();
    }
    return action_response(ctx, 200, a.action.id);
}

// DELETE /api/actions/{actionId}
http::Response delete_action(Ctx& ctx) {
    const auto a = load_action(ctx);
    require(a.goal.plan.access.coordinator);
    {
        store::Transaction tx(ctx.db);
        const auto before = action_fields_json(ctx, fields_of(a.action));
        store::plan_delete_action(ctx.db, a.action.id);
        record(ctx, a.goal.plan.plan.id, "action_deleted", "action", a.action.id, a.action.title, diff(&before, nullptr));
        tx.commit();
    }
    return no_content();
}

// POST /api/action-goals/{goalId}/comments: everyone who may read; mails the school's coordinators (not the author).
http::Response comment(Ctx& ctx) {
    const auto g = load_goal(ctx);
    JsonInput in(ctx.req.body);
    const auto body = in.text("body", {.required = true, .max = kPlanCommentMax});
    in.done();
    const auto& user = ctx.user();
    const auto role = g.plan.access.comment_role();
    std::int64_t id = 0;
    {
        store::Transaction tx(ctx.db);
        id = store::plan_add_comment(ctx.db, g.goal.id, user.id, user.name, role, *body, ctx.now());
        const auto school = ctx.db.exec("SELECT name FROM organisations WHERE id = $1", {g.plan.plan.organisation_id}).one().str(0);
        const auto link = ctx.services.base_url + "/programmes/" + std::to_string(g.plan.plan.programme_id) + "/schools/" +
                          std::to_string(g.plan.plan.organisation_id) + "/plan";
        for (const auto& c : ctx.db
                                 .exec("SELECT u.email, u.name, u.language FROM memberships m JOIN users u ON u.id = m.user_id "
                                       "WHERE m.organisation_id = $1 AND m.role = 'coordinator' AND u.id <> $2 ORDER BY u.id",
                                       {g.plan.plan.organisation_id, user.id})
                                 .rows)
            mail::enqueue_for_programme(ctx.db, mail::plan_comment_email(core::parse_language(c.str(2)).value_or(core::Language::nl), c.str(0), c.str(1),
                                                           school, g.goal.fields.title, user.name, *body, link), g.plan.plan.programme_id);
        tx.commit();
    }
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(201, boost::json::serialize(boost::json::object{
                                  {"id", id}, {"authorName", user.name}, {"authorRole", role}, {"body", *body}, {"createdAt", ctx.now()}}));
}

// GET /api/programmes/{id}/schools/{orgId}/action-plan/history
http::Response history(Ctx& ctx) {
    const auto p = load_plan(ctx);
    boost::json::array entries;
    for (const auto& e : store::plan_history(ctx.db, p.plan.id))
        entries.push_back(boost::json::object{{"at", e.at},
                                              {"actorName", e.actor_name},
                                              {"kind", e.kind},
                                              {"target", e.target},
                                              {"targetId", e.target_id},
                                              {"targetTitle", e.target_title},
                                              {"changes", boost::json::parse(e.changes)}});
    return json_response(200, boost::json::serialize(boost::json::object{{"entries", std::move(entries)}}));
}

// GET /api/me/overdue-actions: the overdue actions of the caller's schools, their own first.
http::Response my_overdue(Ctx& ctx) {
    const auto& user = ctx.user();
    boost::json::array out;
    for (const auto& a : store::plan_overdue_for_user(ctx.db, user.id, today(ctx)))
        out.push_back(boost::json::object{{"actionId", a.action_id},
                                          {"title", a.title},
                                          {"dueOn", a.due_on},
                                          {"goalTitle", a.goal_title},
                                          {"programmeId", a.programme_id},
                                          {"organisationId", a.organisation_id},
                                          {"organisationName", a.organisation_name},
                                          {"ownerName", or_null(a.owner_name)},
                                          {"own", a.owner_user_id == user.id}});
    return json_response(200, boost::json::serialize(boost::json::object{{"actions", std::move(out)}}));
}

}  // namespace

std::int64_t add_plan_action(Ctx& ctx, std::int64_t plan_id, std::int64_t goal_id, const store::ActionFields& f) {
    const auto id = store::plan_create_action(ctx.db, goal_id, f, f.status == "done" ? std::optional(ctx.now()) : std::nullopt, ctx.now());
    const auto after = action_fields_json(ctx, f);
    record(ctx, plan_id, "action_created", "action", id, f.title, diff(nullptr, &after));
    return id;
}

http::Response plan_action_response(Ctx& ctx, int status, std::int64_t action_id) { return action_response(ctx, status, action_id); }

void add_action_plan_routes(ApiRouter& r) {
    const std::string plan = "/api/programmes/{id}/schools/{orgId}/action-plan";
    r.add("GET", plan, show_action_plan);
    r.add("POST", plan + "/goals", create_goal);
    r.add("POST", plan + "/dismissals", dismiss);
    r.add("GET", plan + "/history", history);
    r.add("PATCH", "/api/action-goals/{goalId}", update_goal);
    r.add("DELETE", "/api/action-goals/{goalId}", delete_goal);
    r.add("POST", "/api/action-goals/{goalId}/actions", create_action);
    r.add("POST", "/api/action-goals/{goalId}/comments", comment);
    r.add("PATCH", "/api/actions/{actionId}", update_action);
    r.add("DELETE", "/api/actions/{actionId}", delete_action);
    r.add("GET", "/api/me/overdue-actions", my_overdue);
    add_action_plan_export_routes(r);
}

}  // namespace sk::api
