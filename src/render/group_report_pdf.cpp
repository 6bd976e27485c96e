#include "render/group_report_pdf.h"

#include <cairo-pdf.h>

#include <algorithm>

#include "render/group_report_texts.h"
#include "render/pdf_layout.h"
#include "render/report_texts.h"

namespace sk::render {

namespace {

const Rgb kGroupShade{0.94, 0.95, 0.97};
// not_yet .. expert: light to dark, readable in grey print too.
const Rgb kLevelColors[core::kLevelCount] = {{0.86, 0.44, 0.36}, {0.96, 0.76, 0.36}, {0.47, 0.71, 0.86}, {0.15, 0.42, 0.70}};
const Style kGroupBody{9.5};
const Style kGroupSmall{8, false, false, kMuted};
const Style kGroupHeading{14, true, false, kAccent};
const Style kGroupBold{9.5, true};

class GroupReportWriter {
public:
    GroupReportWriter(const GroupReportView& v, core::Language lang, std::string date, std::FILE* out)
        : v_(v), f_(*v.framework), lang_(lang), date_(std::move(date)), page_(out) {}

    std::string render() {
        page_.on_page_end([this](PdfLayout& p) {
            const std::string footer = v_.programme_name + " · " + t("page") + " " + std::to_string(p.page());
            p.text_at(footer, kGroupSmall, p.left(), PdfLayout::kHeight - 36, p.content_width(), 1);
        });
        const std::string title = t("title") + " – " + v_.programme_name;
        cairo_pdf_surface_set_metadata(cairo_get_target(page_.cr()), CAIRO_PDF_METADATA_TITLE, title.c_str());
        cover();
        if (v_.suppressed) {
            page_.paragraph(t("suppressed"), kGroupBody);
            return page_.finish();
        }
        criteria_chart();
        element_chart();
        focus();
        labels();
        progress();
        if (v_.own_organisation_id) stand();
        if (v_.organiser) schools();
        return page_.finish();
    }

private:
    // Schools listed by name in the organisers' PDF at most (about three pages); more go to the XLSX only.
    static constexpr std::size_t kPdfSchoolListMax = 100;

    std::string t(std::string_view key) const { return group_report_text(lang_, key); }
    std::string level(std::int8_t l) const {
        return l < 0 || l >= core::kLevelCount ? "–" : f_.level_names[static_cast<std::size_t>(l)].in(lang_);
    }
    std::string criterion(std::size_t c) const { return f_.criteria[c].id + " " + f_.criteria[c].name.in(lang_); }

    void heading(const std::string& text) {
        page_.keep(60);
        page_.space(10);
        page_.paragraph(text, kGroupHeading);
        page_.space(4);
    }

    void table(const std::vector<std::vector<std::string>>& rows, const std::vector<double>& fractions, const std::vector<double>& align = {}) {
        std::vector<double> widths;
        for (double fr : fractions) widths.push_back(fr * page_.content_width());
        for (std::size_t i = 0; i < rows.size(); ++i)
            page_.row(rows[i], widths, i == 0 ? kGroupBold : kGroupBody, i % 2 == 1 ? &kGroupShade : nullptr, align);
    }

    void cover() {
        page_.paragraph(t("title"), Style{22, true, false, kAccent});
        page_.space(4);
        page_.paragraph(v_.programme_name, Style{14, true});
        page_.paragraph(measurement_name(lang_, v_.kind) + " · " + f_.name.in(lang_) + " " + f_.version, kGroupBody);
        page_.paragraph(t("date") + ": " + format_date(lang_, date_), kGroupSmall);
        if (v_.own_organisation_id) page_.paragraph(v_.own_name, kGroupBody);
        heading(t("participation"));
        table({{t("figure"), t("value")},
               {t("schools"), std::to_string(v_.schools)},
               {t("submitted"), std::to_string(v_.submitted)},
               {t("survey_leaders"), std::to_string(v_.survey_responses.at("leaders"))},
               {t("survey_teachers"), std::to_string(v_.survey_responses.at("teachers"))},
               {t("survey_students"), std::to_string(v_.survey_responses.at("students"))}},
              {0.7, 0.3}, {0, 1});
    }

    // A horizontal bar per criterion, split in the four level counts, 100% = the schools that answered it.
    void criteria_chart() {
        heading(t("criteria"));
        page_.paragraph(t("criteria_intro"), kGroupSmall);
        page_.space(6);
        legend();
        const double label_w = 190;
        const double bar_x = page_.left() + label_w + 8;
        const double bar_w = page_.content_width() - label_w - 8 - 30;
        const double bar_h = 11;
        cairo_t* cr = page_.cr();
        for (std::size_t c = 0; c < f_.criteria.size(); ++c) {
            const auto& s = v_.report.criteria[c];
            const std::string name = criterion(c);
            const double h = std::max(bar_h, page_.measure(name, kGroupSmall, label_w)) + 5;
            page_.keep(h);
            const double y = page_.y();
            page_.text_at(name, kGroupSmall, page_.left(), y, label_w);
            double x = bar_x;
            for (int l = 0; l < core::kLevelCount; ++l) {
                const int n = s.counts[static_cast<std::size_t>(l)];
                if (n == 0 || s.answered == 0) continue;
                const double w = bar_w * n / s.answered;
                cairo_set_source_rgb(cr, kLevelColors[l].r, kLevelColors[l].g, kLevelColors[l].b);
                cairo_rectangle(cr, x, y, w, bar_h);
                cairo_fill(cr);
                if (w > 14) page_.text_at(std::to_string(n), Style{7, false, false, l >= 2 ? Rgb{1, 1, 1} : Rgb{0.1, 0.1, 0.12}}, x, y + 1, w, 0.5);
                x += w;
            }
            page_.text_at(std::to_string(s.answered), kGroupSmall, bar_x + bar_w + 4, y, 26, 0);
            page_.set_y(y + h);
        }
    }

    void legend() {
        page_.keep(16);
        cairo_t* cr = page_.cr();
        double x = page_.left();
        const double y = page_.y();
        for (int l = 0; l < core::kLevelCount; ++l) {
            cairo_set_source_rgb(cr, kLevelColors[l].r, kLevelColors[l].g, kLevelColors[l].b);
            cairo_rectangle(cr, x, y + 2, 9, 9);
            cairo_fill(cr);
            const std::string name = f_.level_names[static_cast<std::size_t>(l)].in(lang_);
            page_.text_at(name, kGroupSmall, x + 12, y, 100);
            x += 110;
        }
        page_.set_y(y + 18);
    }

    // Bars 0..3 per key element; a school's own mean as a marker line.
    void element_chart() {
        heading(t("elements"));
        page_.paragraph(t("elements_intro"), kGroupSmall);
        page_.space(6);
        const double label_w = 190;
        const double bar_x = page_.left() + label_w + 8;
        const double bar_w = page_.content_width() - label_w - 8 - 40;
        cairo_t* cr = page_.cr();
        for (std::size_t e = 0; e < f_.elements.size(); ++e) {
            const std::string name = f_.elements[e].id + " " + f_.elements[e].name.in(lang_);
            const double h = std::max(14.0, page_.measure(name, kGroupSmall, label_w)) + 5;
            page_.keep(h);
            const double y = page_.y();
            page_.text_at(name, kGroupSmall, page_.left(), y, label_w);
            cairo_set_source_rgb(cr, 0.9, 0.9, 0.92);
            cairo_rectangle(cr, bar_x, y, bar_w, 12);
            cairo_fill(cr);
            const auto& mean = v_.report.element_means[e];
            if (mean) {
                cairo_set_source_rgb(cr, kAccent.r, kAccent.g, kAccent.b);
                cairo_rectangle(cr, bar_x, y, bar_w * *mean / 3.0, 12);
                cairo_fill(cr);
            }
            if (v_.own_levels) {
                if (auto own = core::element_mean(f_, f_.elements[e].id, *v_.own_levels)) {
                    const double mx = bar_x + bar_w * *own / 3.0;
                    cairo_set_source_rgb(cr, 0.85, 0.2, 0.2);
                    cairo_set_line_width(cr, 2);
                    cairo_move_to(cr, mx, y - 2);
                    cairo_line_to(cr, mx, y + 14);
                    cairo_stroke(cr);
                }
            }
            page_.text_at(mean ? format_number(lang_, *mean) : "–", kGroupSmall, bar_x + bar_w + 4, y, 36);
            page_.set_y(y + h);
        }
    }

    void focus() {
        heading(t("focus"));
        page_.paragraph(t("focus_intro"), kGroupSmall);
        page_.space(4);
        std::vector<std::vector<std::string>> rows = {{t("criterion"), t("median"), t("spread")}};
        for (const auto& p : v_.report.focus_points)
            rows.push_back({criterion(p.criterion), level(static_cast<std::int8_t>(core::rank(p.median))), std::to_string(p.spread)});
        table(rows, {0.6, 0.25, 0.15}, {0, 0, 1});
    }

    void labels() {
        heading(t("labels"));
        std::vector<std::vector<std::string>> rows = {{t("label"), t("estimated"), t("decided")}};
        for (int l = 0; l < core::kLevelCount; ++l)
            rows.push_back({label_name(lang_, static_cast<core::Label>(l)), std::to_string(v_.report.estimated[static_cast<std::size_t>(l)]),
                            std::to_string(v_.decided[static_cast<std::size_t>(l)])});
        table(rows, {0.5, 0.25, 0.25}, {0, 1, 1});
    }

    void progress() {
        heading(t("progress"));
        std::vector<std::vector<std::string>> rows = {{t("criterion"), t("compared"), t("mean_change"), t("improved")}};
        for (std::size_t c = 0; c < f_.criteria.size(); ++c) {
            const auto& p = v_.report.progress[c];
            rows.push_back({criterion(c), std::to_string(p.compared), p.mean_change ? format_number(lang_, *p.mean_change) : "–",
                            std::to_string(p.improved)});
        }
        table(rows, {0.55, 0.15, 0.15, 0.15}, {0, 1, 1, 1});
    }

    void stand() {
        heading(t("stand"));
        page_.paragraph(t("stand_intro"), kGroupSmall);
        page_.space(4);
        std::vector<std::vector<std::string>> rows = {{t("criterion"), t("own_level"), t("median")}};
        for (std::size_t c = 0; c < f_.criteria.size(); ++c) {
            const auto& m = v_.report.criteria[c].median;
            rows.push_back({criterion(c), v_.own_levels ? level((*v_.own_levels)[c]) : "–",
                            m ? level(static_cast<std::int8_t>(core::rank(*m))) : "–"});
        }
        table(rows, {0.6, 0.2, 0.2});
    }

    void schools() {
        heading(t("school_list"));
        if (v_.school_rows->size() > kPdfSchoolListMax) {
            // A region's 10,000 schools made a 316-page report; the figures above are the report, and the
            // list is the spreadsheet's job (it has a row per school).
            std::string text = t("school_list_in_xlsx");
            text.replace(text.find("{n}"), 3, std::to_string(v_.school_rows->size()));
            page_.paragraph(text, kGroupBody);
            return;
        }
        std::vector<std::vector<std::string>> rows = {{t("school"), t("estimate")}};
        for (const auto& s : *v_.school_rows) rows.push_back({s.name, s.estimate ? label_name(lang_, *s.estimate) : t("not_submitted")});
        table(rows, {0.7, 0.3});
    }

    const GroupReportView& v_;
    const core::Framework& f_;
    core::Language lang_;
    std::string date_;
    PdfLayout page_;
};

}  // namespace

std::string render_group_report_pdf(const GroupReportView& view, core::Language lang, const std::string& date, std::FILE* out) {
    return GroupReportWriter(view, lang, date, out).render();
}

}  // namespace sk::render
