// The action plan as PDF and XLSX (docs/api.md, "Action plan"): whoever may read the plan; `?lang=nl|en`.
#include "api/action_plan_scope.h"
#include "api/file_response.h"
#include "core/brussels_date.h"
#include "render/action_plan_pdf.h"
#include "render/pdf_file.h"
#include "render/xlsx.h"
#include "store/action_plan.h"

namespace sk::api {

namespace {

std::string goal_status_name(core::Language lang, const std::string& s) {
    const bool en = lang == core::Language::en;
    if (s == "in_progress") return en ? "In progress" : "Bezig";
    if (s == "achieved") return en ? "Achieved" : "Bereikt";
    if (s == "dropped") return en ? "Dropped" : "Geschrapt";
    return en ? "Not started" : "Niet gestart";
}

std::string action_status_name(core::Language lang, const std::string& s) {
    const bool en = lang == core::Language::en;
    if (s == "doing") return en ? "Doing" : "Bezig";
    if (s == "done") return en ? "Done" : "Klaar";
    return en ? "To do" : "Te doen";
}

struct ExportData {
    LoadedPlan plan;
    core::Language lang;
    std::string today;
    std::string school;
    std::vector<store::PlanGoal> goals;
    const core::Framework* fw = nullptr;  // the programme's framework version, when loaded

    std::string criterion(const std::string& id) const {
        const auto* c = fw ? fw->find_criterion(id) : nullptr;
        return c ? id + " " + c->name.in(lang) : id;
    }
    std::string level(const std::string& id) const {
        const auto l = core::parse_level(id);
        return fw && l ? fw->level_names[static_cast<std::size_t>(core::rank(*l))].in(lang) : id;
    }
};

ExportData load_export(Ctx& ctx) {
    ExportData d{load_plan(ctx), require_query_language(ctx), core::brussels_date(ctx.now()), "", {}, nullptr};
    d.school = ctx.db.exec("SELECT name FROM organisations WHERE id = $1", {d.plan.plan.organisation_id}).one().str(0);
    d.goals = store::plan_goals(ctx.db, d.plan.plan.id);
    if (const auto* e = ctx.services.frameworks ? ctx.services.frameworks->find(d.plan.programme.framework_id, d.plan.programme.framework_version)
                                                : nullptr)
        d.fw = e->framework.get();
    return d;
}

std::string action_plan_file_name(const ExportData& d, const std::string& ext) {
    return (d.lang == core::Language::en ? "action-plan-" : "actieplan-") + std::to_string(d.plan.plan.organisation_id) + "." + ext;
}

// GET /api/programmes/{id}/schools/{orgId}/action-plan.pdf
http::Response pdf(Ctx& ctx) {
    const auto d = load_export(ctx);
    render::ActionPlanPdfData out;
    out.lang = d.lang;
    out.school_name = d.school;
    out.programme_name = d.plan.programme.name;
    out.today = d.today;
    out.progress = plan_progress(d.goals);
    for (const auto& g : d.goals) {
        render::ActionPlanPdfGoal pg;
        pg.title = g.fields.title;
        for (const auto& c : g.fields.criterion_ids) pg.criteria.push_back(d.criterion(c));
        pg.target_level = d.level(g.fields.target_level);
        pg.success_indicator = g.fields.success_indicator;
        pg.owner = g.owner_name.value_or("");
        pg.start_on = g.fields.start_on.value_or("");
        pg.end_on = g.fields.end_on.value_or("");
        pg.status = goal_status_name(d.lang, g.fields.status);
        pg.progress = goal_progress(g);
        pg.resources = g.fields.resources;
        pg.monitoring = g.fields.monitoring;
        for (const auto& a : g.actions)
            pg.actions.push_back({a.title, a.owner_name.value_or(""), a.due_on.value_or(""), action_status_name(d.lang, a.status),
                                  action_overdue(a, d.today)});
        out.goals.push_back(std::move(pg));
    }
    return temp_file_response(ctx, ".pdf", [&](const std::string& path) { render::write_pdf_file(path, [&](std::FILE* f) { render::render_action_plan_pdf(out, f); }); },
                              "application/pdf", action_plan_file_name(d, "pdf"));
}

// GET /api/programmes/{id}/schools/{orgId}/action-plan.xlsx: sheet 1 the goals, sheet 2 the actions.
http::Response xlsx(Ctx& ctx) {
    const auto d = load_export(ctx);
    const bool en = d.lang == core::Language::en;
    using render::XlsxCell;
    auto text = [](const std::string& s) { return XlsxCell{s}; };
    auto opt_text = [](const std::optional<std::string>& s) { return s ? XlsxCell{*s} : XlsxCell{}; };
    render::XlsxTable goals{{text(en ? "Goal" : "Doel"), text(en ? "Criteria" : "Criteria"), text(en ? "Target level" : "Doelniveau"),
                             text(en ? "Success indicator" : "Succesindicator"), text(en ? "Owner" : "Trekker"), text(en ? "Start" : "Start"),
                             text(en ? "End" : "Einde"), text(en ? "Status" : "Status"), text(en ? "Progress (%)" : "Voortgang (%)"),
                             text(en ? "Resources" : "Middelen"), text(en ? "Monitoring" : "Opvolging")}};
    render::XlsxTable actions{{text(en ? "Goal" : "Doel"), text(en ? "Action" : "Actie"), text(en ? "Owner" : "Trekker"),
                               text(en ? "Due" : "Deadline"), text(en ? "Status" : "Status"), text(en ? "Overdue" : "Te laat")}};
    for (const auto& g : d.goals) {
        std::string criteria;
        for (const auto& c : g.fields.criterion_ids) criteria += (criteria.empty() ? "" : "; ") + d.criterion(c);
        goals.push_back({text(g.fields.title), text(criteria), text(d.level(g.fields.target_level)), text(g.fields.success_indicator),
                         opt_text(g.owner_name), opt_text(g.fields.start_on), opt_text(g.fields.end_on),
                         text(goal_status_name(d.lang, g.fields.status)), XlsxCell{static_cast<double>(goal_progress(g))},
                         text(g.fields.resources), text(g.fields.monitoring)});
        for (const auto& a : g.actions)
            actions.push_back({text(g.fields.title), text(a.title), opt_text(a.owner_name), opt_text(a.due_on),
                               text(action_status_name(d.lang, a.status)),
                               text(action_overdue(a, d.today) ? (en ? "yes" : "ja") : (en ? "no" : "nee"))});
    }
    const std::vector<render::XlsxSheet> sheets{{en ? "Goals" : "Doelen", std::move(goals)}, {en ? "Actions" : "Acties", std::move(actions)}};
    return temp_file_response(ctx, ".xlsx", [&](const std::string& path) { render::write_xlsx_file(sheets, path, ctx.services.tmp_dir); },
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", action_plan_file_name(d, "xlsx"));
}

}  // namespace

void add_action_plan_export_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/action-plan.pdf", pdf);
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/action-plan.xlsx", xlsx);
}

}  // namespace sk::api
