#include "render/pdf_report.h"

#include <cairo-pdf.h>

#include "render/pdf_layout.h"
#include "render/radar_chart.h"
#include "render/report_texts.h"

namespace sk::render {

namespace {

const Rgb kShade{0.93, 0.95, 0.98};
const Rgb kHeaderShade{0.86, 0.90, 0.96};

const Style kBody{9.5};
const Style kSmall{8.5, false, false, kMuted};
const Style kBold{9.5, true};
const Style kH1{16, true, false, kAccent};
const Style kH2{12.5, true, false, kAccent};

class Report {
public:
    Report(const ReportData& d, std::FILE* out) : d_(d), lang_(d.lang), page_(out) {}

    std::string render() {
        page_.on_page_end([this](PdfLayout& p) {
            const std::string footer = d_.school_name + " · " + report_text(lang_, "page") + " " + std::to_string(p.page());
            p.text_at(footer, kSmall, p.left(), PdfLayout::kHeight - 36, p.content_width(), 1);
        });
        const std::string title = report_text(lang_, "title") + " – " + d_.school_name;
        cairo_pdf_surface_set_metadata(cairo_get_target(page_.cr()), CAIRO_PDF_METADATA_TITLE, title.c_str());
        cover();
        overview();
        label();
        details();
        surveys();
        comparison();
        return page_.finish();
    }

private:
    std::string t(std::string_view key) const { return report_text(lang_, key); }
    std::string t(std::string_view key, const std::map<std::string, std::string>& args) const { return report_text(lang_, key, args); }
    std::string num(double v) const { return format_number(lang_, v); }
    std::string opt(const std::optional<double>& v) const { return v ? num(*v) : t("no_value"); }
    std::string level_name(core::Level l) const { return d_.framework->level_names[static_cast<std::size_t>(core::rank(l))].in(lang_); }
    std::string group_name(const std::string& g) const { return t("group." + g); }
    std::string source_name(const std::string& s) const { return s == "self" ? t("self") : group_name(s); }
    std::string element_title(const core::Element& e) const { return t("element") + " " + std::to_string(e.number) + ": " + e.name.in(lang_); }

    std::vector<const core::GroupAggregate*> shown_groups() const {
        std::vector<const core::GroupAggregate*> out;
        for (const auto& g : d_.results.groups)
            if (g.shown) out.push_back(&g);
        return out;
    }

    void heading(const std::string& text, const Style& style) {
        // A heading never sits alone at the bottom of a page: keep room for a few lines after it.
        page_.keep(page_.measure(text, style, page_.content_width()) + 60);
        page_.space(6);
        page_.paragraph(text, style);
        page_.space(6);
    }

    void cover() {
        page_.space(140);
        page_.paragraph(t("title"), Style{13, false, false, kMuted});
        page_.space(8);
        page_.paragraph(d_.school_name, Style{26, true, false, kAccent});
        page_.space(30);
        const std::vector<double> widths = {140, page_.content_width() - 140};
        auto line = [&](const std::string& label, const std::string& value) { page_.row({label, value}, widths, Style{11}); };
        line(t("programme"), d_.programme_name);
        line(t("measurement"), t("kind." + d_.kind) + " (" + t("status." + d_.status) + ")");
        line(t("date"), format_date(lang_, d_.date));
        line(t("framework"), d_.framework->name.in(lang_) + ", " + t("version") + " " + d_.framework->version);
        page_.new_page();
    }

    void overview() {
        heading(t("overview"), kH1);
        page_.paragraph(t("overview.intro"), kSmall);
        page_.space(8);
        std::vector<std::string> axes;
        for (const auto& e : d_.results.elements) axes.push_back(std::to_string(e.element->number) + ". " + e.element->name.in(lang_));
        std::vector<RadarSeries> series;
        RadarSeries self{t("self"), series_color(0), {}};
        for (const auto& e : d_.results.elements) self.values.push_back(e.self);
        series.push_back(std::move(self));
        for (const auto* g : shown_groups()) {
            RadarSeries s{group_name(g->group), series_color(series.size()), {}};
            for (const auto& e : d_.results.elements) {
                auto it = e.groups.find(g->group);
                s.values.push_back(it == e.groups.end() ? std::nullopt : std::optional<double>(it->second));
            }
            series.push_back(std::move(s));
        }
        draw_radar(page_, axes, series, 330);
        page_.space(10);

        // The same numbers as a table.
        const auto groups = shown_groups();
        const double value_width = 80;
        std::vector<double> widths = {page_.content_width() - value_width * static_cast<double>(1 + groups.size())};
        std::vector<std::string> header = {t("element"), t("self")};
        std::vector<double> align = {0, 1};
        for (const auto* g : groups) header.push_back(group_name(g->group)), align.push_back(1);
        for (std::size_t i = 0; i <= groups.size(); ++i) widths.push_back(value_width);
        page_.row(header, widths, Style{8, true}, &kHeaderShade, align);
        for (const auto& e : d_.results.elements) {
            std::vector<std::string> cells = {std::to_string(e.element->number) + ". " + e.element->name.in(lang_), opt(e.self)};
            for (const auto* g : groups) {
                auto it = e.groups.find(g->group);
                cells.push_back(it == e.groups.end() ? t("no_value") : num(it->second));
            }
            page_.row(cells, widths, Style{8.5}, nullptr, align);
        }
    }

    void label() {
        const auto& l = d_.results.label;
        heading(t("label.heading"), kH1);
        const std::string label_name = l.label == core::Label::none ? t("label.none") : level_name(static_cast<core::Level>(core::rank(l.label)));
        page_.paragraph(t("label.sentence", {{"label", label_name}}), kBold);
        page_.space(4);
        if (!l.next) {
            page_.paragraph(t("label.top"), kBody);
        } else {
            const std::string next = level_name(*l.next);
            std::string text = t("label.next", {{"next", next}, {"needed", std::to_string(l.needed)}, {"at", std::to_string(l.at_or_above_next)}});
            if (l.missing == 1) text += " " + t("label.missing.one");
            else if (l.missing > 1) text += " " + t("label.missing", {{"missing", std::to_string(l.missing)}});
            page_.paragraph(text, kBody);
            if (!l.blockers.empty()) {
                page_.space(6);
                page_.paragraph(t("label.blockers", {{"next", next}}), kBold);
                page_.space(2);
                const std::vector<double> widths = {page_.content_width() * 0.45, page_.content_width() * 0.55};
                for (const auto& b : l.blockers) {
                    const auto* c = d_.framework->find_criterion(b.criterion_id);
                    std::string what = t("label.blocker", {{"level", level_name(b.level)}, {"gap", std::to_string(b.gap)}});
                    if (b.too_far) what += " – " + t("label.too_far");
                    page_.row({criterion_title(c, b.criterion_id), what}, widths, Style{8.5});
                }
            }
        }
        page_.space(6);
        page_.paragraph(t("label.note"), kSmall);
    }

    std::string criterion_title(const core::Criterion* c, const std::string& id) const {
        return c ? std::to_string(c->number) + ". " + c->name.in(lang_) : id;
    }

    void details() {
        page_.new_page();
        heading(t("details"), kH1);
        for (const auto& e : d_.results.elements) {
            heading(element_title(*e.element), kH2);
            for (const auto& r : d_.results.criteria) {
                if (r.criterion->element_id != e.element->id) continue;
                criterion_block(r);
            }
        }
    }

    void criterion_block(const core::CriterionResult& r) {
        const double w = page_.content_width();
        // The header row moves with at least the first lines of its descriptor.
        page_.keep(60);
        page_.row({criterion_title(r.criterion, r.criterion->id), r.level ? level_name(*r.level) : t("not_answered")}, {w * 0.7, w * 0.3},
                  kBold, &kShade, {0, 1});
        page_.space(3);
        if (r.level) {
            page_.paragraph(t("descriptor") + ":", kSmall, 4);
            page_.paragraph(r.criterion->descriptor(*r.level).in(lang_), kBody, 4, w - 8);
        }
        if (!r.comment.empty()) {
            page_.space(3);
            page_.paragraph(t("comment") + ":", kSmall, 4);
            page_.paragraph(r.comment, kBody, 4, w - 8);
        }
        for (const auto& [group, gc] : r.groups) {
            page_.space(2);
            page_.paragraph(group_name(group) + ": " +
                                t("survey.mean", {{"mean", num(*gc.mean)},
                                                  {"n", std::to_string(gc.scores)},
                                                  {"dk", std::to_string(gc.dont_know)}}),
                            kSmall, 4, w - 8);
        }
        page_.space(8);
    }

    void surveys() {
        heading(t("survey.heading"), kH1);
        const auto groups = shown_groups();
        if (groups.empty()) {
            page_.paragraph(t("survey.none"), kBody);
            return;
        }
        for (const auto* g : groups)
            page_.paragraph(g->counted < g->responses ? t("survey.responses.partly", {{"group", group_name(g->group)},
                                                                                     {"n", std::to_string(g->responses)},
                                                                                     {"counted", std::to_string(g->counted)}})
                                                      : t("survey.responses", {{"group", group_name(g->group)}, {"n", std::to_string(g->responses)}}),
                            kBody);
        page_.space(3);
        page_.paragraph(t("survey.rule"), kSmall);
        if (!d_.results.divergent.empty()) {
            page_.space(8);
            page_.paragraph(t("survey.divergent"), kBold);
            page_.space(2);
            const double w = page_.content_width();
            for (const auto& dv : d_.results.divergent) {
                page_.row({criterion_title(d_.framework->find_criterion(dv.criterion_id), dv.criterion_id),
                           t("survey.divergent.row", {{"spread", num(dv.spread)},
                                                      {"high", source_name(dv.highest.source)},
                                                      {"highv", num(dv.highest.value)},
                                                      {"low", source_name(dv.lowest.source)},
                                                      {"lowv", num(dv.lowest.value)}})},
                          {w * 0.45, w * 0.55}, Style{8.5});
            }
        }
    }

    void comparison() {
        if (!d_.comparison) return;
        heading(t("comparison.heading"), kH1);
        const double w = page_.content_width();
        const std::vector<double> widths = {w - 3 * 70, 70, 70, 70};
        const std::vector<double> align = {0, 1, 1, 1};
        page_.row({t("element"), t("comparison.baseline"), t("comparison.final"), t("comparison.change")}, widths, Style{8.5, true},
                  &kHeaderShade, align);
        for (const auto& c : d_.comparison->elements) {
            const auto* e = d_.framework->find_element(c.id);
            page_.row({e ? std::to_string(e->number) + ". " + e->name.in(lang_) : c.id, opt(c.baseline), opt(c.final_value),
                       c.change ? (*c.change > 0 ? "+" : "") + num(*c.change) : t("no_value")},
                      widths, Style{8.5}, nullptr, align);
        }
        page_.space(10);
        page_.row({t("criterion"), t("comparison.baseline"), t("comparison.final"), t("comparison.change")}, widths, Style{8.5, true},
                  &kHeaderShade, align);
        auto level_of = [&](const std::optional<double>& r) {
            return r ? level_name(static_cast<core::Level>(static_cast<int>(*r))) : t("no_value");
        };
        for (const auto& c : d_.comparison->criteria) {
            page_.row({criterion_title(d_.framework->find_criterion(c.id), c.id), level_of(c.baseline), level_of(c.final_value),
                       c.change ? (*c.change > 0 ? "+" : "") + format_number(lang_, *c.change, 0) : t("no_value")},
                      widths, Style{8.5}, nullptr, align);
        }
    }

    const ReportData& d_;
    core::Language lang_;
    PdfLayout page_;
};

}  // namespace

std::string render_report_pdf(const ReportData& data, std::FILE* out) { return Report(data, out).render(); }

}  // namespace sk::render
