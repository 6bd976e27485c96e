#include "render/action_plan_pdf.h"

#include <cairo-pdf.h>

#include "render/pdf_layout.h"
#include "render/report_texts.h"

namespace sk::render {

namespace {

const Rgb kLate{0.70, 0.10, 0.10};
const Rgb kPlanShade{0.93, 0.94, 0.97};

// A label and its value on one line, skipped when the value is empty.
void field(PdfLayout& page, const std::string& label, const std::string& value) {
    if (value.empty()) return;
    page.paragraph(label + ": " + value, Style{9.5});
    page.space(2);
}

}  // namespace

std::string render_action_plan_pdf(const ActionPlanPdfData& d, std::FILE* out) {
    const bool en = d.lang == core::Language::en;
    const auto date = [&](const std::string& iso) { return iso.empty() ? std::string() : format_date(d.lang, iso); };
    PdfLayout page(out);
    const std::string title = en ? "Action plan" : "Actieplan";
    cairo_pdf_surface_set_metadata(cairo_get_target(page.cr()), CAIRO_PDF_METADATA_TITLE, (title + " – " + d.school_name).c_str());
    page.on_page_end([&](PdfLayout& p) {
        p.text_at(d.school_name + " · " + title + " · " + std::to_string(p.page()), Style{8, false, false, kMuted}, p.left(),
                  PdfLayout::kHeight - 30, p.content_width(), 0.5);
    });

    page.paragraph(title + ": " + d.school_name, Style{18, true, false, kAccent});
    page.space(4);
    page.paragraph(d.programme_name, Style{11});
    page.paragraph((en ? "Printed on " : "Afgedrukt op ") + date(d.today) + " · " + (en ? "Overall progress: " : "Totale voortgang: ") +
                       std::to_string(d.progress) + "%",
                   Style{9.5, false, false, kMuted});
    page.space(14);
    if (d.goals.empty()) page.paragraph(en ? "This plan has no goals yet." : "Dit plan heeft nog geen doelen.", Style{10, false, true});

    const double w = page.content_width();
    const std::vector<double> cols = {w * 0.46, w * 0.22, w * 0.14, w * 0.18};
    int n = 0;
    for (const auto& g : d.goals) {
        page.keep(90);
        page.paragraph((en ? "Goal " : "Doel ") + std::to_string(++n) + ": " + g.title, Style{13, true, false, kAccent});
        page.space(4);
        std::string criteria;
        for (const auto& c : g.criteria) criteria += (criteria.empty() ? "" : "; ") + c;
        field(page, en ? "Criteria" : "Criteria", criteria);
        field(page, en ? "Target level" : "Doelniveau", g.target_level);
        field(page, en ? "Success indicator" : "Succesindicator", g.success_indicator);
        field(page, en ? "Owner" : "Trekker", g.owner);
        if (!g.start_on.empty() || !g.end_on.empty())
            field(page, en ? "Timeframe" : "Periode", (g.start_on.empty() ? "…" : date(g.start_on)) + " – " + (g.end_on.empty() ? "…" : date(g.end_on)));
        field(page, en ? "Status" : "Status", g.status + " · " + std::to_string(g.progress) + "%");
        field(page, en ? "Resources" : "Middelen", g.resources);
        field(page, en ? "Monitoring" : "Opvolging", g.monitoring);
        page.space(4);
        if (g.actions.empty()) {
            page.paragraph(en ? "No actions yet." : "Nog geen acties.", Style{9, false, true, kMuted});
        } else {
            page.row({en ? "Action" : "Actie", en ? "Owner" : "Trekker", en ? "Due" : "Deadline", "Status"}, cols, Style{9, true}, &kPlanShade);
            for (const auto& a : g.actions) {
                std::string due = date(a.due_on);
                if (a.overdue) due += en ? " (overdue)" : " (te laat)";
                page.row({a.title, a.owner, due, a.status}, cols, Style{9, false, false, a.overdue ? kLate : Rgb{0.1, 0.1, 0.12}});
            }
        }
        page.space(14);
    }
    return page.finish();
}

}  // namespace sk::render
