#include "api/group_report_scope.h"

#include <algorithm>

#include "api/authz.h"
#include "core/label_rule.h"
#include "store/group_report_data.h"

namespace sk::api {

namespace {

struct Reader {
    bool organiser = false;
    std::optional<std::int64_t> school;  // the reader's school (lowest id) when not an organiser
};

Reader reader_of(Ctx& ctx, std::int64_t programme_id) {
    ctx.user();
    if (ctx.db.exec("SELECT 1 FROM programmes WHERE id = $1", {programme_id}).empty()) throw ApiError::not_found();
    if (is_programme_organiser(ctx, programme_id)) return {true, std::nullopt};
    const auto r = ctx.db.exec(
        "SELECT pp.organisation_id FROM programme_participants pp JOIN memberships m ON m.organisation_id = pp.organisation_id "
        "WHERE pp.programme_id = $1 AND pp.kind = 'school' AND m.user_id = $2 ORDER BY pp.organisation_id",
        {programme_id, ctx.user().id});
    if (r.empty()) throw ApiError::forbidden();
    return {false, r.one().i64(0)};
}

std::optional<core::Label> parse_label(const std::string& id) {
    for (int i = 0; i < core::kLevelCount; ++i)
        if (core::label_id(static_cast<core::Label>(i)) == id) return static_cast<core::Label>(i);
    return std::nullopt;
}

}  // namespace

void authorize_group_report(Ctx& ctx, std::int64_t programme_id) { reader_of(ctx, programme_id); }

render::GroupReportView load_group_report(Ctx& ctx, std::int64_t programme_id, const std::string& kind) {
    const Reader reader = reader_of(ctx, programme_id);

    render::GroupReportView v;
    v.programme_id = programme_id;
    v.kind = kind;
    v.organiser = reader.organiser;
    const auto p = ctx.db.exec("SELECT name, framework_id, framework_version FROM programmes WHERE id = $1", {programme_id}).one();
    v.programme_name = p.str(0);
    const auto* entry = ctx.services.frameworks ? ctx.services.frameworks->find(p.str(1), p.str(2)) : nullptr;
    if (!entry) throw std::runtime_error("group report: framework " + p.str(1) + " " + p.str(2) + " is not loaded");
    v.framework = entry->framework;
    const auto& framework = *v.framework;
    const core::CriterionIndex index(framework);

    const auto schools = store::programme_schools(ctx.db, programme_id);
    v.schools = static_cast<std::int64_t>(schools.size());
    std::vector<std::int64_t> school_ids;  // ascending: the participation filter of every source
    school_ids.reserve(schools.size());
    for (const auto& s : schools) school_ids.push_back(s.organisation_id);
    std::sort(school_ids.begin(), school_ids.end());
    auto baseline = store::submitted_levels(ctx.db, programme_id, "baseline", index, school_ids);
    auto final_levels = store::submitted_levels(ctx.db, programme_id, "final", index, school_ids);
    const auto& measured = kind == "baseline" ? baseline : final_levels;
    v.submitted = static_cast<std::int64_t>(measured.size());
    v.survey_responses = store::survey_response_counts(ctx.db, programme_id, kind, school_ids);
    for (const char* g : {"leaders", "teachers", "students"}) v.survey_responses.try_emplace(g, 0);

    const auto own_row = [&](std::int64_t org) -> const core::SchoolLevels* {
        auto it = std::lower_bound(measured.begin(), measured.end(), org,
                                   [](const core::SchoolLevels& s, std::int64_t id) { return s.organisation_id < id; });
        return it != measured.end() && it->organisation_id == org ? &*it : nullptr;
    };

    if (reader.school) {
        v.own_organisation_id = reader.school;
        for (const auto& s : schools)
            if (s.organisation_id == *reader.school) v.own_name = s.name;
        if (const auto* own = own_row(*reader.school)) {
            v.own_levels = own->levels;
            std::vector<core::Level> as_levels;
            for (auto l : own->levels) as_levels.push_back(l == core::kUnanswered ? core::Level::not_yet : static_cast<core::Level>(l));
            v.own_estimate = core::label_reached(framework.label_rule, as_levels);
        }
        v.suppressed = v.submitted < core::kGroupReportMinSchools;
        if (v.suppressed) return v;
    }

    v.report = core::compute_group_report(framework, measured, baseline, final_levels);
    for (const auto& [org, label] : store::decided_labels(ctx.db, programme_id))
        if (auto l = parse_label(label)) ++v.decided[static_cast<std::size_t>(core::rank(*l))];

    if (reader.organiser) {
        for (const auto& s : schools) {
            render::GroupReportSchool row{s.organisation_id, s.name, std::nullopt, std::nullopt};
            if (const auto* levels = own_row(s.organisation_id)) {
                row.levels = levels->levels;
                row.estimate = v.report.estimates[static_cast<std::size_t>(levels - measured.data())];
            }
            v.school_rows.push_back(std::move(row));
        }
    }
    return v;
}

}  // namespace sk::api
