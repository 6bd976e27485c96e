#include "api/mentor_scope.h"

#include <algorithm>
#include <sstream>

#include "core/action_proposal.h"
#include "core/label_rule.h"
#include "store/mentor_access.h"

namespace sk::api {

namespace {

const core::Framework* programme_framework(Ctx& ctx, std::int64_t programme_id) {
    auto r = ctx.db.exec("SELECT framework_id, framework_version FROM programmes WHERE id = $1", {programme_id});
    if (r.empty() || !ctx.services.frameworks) return nullptr;
    const auto* entry = ctx.services.frameworks->find(r.one().str(0), r.one().str(1));
    return entry ? entry->framework.get() : nullptr;
}

std::string element_of(const core::Framework* fw, const std::string& criterion_id) {
    if (!fw) return "";
    const auto* c = fw->find_criterion(criterion_id);
    return c ? c->element_id : "";
}

}  // namespace

bool is_confirmed_mentor_of(Ctx& ctx, std::int64_t programme_id, std::int64_t school_id) {
    return store::is_confirmed_mentor(ctx.db, ctx.user().id, programme_id, school_id);
}

std::optional<std::int64_t> confirmed_company(Ctx& ctx, std::int64_t programme_id, std::int64_t school_id) {
    auto r = ctx.db.exec("SELECT company_id FROM mentor_matches WHERE programme_id = $1 AND school_id = $2 AND status = 'confirmed'",
                         {programme_id, school_id});
    if (r.empty()) return std::nullopt;
    return r.one().i64(0);
}

std::vector<core::matching::FocusCriterion> focus_criteria(Ctx& ctx, std::int64_t programme_id, std::int64_t school_id) {
    const core::Framework* fw = programme_framework(ctx, programme_id);
    std::vector<core::matching::FocusCriterion> out;
    {
        // The criteria of the goals that are not dropped, in goal then criterion order, each once.
        auto rows = ctx.db.exec(
            "SELECT gc.criterion_id FROM action_plans p JOIN action_goals g ON g.plan_id = p.id "
            "JOIN action_goal_criteria gc ON gc.goal_id = g.id "
            "WHERE p.programme_id = $1 AND p.organisation_id = $2 AND g.status <> 'dropped' ORDER BY g.id, gc.position",
            {programme_id, school_id});
        for (const auto& row : rows.rows) {
            const std::string id = row.str(0);
            if (std::none_of(out.begin(), out.end(), [&](const auto& f) { return f.criterion_id == id; }))
                out.push_back({id, element_of(fw, id)});
        }
        if (!out.empty()) return out;
    }
    // The proposal rule on the newest submitted measurement (final if newer than baseline).
    if (!fw) return out;
    auto m = ctx.db.exec("SELECT id FROM measurements WHERE programme_id = $1 AND organisation_id = $2 AND status = 'submitted' "
                         "ORDER BY submitted_at DESC, id DESC",
                         {programme_id, school_id});
    if (m.empty()) return out;
    std::map<std::string, core::Level> stored;
    for (const auto& row : ctx.db.exec("SELECT criterion_id, level FROM measurement_answers WHERE measurement_id = $1 AND level IS NOT NULL",
                                       {m.one().i64(0)})
                               .rows)
        if (auto l = core::parse_level(row.str(1))) stored[row.str(0)] = *l;
    std::vector<core::CriterionLevel> levels;
    for (const auto& c : fw->criteria) {
        auto it = stored.find(c.id);
        levels.push_back({c.id, it == stored.end() ? core::Level::not_yet : it->second});
    }
    // The plan's own proposal rule (core/action_proposal.h); a plan with goals answered above.
    for (const auto& p : core::propose_actions(fw->label_rule, levels, {}, {})) out.push_back({p.criterion_id, element_of(fw, p.criterion_id)});
    return out;
}

std::map<std::int64_t, MatchSchool> programme_schools(Ctx& ctx, std::int64_t programme_id) {
    std::map<std::int64_t, MatchSchool> out;
    auto rows = ctx.db.exec(
        "SELECT o.id, o.name, sp.province, sp.municipality FROM programme_participants pp JOIN organisations o ON o.id = pp.organisation_id "
        "JOIN school_profiles sp ON sp.organisation_id = o.id WHERE pp.programme_id = $1 AND pp.kind = 'school'",
        {programme_id});
    for (const auto& row : rows.rows) {
        MatchSchool s;
        s.input.id = row.i64(0);
        s.input.province = row.str(2);
        s.name = row.str(1);
        s.municipality = row.str(3);
        s.input.focus = focus_criteria(ctx, programme_id, s.input.id);
        out.emplace(s.input.id, std::move(s));
    }
    return out;
}

std::map<std::int64_t, MatchCompany> programme_companies(Ctx& ctx, std::int64_t programme_id) {
    std::map<std::int64_t, MatchCompany> out;
    auto rows = ctx.db.exec(
        "SELECT o.id, o.name, cp.province, cp.expertise, cp.capacity FROM programme_participants pp "
        "JOIN organisations o ON o.id = pp.organisation_id JOIN company_profiles cp ON cp.organisation_id = o.id "
        "WHERE pp.programme_id = $1 AND pp.kind = 'company'",
        {programme_id});
    for (const auto& row : rows.rows) {
        MatchCompany c;
        c.input.id = row.i64(0);
        c.input.province = row.str(2);
        std::stringstream in(row.str(3));
        for (std::string e; std::getline(in, e, ',');)
            if (!e.empty()) c.input.expertise.push_back(e);
        c.capacity = static_cast<int>(row.i64(4));
        c.input.free_capacity = c.capacity;
        c.name = row.str(1);
        out.emplace(c.input.id, std::move(c));
    }
    return out;
}

boost::json::object explanation_json(const core::matching::Explanation& e) {
    boost::json::array focus, covered;
    for (const auto& id : e.focus_criteria) focus.push_back(boost::json::value(id));
    for (const auto& id : e.covered_criteria) covered.push_back(boost::json::value(id));
    return {{"province", std::string(core::matching::relation_id(e.province))},
            {"provincePoints", e.province_points},
            {"coveredCriteria", std::move(covered)},
            {"focusCriteria", std::move(focus)},
            {"expertisePoints", e.expertise_points}};
}

}  // namespace sk::api
