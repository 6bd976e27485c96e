// Working groups of a programme: the proposal from the group report's focus points (computed, never
// stored), the groups the organiser keeps, and their members. See docs/api.md "Group report and working
// groups"; the proposal rule is core/working_groups.h.
#include <boost/json.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <tuple>

#include "api/authz.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "core/local_time.h"
#include "core/working_groups.h"
#include "store/audit.h"
#include "store/group_report_data.h"
#include "store/working_groups.h"

namespace sk::api {

namespace {

constexpr std::size_t kGroupTitleMax = 200;
constexpr std::size_t kGroupDescriptionMax = 4000;

std::shared_ptr<const core::Framework> required_framework(Ctx& ctx, std::int64_t programme_id) {
    const auto p = ctx.db.exec("SELECT framework_id, framework_version FROM programmes WHERE id = $1", {programme_id});
    if (p.empty()) throw ApiError::not_found();
    const auto* entry = ctx.services.frameworks ? ctx.services.frameworks->find(p.one().str(0), p.one().str(1)) : nullptr;
    if (!entry) throw std::runtime_error("working groups: framework " + p.one().str(0) + " " + p.one().str(1) + " is not loaded");
    return entry->framework;
}

void require_programme(Ctx& ctx, std::int64_t programme_id) {
    ctx.user();
    if (ctx.db.exec("SELECT 1 FROM programmes WHERE id = $1", {programme_id}).empty()) throw ApiError::not_found();
}

// The organisations of the user taking part in the programme (schools and companies).
std::set<std::int64_t> own_participating(Ctx& ctx, std::int64_t programme_id) {
    std::set<std::int64_t> out;
    for (const auto& r : ctx.db
                             .exec("SELECT pp.organisation_id FROM programme_participants pp JOIN memberships m ON m.organisation_id = pp.organisation_id "
                                   "WHERE pp.programme_id = $1 AND m.user_id = $2",
                                   {programme_id, ctx.user().id})
                             .rows)
        out.insert(r.i64(0));
    return out;
}

// `full` false: what a participant outside the group sees of an open group.
boost::json::object group_json(const store::WorkingGroup& g, bool member, bool full) {
    boost::json::array criteria;
    for (const auto& c : g.criterion_ids) criteria.push_back(boost::json::value(c));
    boost::json::array members;
    if (full)
        for (const auto& m : g.members)
            members.push_back(boost::json::object{{"organisationId", m.organisation_id}, {"name", m.name}, {"kind", m.kind}});
    return boost::json::object{{"id", g.id},
                               {"programmeId", g.programme_id},
                               {"title", g.title},
                               {"description", g.description},
                               {"criterionIds", std::move(criteria)},
                               {"status", g.status},
                               {"member", member},
                               {"members", std::move(members)},
                               {"sessions", boost::json::array{}}};
}

// The group's sessions (audience: this working group), soonest first, as SessionSummary of docs/api.md.
boost::json::object with_sessions(Ctx& ctx, boost::json::object group) {
    boost::json::array sessions;
    for (const auto& r : ctx.db
                             .exec("SELECT id, title, starts_at, ends_at, status FROM network_sessions WHERE audience_kind = 'working_group' "
                                   "AND audience_working_group_id = $1 ORDER BY starts_at, id",
                                   {group.at("id").as_int64()})
                             .rows)
        sessions.push_back(boost::json::object{{"id", r.i64(0)},
                                               {"title", r.str(1)},
                                               {"startsAt", core::format_brussels_local(r.i64(2))},
                                               {"endsAt", core::format_brussels_local(r.i64(3))},
                                               {"status", r.str(4)}});
    group["sessions"] = std::move(sessions);
    return group;
}

http::Response group_response(Ctx& ctx, int status, std::int64_t id) {
    const auto g = store::find_working_group(ctx.db, id);
    if (!g) throw ApiError::not_found();
    return json_response(status, boost::json::serialize(with_sessions(ctx, group_json(*g, false, true))));
}

std::string group_audit_json(const store::WorkingGroup& g) { return boost::json::serialize(group_json(g, false, true)); }

// `criterionIds`: 1..#criteria distinct ids of the framework, returned in framework order.
std::optional<std::vector<std::string>> group_criteria(JsonInput& in, const boost::json::object& obj, const core::Framework& f) {
    const auto* v = field_value(obj, "criterionIds");
    const std::map<std::string, std::string> args{{"max", std::to_string(f.criteria.size())}};
    if (!v) {
        in.fail("criterionIds", "field.required");
        return std::nullopt;
    }
    if (!v->is_array() || v->as_array().empty() || v->as_array().size() > f.criteria.size()) {
        in.fail("criterionIds", "field.working_group_criteria", args);
        return std::nullopt;
    }
    std::set<std::string> chosen;
    for (const auto& e : v->as_array()) {
        if (!e.is_string() || !f.find_criterion(std::string(e.as_string())) || !chosen.insert(std::string(e.as_string())).second) {
            in.fail("criterionIds", "field.working_group_criteria", args);
            return std::nullopt;
        }
    }
    std::vector<std::string> out;
    for (const auto& c : f.criteria)
        if (chosen.count(c.id)) out.push_back(c.id);
    return out;
}

// `schoolIds`/`companyIds`: organisation ids taking part in the programme as `kind` (repeats dropped).
std::vector<std::int64_t> org_ids_field(Ctx& ctx, JsonInput& in, const boost::json::object& obj, const std::string& field,
                                        std::int64_t programme_id, const std::string& kind) {
    std::vector<std::int64_t> out;
    const auto* v = field_value(obj, field);
    if (!v) return out;
    if (!v->is_array() || v->as_array().size() > 1000) {
        in.fail(field, "field.working_group_ids");
        return {};
    }
    for (const auto& e : v->as_array()) {
        const auto* n = e.if_int64();
        const auto* u = e.if_uint64();
        const std::int64_t id = n ? *n : (u && *u <= static_cast<std::uint64_t>(INT64_MAX) ? static_cast<std::int64_t>(*u) : 0);
        if (id <= 0) {
            in.fail(field, "field.working_group_ids");
            return {};
        }
        if (store::participant_kind(ctx.db, programme_id, id) != kind) {
            in.fail(field, kind == "school" ? "field.working_group_school" : "field.working_group_company", {{"id", std::to_string(id)}});
            return {};
        }
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    }
    return out;
}

// GET /api/programmes/{id}/working-groups
http::Response list_working_groups(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme(ctx, programme_id);
    const bool organiser = is_programme_organiser(ctx, programme_id);
    const auto own = organiser ? std::set<std::int64_t>{} : own_participating(ctx, programme_id);
    require(organiser || !own.empty());
    boost::json::array groups;
    for (const auto& g : store::programme_working_groups(ctx.db, programme_id)) {
        const bool member = std::any_of(g.members.begin(), g.members.end(), [&](const auto& m) { return own.count(m.organisation_id) > 0; });
        if (organiser || member) groups.push_back(with_sessions(ctx, group_json(g, member, true)));
        else if (g.status == "open") groups.push_back(group_json(g, false, false));
    }
    return json_response(200, boost::json::serialize(boost::json::object{{"groups", std::move(groups)}}));
}

// GET /api/programmes/{id}/companies: the companies taking part, by name, for the organiser's group editor.
// `freeCapacity` counts as in the proposal: capacity minus the open working groups of this programme it is in.
http::Response companies(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme(ctx, programme_id);
    require(is_programme_organiser(ctx, programme_id));
    boost::json::array out;
    for (const auto& c : store::programme_companies(ctx.db, programme_id)) {
        boost::json::array expertise;
        std::stringstream s(c.expertise);
        for (std::string e; std::getline(s, e, ',');)
            if (!e.empty()) expertise.push_back(boost::json::value(e));
        out.push_back(boost::json::object{
            {"id", c.organisation_id}, {"name", c.name}, {"expertise", std::move(expertise)}, {"freeCapacity", c.capacity - c.open_groups}});
    }
    return json_response(200, boost::json::serialize(boost::json::object{{"companies", std::move(out)}}));
}

// POST /api/programmes/{id}/working-groups/proposal
http::Response proposal(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme(ctx, programme_id);
    require(is_programme_organiser(ctx, programme_id));
    JsonInput in(ctx.req.body);
    const auto kind = in.one_of("measurement", {"baseline", "final"}, "field.group_report_measurement", false).value_or("baseline");
    in.done();

    const auto framework = required_framework(ctx, programme_id);
    const auto& f = *framework;
    const core::CriterionIndex index(f);
    const auto measured = store::submitted_levels(ctx.db, programme_id, kind, index);
    std::map<std::int64_t, std::string> names;
    for (const auto& s : store::programme_schools(ctx.db, programme_id)) names[s.organisation_id] = s.name;
    std::vector<core::CompanyOffer> offers;
    for (const auto& c : store::programme_companies(ctx.db, programme_id)) {
        core::CompanyOffer o{c.organisation_id, c.name, {}, c.capacity - c.open_groups};
        std::stringstream s(c.expertise);
        for (std::string e; std::getline(s, e, ',');)
            if (!e.empty()) o.expertise.push_back(e);
        offers.push_back(std::move(o));
    }
    const auto report = core::compute_group_report(f, measured, {}, {});
    const auto themes = core::propose_working_groups(f, report.focus_points, measured, offers);

    boost::json::array out;
    for (const auto& t : themes) {
        boost::json::array criteria;
        for (auto c : t.criteria) criteria.push_back(boost::json::value(f.criteria[c].id));
        const auto* element = f.find_element(t.element_id);
        const std::string title = t.criteria.size() == 1 || !element ? f.criteria[t.criteria.front()].name.in(ctx.lang) : element->name.in(ctx.lang);
        auto placed = t.schools;  // by name, as every list of schools the organiser reads
        std::sort(placed.begin(), placed.end(), [&](std::int64_t a, std::int64_t b) { return std::tie(names[a], a) < std::tie(names[b], b); });
        boost::json::array schools;
        for (auto id : placed) schools.push_back(boost::json::object{{"id", id}, {"name", names[id]}});
        boost::json::array companies;
        for (const auto* c : t.companies)
            companies.push_back(boost::json::object{{"id", c->organisation_id}, {"name", c->name}, {"freeCapacity", c->free_capacity}});
        out.push_back(boost::json::object{{"title", title},
                                          {"elementId", t.element_id},
                                          {"criterionIds", std::move(criteria)},
                                          {"schools", std::move(schools)},
                                          {"companies", std::move(companies)}});
    }
    return json_response(200, boost::json::serialize(boost::json::object{{"proposal", std::move(out)}}));
}

// POST /api/programmes/{id}/working-groups
http::Response create_working_group(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme(ctx, programme_id);
    require(is_programme_organiser(ctx, programme_id));
    const auto framework = required_framework(ctx, programme_id);
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    store::WorkingGroupFields fields;
    const auto title = in.text("title", {.required = true, .max = kGroupTitleMax});
    const auto description = in.text("description", {.required = false, .max = kGroupDescriptionMax});
    const auto criteria = group_criteria(in, obj, *framework);
    const auto schools = org_ids_field(ctx, in, obj, "schoolIds", programme_id, "school");
    const auto companies = org_ids_field(ctx, in, obj, "companyIds", programme_id, "company");
    in.done();
    fields.title = *title;
    fields.description = description.value_or("");
    fields.criterion_ids = *criteria;

    std::int64_t id = 0;
    {
        store::Transaction tx(ctx.db);
        id = store::create_working_group(ctx.db, programme_id, fields, ctx.user().id, ctx.now());
        for (auto s : schools) store::add_working_group_member(ctx.db, id, s, "school", ctx.now());
        for (auto c : companies) store::add_working_group_member(ctx.db, id, c, "company", ctx.now());
        const auto after = store::find_working_group(ctx.db, id);
        store::write_audit(ctx.db, {ctx.user().id, programme_id, "working_group.create", "working_group", id, std::nullopt, group_audit_json(*after)},
                           ctx.now());
        tx.commit();
    }
    return group_response(ctx, 201, id);
}

// The group and the programme's organiser check for the /api/working-groups/{id} routes.
store::WorkingGroup load_group_for_organiser(Ctx& ctx) {
    const auto id = id_param(ctx, "id");
    ctx.user();
    const auto g = store::find_working_group(ctx.db, id);
    if (!g) throw ApiError::not_found();
    require(is_programme_organiser(ctx, g->programme_id));
    return *g;
}

// GET /api/working-groups/{id}
http::Response show_working_group(Ctx& ctx) {
    const auto id = id_param(ctx, "id");
    ctx.user();
    const auto g = store::find_working_group(ctx.db, id);
    if (!g) throw ApiError::not_found();
    const bool organiser = is_programme_organiser(ctx, g->programme_id);
    const auto own = organiser ? std::set<std::int64_t>{} : own_participating(ctx, g->programme_id);
    const bool member = std::any_of(g->members.begin(), g->members.end(), [&](const auto& m) { return own.count(m.organisation_id) > 0; });
    require(organiser || member);
    return json_response(200, boost::json::serialize(with_sessions(ctx, group_json(*g, member, true))));
}

// PATCH /api/working-groups/{id}
http::Response update_working_group(Ctx& ctx) {
    const auto g = load_group_for_organiser(ctx);
    const auto framework = required_framework(ctx, g.programme_id);
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    store::WorkingGroupFields fields{g.title, g.description, g.criterion_ids, g.status};
    bool any = false;
    if (obj.contains("title")) {
        any = true;
        if (auto t = in.text("title", {.required = true, .max = kGroupTitleMax})) fields.title = *t;
    }
    if (obj.contains("description")) {
        any = true;
        fields.description = in.text("description", {.required = false, .max = kGroupDescriptionMax}).value_or("");
    }
    if (obj.contains("criterionIds")) {
        any = true;
        if (auto c = group_criteria(in, obj, *framework)) fields.criterion_ids = *c;
    }
    if (obj.contains("status")) {
        any = true;
        if (auto s = in.one_of("status", {"open", "closed"}, "field.working_group_status")) fields.status = *s;
    }
    if (!any && in.ok()) in.fail("title", "field.working_group_empty");
    in.done();
    {
        store::Transaction tx(ctx.db);
        store::update_working_group(ctx.db, g.id, fields, ctx.now());
        const auto after = store::find_working_group(ctx.db, g.id);
        store::write_audit(ctx.db, {ctx.user().id, g.programme_id, "working_group.update", "working_group", g.id, group_audit_json(g), group_audit_json(*after)},
                           ctx.now());
        tx.commit();
    }
    return group_response(ctx, 200, g.id);
}

// DELETE /api/working-groups/{id}
http::Response remove_working_group(Ctx& ctx) {
    const auto g = load_group_for_organiser(ctx);
    {
        store::Transaction tx(ctx.db);
        store::delete_working_group(ctx.db, g.id);
        store::write_audit(ctx.db, {ctx.user().id, g.programme_id, "working_group.delete", "working_group", g.id, group_audit_json(g), std::nullopt},
                           ctx.now());
        tx.commit();
    }
    return http::Response::empty(204);
}

// PUT /api/working-groups/{id}/members/{orgId}
http::Response add_member(Ctx& ctx) {
    const auto g = load_group_for_organiser(ctx);
    const auto org = id_param(ctx, "orgId");
    const auto kind = store::participant_kind(ctx.db, g.programme_id, org);
    if (!kind) throw ApiError::not_found();
    {
        store::Transaction tx(ctx.db);
        store::add_working_group_member(ctx.db, g.id, org, *kind, ctx.now());
        const auto after = store::find_working_group(ctx.db, g.id);
        store::write_audit(ctx.db,
                           {ctx.user().id, g.programme_id, "working_group.member_add", "working_group", g.id, group_audit_json(g), group_audit_json(*after)},
                           ctx.now());
        tx.commit();
    }
    return group_response(ctx, 200, g.id);
}

// DELETE /api/working-groups/{id}/members/{orgId}
http::Response remove_group_member(Ctx& ctx) {
    const auto g = load_group_for_organiser(ctx);
    const auto org = id_param(ctx, "orgId");
    if (!store::participant_kind(ctx.db, g.programme_id, org)) throw ApiError::not_found();
    {
        store::Transaction tx(ctx.db);
        store::remove_working_group_member(ctx.db, g.id, org);
        const auto after = store::find_working_group(ctx.db, g.id);
        store::write_audit(
            ctx.db, {ctx.user().id, g.programme_id, "working_group.member_remove", "working_group", g.id, group_audit_json(g), group_audit_json(*after)},
            ctx.now());
        tx.commit();
    }
    return http::Response::empty(204);
}

}  // namespace

void add_working_group_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/working-groups", list_working_groups);
    r.add("GET", "/api/programmes/{id}/companies", companies);
    r.add("POST", "/api/programmes/{id}/working-groups/proposal", proposal);
    r.add("POST", "/api/programmes/{id}/working-groups", create_working_group);
    r.add("GET", "/api/working-groups/{id}", show_working_group);
    r.add("PATCH", "/api/working-groups/{id}", update_working_group);
    r.add("DELETE", "/api/working-groups/{id}", remove_working_group);
    r.add("PUT", "/api/working-groups/{id}/members/{orgId}", add_member);
    r.add("DELETE", "/api/working-groups/{id}/members/{orgId}", remove_group_member);
}

}  // namespace sk::api
