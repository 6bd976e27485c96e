#include "api/group_report_scope.h"

#include <algorithm>

#include "api/authz.h"
#include "core/label_rule.h"
#include "core/text_fold.h"
#include "store/group_report_data.h"
#include "store/programmes.h"

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

// What every reader's view of a programme's report is made of: worked out once per change of the programme
// (api/programme_cache.h) and shared, since at 10,000 schools it takes ~15 ms of CPU (two measurement kinds
// of level projections unpacked, the statistics of every criterion). Survey response counts change with
// every response and are not part of it (they do not raise the programme's counter; one indexed query).
struct ReportFacts {
    std::int64_t schools = 0;
    std::vector<std::int64_t> school_ids;          // ascending
    std::vector<core::SchoolLevels> measured;      // of the report's kind, by organisation id
    core::GroupReport report;
    std::array<int, core::kLevelCount> decided{};  // per label
    std::shared_ptr<const std::vector<render::GroupReportSchool>> school_rows;  // by name
};

ReportFacts compute_report_facts(store::Db& db, std::int64_t programme_id, const std::string& kind, const core::Framework& framework) {
    ReportFacts f;
    const core::CriterionIndex index(framework);
    const auto schools = store::programme_schools(db, programme_id);
    f.schools = static_cast<std::int64_t>(schools.size());
    f.school_ids.reserve(schools.size());
    for (const auto& s : schools) f.school_ids.push_back(s.organisation_id);
    std::sort(f.school_ids.begin(), f.school_ids.end());  // the participation filter of every source
    auto baseline = store::submitted_levels(db, programme_id, "baseline", index, f.school_ids);
    auto final_levels = store::submitted_levels(db, programme_id, "final", index, f.school_ids);
    f.report = core::compute_group_report(framework, kind == "baseline" ? baseline : final_levels, baseline, final_levels);
    f.measured = kind == "baseline" ? std::move(baseline) : std::move(final_levels);
    for (const auto& [org, label] : store::decided_labels(db, programme_id))
        if (auto l = parse_label(label)) ++f.decided[static_cast<std::size_t>(core::rank(*l))];
    auto rows = std::make_shared<std::vector<render::GroupReportSchool>>();
    rows->reserve(schools.size());
    for (const auto& s : schools) {
        render::GroupReportSchool row{s.organisation_id, s.name, core::fold_search(s.name), std::nullopt, std::nullopt};
        auto it = std::lower_bound(f.measured.begin(), f.measured.end(), s.organisation_id,
                                   [](const core::SchoolLevels& m, std::int64_t id) { return m.organisation_id < id; });
        if (it != f.measured.end() && it->organisation_id == s.organisation_id) {
            row.levels = it->levels;
            row.estimate = f.report.estimates[static_cast<std::size_t>(it - f.measured.begin())];
        }
        rows->push_back(std::move(row));
    }
    f.school_rows = std::move(rows);
    return f;
}

}  // namespace

void authorize_group_report(Ctx& ctx, std::int64_t programme_id) { reader_of(ctx, programme_id); }

render::GroupReportView load_group_report(Ctx& ctx, std::int64_t programme_id, const std::string& kind) {
    const Reader reader = reader_of(ctx, programme_id);

    render::GroupReportView v;
    v.programme_id = programme_id;
    v.kind = kind;
    v.organiser = reader.organiser;
    // The counter before the data (api/programme_cache.h).
    const auto version = store::programme_version(ctx.db, programme_id);
    const auto p = ctx.db.exec("SELECT name, framework_id, framework_version FROM programmes WHERE id = $1", {programme_id}).one();
    v.programme_name = p.str(0);
    const auto* entry = ctx.services.frameworks ? ctx.services.frameworks->find(p.str(1), p.str(2)) : nullptr;
    if (!entry) throw std::runtime_error("group report: framework " + p.str(1) + " " + p.str(2) + " is not loaded");
    v.framework = entry->framework;
    const auto& framework = *v.framework;
    const auto facts = ctx.services.programme_cache->get<ReportFacts>(
        programme_id, "group-report " + kind + " " + p.str(1) + " " + p.str(2), version,
        [&] { return compute_report_facts(ctx.db, programme_id, kind, framework); });

    v.schools = facts->schools;
    const auto& measured = facts->measured;
    v.submitted = static_cast<std::int64_t>(measured.size());
    v.survey_responses = store::survey_response_counts(ctx.db, programme_id, kind, facts->school_ids);
    for (const char* g : {"leaders", "teachers", "students"}) v.survey_responses.try_emplace(g, 0);

    if (reader.school) {
        v.own_organisation_id = reader.school;
        const auto& rows = *facts->school_rows;
        for (const auto& s : rows)
            if (s.organisation_id == *reader.school) {
                v.own_name = s.name;
                if (s.levels) {
                    v.own_levels = s.levels;
                    std::vector<core::Level> as_levels;
                    for (auto l : *s.levels) as_levels.push_back(l == core::kUnanswered ? core::Level::not_yet : static_cast<core::Level>(l));
                    v.own_estimate = core::label_reached(framework.label_rule, as_levels);
                }
            }
        v.suppressed = v.submitted < core::kGroupReportMinSchools;
        if (v.suppressed) return v;
    }

    v.report = facts->report;
    v.decided = facts->decided;
    if (reader.organiser) v.school_rows = facts->school_rows;
    return v;
}

}  // namespace sk::api
