// A school's self-assessment results: JSON for the results screen, the PDF school report and the XLSX
// of the answers. See docs/api.md, "Self-assessment" → "Results and report". Everything is computed by
// core/results.h from the measurement's answers and the survey aggregates (threshold enforced there).
#include <boost/json.hpp>

#include <cmath>

#include "api/authz.h"
#include "api/mentor_scope.h"
#include "api/context.h"
#include "api/file_response.h"
#include "core/brussels_date.h"
#include "core/results.h"
#include "render/answers_xlsx.h"
#include "render/pdf_report.h"
#include "render/pdf_file.h"
#include "store/measurements.h"
#include "store/results_data.h"
#include "store/surveys.h"

namespace sk::api {

namespace {

struct Subject {
    std::int64_t programme_id = 0;
    std::int64_t organisation_id = 0;
    std::string programme_name;
    std::string school_name;
    std::string kind;
    store::Measurement measurement;
    const core::Framework* framework = nullptr;
    core::Results results;
    std::optional<core::Comparison> comparison;
    std::shared_ptr<const core::Framework> keep_framework;
};

// Who may see a school's results in a programme: members of that school (which must take part in the
// programme), its confirmed mentor and the programme's organisers. A school that does not take part has no results there (404).
void authorize(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id) {
    ctx.user();
    if (ctx.db.exec("SELECT 1 FROM programmes WHERE id = $1", {programme_id}).empty()) throw ApiError::not_found();
    const bool participates = !ctx.db
                                   .exec("SELECT 1 FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2 "
                                         "AND kind = 'school'",
                                         {programme_id, organisation_id})
                                   .empty();
    // The mentor of a confirmed pair sees the school's results too (docs/api.md "Mentoring and matching").
    require(is_programme_organiser(ctx, programme_id) ||
            (participates && (is_member(ctx, organisation_id) || is_confirmed_mentor_of(ctx, programme_id, organisation_id))));
    if (!participates) throw ApiError::not_found();
}

std::string parse_kind(const Ctx& ctx) {
    const std::string kind = query_value(ctx, "kind");
    if (kind.empty()) throw ApiError::field("kind", "field.required");
    if (kind != "baseline" && kind != "final") throw ApiError::field("kind", "results.bad_kind");
    return kind;
}

core::Results results_of(Ctx& ctx, const store::Measurement& m, const core::Framework& framework, std::int64_t programme_id,
                                        std::int64_t organisation_id) {
    const auto answers = store::result_answers(ctx.db, m.id);
    std::vector<std::string> criterion_ids;
    for (const auto& c : framework.criteria) criterion_ids.push_back(c.id);
    const auto groups = store::survey_aggregates(ctx.db, programme_id, organisation_id, m.kind, criterion_ids);
    return core::compute_results(framework, answers, groups);
}

Subject load_subject(Ctx& ctx) {
    Subject s;
    s.programme_id = id_param(ctx, "id");
    s.organisation_id = id_param(ctx, "orgId");
    authorize(ctx, s.programme_id, s.organisation_id);
    s.kind = parse_kind(ctx);

    auto m = store::find_measurement(ctx.db, s.programme_id, s.organisation_id, s.kind);
    if (!m) throw ApiError{404, "results_not_started", {}, {}, {}};
    s.measurement = *m;
    const auto* entry = ctx.services.frameworks ? ctx.services.frameworks->find(m->framework_id, m->framework_version) : nullptr;
    if (!entry) throw std::runtime_error("results: framework " + m->framework_id + " " + m->framework_version + " is not loaded");
    s.keep_framework = entry->framework;
    s.framework = entry->framework.get();
    s.programme_name = ctx.db.exec("SELECT name FROM programmes WHERE id = $1", {s.programme_id}).one().str(0);
    s.school_name = ctx.db.exec("SELECT name FROM organisations WHERE id = $1", {s.organisation_id}).one().str(0);
    s.results = results_of(ctx, *m, *s.framework, s.programme_id, s.organisation_id);

    // Baseline against final: both measurements, each read against its own framework version, compared on this one's.
    const std::string other_kind = s.kind == "baseline" ? "final" : "baseline";
    if (auto other = store::find_measurement(ctx.db, s.programme_id, s.organisation_id, other_kind)) {
        const auto* other_entry = ctx.services.frameworks->find(other->framework_id, other->framework_version);
        if (other_entry) {
            const auto other_results = results_of(ctx, *other, *other_entry->framework, s.programme_id, s.organisation_id);
            s.comparison = s.kind == "final" ? core::compare(other_results, s.results) : core::compare(s.results, other_results);
        }
    }
    return s;
}

// Scores go out with one decimal: enough for a chart, and the same number on every screen.
boost::json::value score(const std::optional<double>& v) {
    if (!v) return nullptr;
    return std::round(*v * 10) / 10;
}

boost::json::value results_json(const Subject& s, core::Language lang) {
    const auto& r = s.results;
    boost::json::array elements;
    for (const auto& e : r.elements) {
        boost::json::object groups;
        for (const auto& [g, v] : e.groups) groups[g] = score(v);
        elements.push_back(boost::json::object{
            {"elementId", e.element->id}, {"name", e.element->name.in(lang)}, {"self", score(e.self)}, {"groups", std::move(groups)}});
    }
    boost::json::array criteria;
    for (const auto& c : r.criteria) {
        boost::json::object groups;
        for (const auto& [g, gc] : c.groups)
            groups[g] = boost::json::object{{"mean", std::round(*gc.mean * 100) / 100},
                                            {"scores", gc.scores},
                                            {"dontKnow", gc.dont_know},
                                            {"responses", gc.responses}};
        criteria.push_back(boost::json::object{{"criterionId", c.criterion->id},
                                               {"elementId", c.criterion->element_id},
                                               {"name", c.criterion->name.in(lang)},
                                               {"level", c.level ? boost::json::value(core::level_id(*c.level)) : nullptr},
                                               {"comment", c.comment},
                                               {"groups", std::move(groups)},
                                               {"divergence", score(c.divergence)}});
    }
    boost::json::array groups;
    for (const auto& g : r.groups) groups.push_back(boost::json::object{{"group", g.group}, {"responses", g.responses}, {"counted", g.counted}, {"shown", g.shown}});
    boost::json::array divergent;
    for (const auto& d : r.divergent)
        divergent.push_back(boost::json::object{{"criterionId", d.criterion_id},
                                                {"spread", score(d.spread)},
                                                {"highest", {{"source", d.highest.source}, {"value", score(d.highest.value)}}},
                                                {"lowest", {{"source", d.lowest.source}, {"value", score(d.lowest.value)}}}});
    boost::json::array blockers;
    for (const auto& b : r.label.blockers)
        blockers.push_back(
            boost::json::object{{"criterionId", b.criterion_id}, {"level", core::level_id(b.level)}, {"gap", b.gap}, {"tooFar", b.too_far}});
    boost::json::object label{{"label", core::label_id(r.label.label)},
                              {"next", r.label.next ? boost::json::value(core::level_id(*r.label.next)) : nullptr},
                              {"atOrAboveNext", r.label.at_or_above_next},
                              {"needed", r.label.needed},
                              {"missing", r.label.missing},
                              {"blockers", std::move(blockers)}};
    boost::json::value comparison = nullptr;
    if (s.comparison) {
        auto changes = [](const std::vector<core::Change>& list, const char* id_name, bool ranks) {
            boost::json::array out;
            for (const auto& c : list) {
                auto v = [&](const std::optional<double>& x) { return ranks ? (x ? boost::json::value(*x) : nullptr) : score(x); };
                out.push_back(boost::json::object{{id_name, c.id}, {"baseline", v(c.baseline)}, {"final", v(c.final_value)}, {"change", v(c.change)}});
            }
            return out;
        };
        comparison = boost::json::object{{"criteria", changes(s.comparison->criteria, "criterionId", true)},
                                         {"elements", changes(s.comparison->elements, "elementId", false)}};
    }
    return boost::json::object{{"kind", s.kind},
                               {"measurementStatus", s.measurement.status},
                               {"frameworkId", s.measurement.framework_id},
                               {"frameworkVersion", s.measurement.framework_version},
                               {"elements", std::move(elements)},
                               {"criteria", std::move(criteria)},
                               {"groups", std::move(groups)},
                               {"divergent", std::move(divergent)},
                               {"label", std::move(label)},
                               {"comparison", std::move(comparison)}};
}

std::string results_file_name(core::Language lang, const Subject& s, const std::string& ext) {
    const bool en = lang == core::Language::en;
    const std::string kind = s.kind == "baseline" ? (en ? "baseline" : "nulmeting") : (en ? "final" : "eindmeting");
    return (en ? "results-" : "resultaten-") + kind + "-" + std::to_string(s.organisation_id) + "." + ext;
}

http::Response show_results(Ctx& ctx) {
    const auto s = load_subject(ctx);
    return json_response(200, boost::json::serialize(results_json(s, ctx.lang)));
}

http::Response show_results_pdf(Ctx& ctx) {
    // The language is checked with the other input, before anything is read.
    const auto query_lang = query_language(ctx);
    if (!query_lang) {
        // Authorization still comes first: a stranger learns nothing from a 400.
        authorize(ctx, id_param(ctx, "id"), id_param(ctx, "orgId"));
        std::map<std::string, FieldError> fields{{"lang", {kBadLangKey, {}}}};
        const std::string kind = query_value(ctx, "kind");
        if (kind != "baseline" && kind != "final") fields["kind"] = {kind.empty() ? "field.required" : "results.bad_kind", {}};
        throw ApiError::validation(std::move(fields));
    }
    const core::Language lang = *query_lang;
    const auto s = load_subject(ctx);
    render::ReportData data;
    data.lang = lang;
    data.school_name = s.school_name;
    data.programme_name = s.programme_name;
    data.kind = s.kind;
    data.status = s.measurement.status;
    data.date = core::brussels_date(ctx.now());
    data.framework = s.framework;
    data.results = s.results;
    data.comparison = s.comparison;
    return temp_file_response(ctx, ".pdf", [&](const std::string& path) { render::write_pdf_file(path, [&](std::FILE* out) { render::render_report_pdf(data, out); }); },
                              "application/pdf", results_file_name(lang, s, "pdf"));
}

http::Response show_answers_xlsx(Ctx& ctx) {
    const auto s = load_subject(ctx);
    return temp_file_response(
        ctx, ".xlsx",
        [&](const std::string& path) { render::write_xlsx_file({render::answers_sheet(*s.framework, s.results, ctx.lang)}, path, ctx.services.tmp_dir); },
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", results_file_name(ctx.lang, s, "xlsx"));
}

}  // namespace

void add_results_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/results", show_results);
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/report.pdf", show_results_pdf);
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/answers.xlsx", show_answers_xlsx);
}

}  // namespace sk::api
