// The programme's group report: JSON, the organisers' per-school table (paged), PDF and XLSX. See docs/api.md "Group report and working groups".
// Figures come from core/group_report.h; who sees what is decided once in group_report_scope.cpp.
#include <boost/json.hpp>

#include <algorithm>
#include <cmath>

#include "api/authz.h"
#include "api/context.h"
#include "api/file_response.h"
#include "api/group_report_scope.h"
#include "api/paging.h"
#include "core/brussels_date.h"
#include "core/text_fold.h"
#include "render/group_report_pdf.h"
#include "render/pdf_file.h"
#include "render/group_report_xlsx.h"

namespace sk::api {

namespace {

// One decimal, like the other reports: the same number on every screen.
boost::json::value one_decimal(const std::optional<double>& v) {
    if (!v) return nullptr;
    return std::round(*v * 10) / 10;
}

boost::json::value level_json(std::int8_t v) {
    if (v < 0 || v >= core::kLevelCount) return nullptr;
    return boost::json::value(core::level_id(static_cast<core::Level>(v)));
}

boost::json::object label_counts(const std::array<int, core::kLevelCount>& counts) {
    boost::json::object out;
    for (int i = 0; i < core::kLevelCount; ++i) out[core::label_id(static_cast<core::Label>(i))] = counts[static_cast<std::size_t>(i)];
    return out;
}

boost::json::value report_json(const render::GroupReportView& v) {
    const auto& f = *v.framework;
    const auto& r = v.report;
    boost::json::object participation{{"schools", v.schools}, {"submitted", v.submitted}};
    boost::json::object surveys;
    for (const char* g : {"leaders", "teachers", "students"}) surveys[g] = v.survey_responses.at(g);
    participation["surveyResponses"] = std::move(surveys);

    boost::json::array criteria;
    boost::json::array elements;
    boost::json::array focus;
    boost::json::array progress;
    if (!v.suppressed) {
        for (std::size_t c = 0; c < f.criteria.size(); ++c) {
            const auto& s = r.criteria[c];
            boost::json::object counts;
            for (int l = 0; l < core::kLevelCount; ++l) counts[core::level_id(static_cast<core::Level>(l))] = s.counts[static_cast<std::size_t>(l)];
            criteria.push_back(boost::json::object{
                {"criterionId", f.criteria[c].id},
                {"elementId", f.criteria[c].element_id},
                {"counts", std::move(counts)},
                {"answered", s.answered},
                {"median", s.median ? boost::json::value(core::level_id(*s.median)) : nullptr},
                {"spread", s.spread ? boost::json::value(*s.spread) : nullptr},
                {"ownLevel", v.own_levels ? level_json((*v.own_levels)[c]) : nullptr}});
            const auto& p = r.progress[c];
            progress.push_back(boost::json::object{{"criterionId", f.criteria[c].id},
                                                   {"meanChange", one_decimal(p.mean_change)},
                                                   {"improved", p.improved},
                                                   {"compared", p.compared}});
        }
        for (std::size_t e = 0; e < f.elements.size(); ++e) {
            const auto own = v.own_levels ? core::element_mean(f, f.elements[e].id, *v.own_levels) : std::nullopt;
            elements.push_back(
                boost::json::object{{"elementId", f.elements[e].id}, {"mean", one_decimal(r.element_means[e])}, {"ownMean", one_decimal(own)}});
        }
        for (const auto& p : r.focus_points)
            focus.push_back(boost::json::object{
                {"criterionId", f.criteria[p.criterion].id}, {"median", core::level_id(p.median)}, {"spread", p.spread}});
    }
    boost::json::object out{{"programmeId", v.programme_id},
                            {"measurement", v.kind},
                            {"frameworkId", f.id},
                            {"frameworkVersion", f.version},
                            {"participation", std::move(participation)},
                            {"suppressed", v.suppressed},
                            {"criteria", std::move(criteria)},
                            {"elements", std::move(elements)},
                            {"focusPoints", std::move(focus)},
                            {"labels", {{"estimated", label_counts(r.estimated)}, {"decided", label_counts(v.decided)}}},
                            {"progress", std::move(progress)}};
    if (v.own_organisation_id) {
        out["own"] = boost::json::object{{"organisationId", *v.own_organisation_id},
                                         {"submitted", v.own_levels.has_value()},
                                         {"estimate", v.own_estimate ? boost::json::value(core::label_id(*v.own_estimate)) : nullptr}};
    } else {
        out["own"] = nullptr;
    }
    // The organisers' per-school table is its own paged route (10,000 schools × 21 levels would be 4.7 MB here).
    if (v.organiser)
        out["schoolTable"] = "/api/programmes/" + std::to_string(v.programme_id) + "/group-report/schools?measurement=" + v.kind;
    return out;
}

boost::json::object school_row_json(const core::Framework& f, const render::GroupReportSchool& s) {
    boost::json::object levels;
    for (std::size_t c = 0; c < f.criteria.size(); ++c) levels[f.criteria[c].id] = s.levels ? level_json((*s.levels)[c]) : nullptr;
    return {{"organisationId", s.organisation_id},
            {"name", s.name},
            {"submitted", s.levels.has_value()},
            {"levels", std::move(levels)},
            {"estimate", s.estimate ? boost::json::value(core::label_id(*s.estimate)) : nullptr}};
}

// The sort fields of the per-school table (api/paging.h), ordered in C++ like the rows' estimates they
// need: "estimate" puts not submitted first, then none, competent, proficient, expert.
constexpr SortField kSchoolTableSorts[] = {{"name", ""}, {"estimate", ""}, {"submitted", ""}};

int estimate_rank(const render::GroupReportSchool& s) { return s.estimate ? 1 + core::rank(*s.estimate) : 0; }

std::string estimate_value(const render::GroupReportSchool& s) {
    return s.estimate ? std::string(core::label_id(*s.estimate)) : std::string("notSubmitted");
}

// The query of every route: `measurement` always, `lang` for the files. Authorization comes first, so a
// stranger learns nothing from a 400.
struct Request {
    std::int64_t programme_id = 0;
    std::string kind;
    core::Language lang = core::Language::nl;
};

Request parse(Ctx& ctx, bool with_lang) {
    Request q;
    q.programme_id = id_param(ctx, "id");
    authorize_group_report(ctx, q.programme_id);
    std::map<std::string, FieldError> fields;
    q.kind = query_value(ctx, "measurement");
    if (q.kind.empty())
        fields["measurement"] = {"field.required", {}};
    else if (q.kind != "baseline" && q.kind != "final")
        fields["measurement"] = {"field.group_report_measurement", {}};
    q.lang = ctx.lang;
    if (with_lang) {
        if (const auto lang = query_language(ctx)) q.lang = *lang;
        else fields["lang"] = {kBadLangKey, {}};
    }
    if (!fields.empty()) throw ApiError::validation(std::move(fields));
    return q;
}

std::string group_report_file_name(core::Language lang, const Request& q, const std::string& ext) {
    const bool en = lang == core::Language::en;
    const std::string kind = q.kind == "baseline" ? (en ? "baseline" : "nulmeting") : (en ? "final" : "eindmeting");
    return (en ? "group-report-" : "groepsrapport-") + kind + "-" + std::to_string(q.programme_id) + "." + ext;
}

http::Response show_group_report(Ctx& ctx) {
    const auto q = parse(ctx, false);
    return json_response(200, boost::json::serialize(report_json(load_group_report(ctx, q.programme_id, q.kind))));
}

// GET /api/programmes/{id}/group-report/schools?measurement=&submitted=&estimate= (paged): the organisers'
// per-school table of the report, with counts per filter value.
http::Response show_group_report_schools(Ctx& ctx) {
    const auto q = parse(ctx, false);
    std::map<std::string, FieldError> bad;
    const auto page = read_page(ctx.req.query, kSchoolTableSorts, "name", bad);
    const std::string submitted = query_value(ctx, "submitted"), estimate = query_value(ctx, "estimate");
    if (!submitted.empty() && submitted != "yes" && submitted != "no") bad["submitted"] = {"field.group_report_submitted", {}};
    static const std::vector<std::string> kEstimates = {"notSubmitted", "none", "competent", "proficient", "expert"};
    if (!estimate.empty() && std::find(kEstimates.begin(), kEstimates.end(), estimate) == kEstimates.end())
        bad["estimate"] = {"field.group_report_estimate", {}};
    auto v = load_group_report(ctx, q.programme_id, q.kind);
    if (!v.organiser) throw ApiError::forbidden();
    if (!bad.empty()) throw ApiError::validation(bad);

    const std::string needle = core::fold_search(page.q);
    std::vector<std::pair<std::string_view, const render::GroupReportSchool*>> rows;  // folded name, row
    std::map<std::string, std::int64_t> by_submitted{{"yes", 0}, {"no", 0}}, by_estimate;
    for (const auto& e : kEstimates) by_estimate[e] = 0;
    for (const auto& s : *v.school_rows) {
        const auto& key = s.name_key;
        if (!needle.empty() && key.find(needle) == std::string::npos) continue;
        const std::string yes_no = s.levels ? "yes" : "no", value = estimate_value(s);
        if (estimate.empty() || estimate == value) ++by_submitted[yes_no];
        if (submitted.empty() || submitted == yes_no) ++by_estimate[value];
        if ((submitted.empty() || submitted == yes_no) && (estimate.empty() || estimate == value)) rows.emplace_back(key, &s);
    }
    const std::string_view field = page.descending ? std::string_view(page.sort).substr(1) : std::string_view(page.sort);
    const auto less = [&](const auto& a, const auto& b) {
        if (field == "estimate" && estimate_rank(*a.second) != estimate_rank(*b.second)) return estimate_rank(*a.second) < estimate_rank(*b.second);
        if (field == "submitted" && a.second->levels.has_value() != b.second->levels.has_value()) return !a.second->levels.has_value();
        if (a.first != b.first) return a.first < b.first;
        return a.second->organisation_id < b.second->organisation_id;
    };
    std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) { return page.descending ? less(b, a) : less(a, b); });

    boost::json::array out;
    const auto total = static_cast<std::int64_t>(rows.size());
    for (auto n = std::min(page.offset(), total), end = std::min(n + page.size, total); n < end; ++n)
        out.push_back(school_row_json(*v.framework, *rows[static_cast<std::size_t>(n)].second));
    auto doc = page_json(page, "schools", std::move(out), total);
    doc["measurement"] = q.kind;
    doc["counts"] = boost::json::object{{"submitted", counts_json(by_submitted)}, {"estimate", counts_json(by_estimate)}};
    return json_response(200, boost::json::serialize(doc));
}

http::Response show_group_report_pdf(Ctx& ctx) {
    const auto q = parse(ctx, true);
    const auto v = load_group_report(ctx, q.programme_id, q.kind);
    const auto date = core::brussels_date(ctx.now());
    return temp_file_response(
        ctx, ".pdf",
        [&](const std::string& path) { render::write_pdf_file(path, [&](std::FILE* out) { render::render_group_report_pdf(v, q.lang, date, out); }); },
        "application/pdf", group_report_file_name(q.lang, q, "pdf"));
}

http::Response show_group_report_xlsx(Ctx& ctx) {
    const auto q = parse(ctx, true);
    const auto v = load_group_report(ctx, q.programme_id, q.kind);
    return temp_file_response(
        ctx, ".xlsx", [&](const std::string& path) { render::write_xlsx_file(render::group_report_sheets(v, q.lang), path, ctx.services.tmp_dir); },
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", group_report_file_name(q.lang, q, "xlsx"));
}

}  // namespace

void add_group_report_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/group-report", show_group_report);
    r.add("GET", "/api/programmes/{id}/group-report/schools", show_group_report_schools);
    r.add("GET", "/api/programmes/{id}/group-report.pdf", show_group_report_pdf);
    r.add("GET", "/api/programmes/{id}/group-report.xlsx", show_group_report_xlsx);
}

}  // namespace sk::api
