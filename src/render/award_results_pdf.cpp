#include <cairo-pdf.h>

#include "render/award_results.h"
#include "render/award_results_rows.h"
#include "render/award_results_texts.h"
#include "render/pdf_layout.h"
#include "render/report_texts.h"

namespace sk::render {

namespace {

const Rgb kAwardShade{0.94, 0.95, 0.97};
const Style kAwardBody{9.5};
const Style kAwardSmall{8, false, false, kMuted};
const Style kAwardHeading{14, true, false, kAccent};
const Style kAwardBold{9.5, true};
const Style kCell{8.5};
const Style kCellBold{8.5, true};

// A score with two decimals; the thresholds with as few decimals as they need (2, 4,5, 2,25).
std::string two(core::Language lang, double v) { return format_number(lang, v, 2); }
std::string short_number(core::Language lang, double v) {
    std::string s = format_number(lang, v, 2);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && (s.back() == ',' || s.back() == '.')) s.pop_back();
    return s;
}

class AwardResultsWriter {
public:
    AwardResultsWriter(const AwardResultsView& v, core::Language lang, std::string date, std::FILE* out)
        : v_(v), lang_(lang), date_(std::move(date)), page_(out) {}

    std::string render() {
        page_.on_page_end([this](PdfLayout& p) {
            const std::string footer = v_.programme_name + " · " + t("page") + " " + std::to_string(p.page());
            p.text_at(footer, kAwardSmall, p.left(), PdfLayout::kHeight - 36, p.content_width(), 1);
        });
        const std::string title = t("title") + " – " + v_.programme_name;
        cairo_pdf_surface_set_metadata(cairo_get_target(page_.cr()), CAIRO_PDF_METADATA_TITLE, title.c_str());
        cover();
        ranking();
        flagged();
        per_criterion();
        method();
        return page_.finish();
    }

private:
    std::string t(std::string_view key) const { return award_results_text(lang_, key); }
    std::string t(std::string_view key, const std::map<std::string, std::string>& args) const { return award_results_text(lang_, key, args); }

    void heading(const std::string& text) {
        page_.keep(60);
        page_.space(10);
        page_.paragraph(text, kAwardHeading);
        page_.space(4);
    }

    void table(const std::vector<std::vector<std::string>>& rows, const std::vector<double>& fractions, const std::vector<double>& align = {},
               const Style& body = kAwardBody, const Style& head = kAwardBold) {
        std::vector<double> widths;
        for (double fr : fractions) widths.push_back(fr * page_.content_width());
        for (std::size_t i = 0; i < rows.size(); ++i) page_.row(rows[i], widths, i == 0 ? head : body, i % 2 == 1 ? &kAwardShade : nullptr, align);
    }

    void cover() {
        page_.paragraph(t("title"), Style{22, true, false, kAccent});
        page_.space(4);
        page_.paragraph(v_.programme_name, Style{14, true});
        page_.paragraph(t("date") + ": " + format_date(lang_, date_), kAwardSmall);
        heading(t("status"));
        std::vector<std::vector<std::string>> rows = {
            {t("figure"), t("value")},
            {t("status"), t(v_.status == "announced" ? "status_announced" : "status_closed")},
            {t("scale"), t("scale_value", {{"scale", std::to_string(v_.scale)}})},
            {t("jurors"), std::to_string(v_.jurors.size())},
            {t("candidates"), std::to_string(v_.candidates.size())},
        };
        std::string winners;
        for (const auto& c : v_.candidates)
            if (c.winner) winners += (winners.empty() ? "" : ", ") + c.school_name;
        if (!winners.empty()) rows.push_back({t("winners"), winners});
        table(rows, {0.35, 0.65});
    }

    std::string rank_cell(AwardOrder order, const std::optional<int>& rank) const {
        if (!rank) return "–";
        return std::to_string(*rank) + (award_rank_shared(v_, order, *rank) ? "=" : "");
    }

    std::string school_cell(const core::award::CandidateResult& c) const {
        std::string s = award_school_name(v_, c.candidacy);
        if (!c.raw) s += " (" + t("unranked") + ")";
        if (c.flagged) s += " (!)";
        if (award_is_winner(v_, c.candidacy)) s += " – " + t("winner");
        return s;
    }

    // Raw and normalised ranking side by side: row i shows place i of each, so a candidacy that moves
    // between the two is easy to spot.
    void ranking() {
        heading(t("ranking"));
        page_.paragraph(t("ranking_intro"), kAwardSmall);
        page_.space(4);
        const auto raw = award_in_rank_order(v_, AwardOrder::raw);
        const auto norm = award_in_rank_order(v_, AwardOrder::normalised);
        const double half = page_.content_width() / 2;
        page_.row({t("raw"), t("normalised")}, {half, half}, kAwardBold);
        std::vector<std::vector<std::string>> rows = {{t("rank"), t("school"), t("score"), t("rank"), t("school"), t("score")}};
        for (std::size_t i = 0; i < raw.size(); ++i) {
            const auto& a = *raw[i];
            const auto& b = *norm[i];
            rows.push_back({rank_cell(AwardOrder::raw, a.raw_rank), school_cell(a), a.raw ? two(lang_, *a.raw) : "–",
                            rank_cell(AwardOrder::normalised, b.normalised_rank), school_cell(b), b.normalised ? two(lang_, *b.normalised) : "–"});
        }
        table(rows, {0.11, 0.27, 0.12, 0.11, 0.27, 0.12}, {0, 0, 1, 0, 0, 1}, kCell, kCellBold);
    }

    void flagged() {
        heading(t("flagged"));
        const double scale = v_.scale;
        page_.paragraph(t("flagged_intro", {{"range", short_number(lang_, (scale - 1) / 2)}, {"sd", short_number(lang_, (scale - 1) / 4)}}),
                        kAwardSmall);
        page_.space(4);
        bool any = false;
        for (const auto* c : award_in_rank_order(v_, AwardOrder::normalised)) {
            if (!c->flagged) continue;
            any = true;
            page_.keep(40);
            page_.paragraph(award_school_name(v_, c->candidacy), kAwardBold);
            std::vector<std::vector<std::string>> rows = {{t("juror"), t("raw_total"), t("normalised_total")}};
            for (const auto& j : c->jurors) rows.push_back({award_juror_name(v_, j.juror), two(lang_, j.raw), two(lang_, j.normalised)});
            table(rows, {0.5, 0.25, 0.25}, {0, 1, 1});
            page_.space(6);
        }
        if (!any) page_.paragraph(t("no_flagged"), kAwardBody);
    }

    // Criteria as C1..Cn columns with a legend above, so long criterion names do not squeeze the table.
    void per_criterion() {
        heading(t("per_criterion"));
        page_.paragraph(t("per_criterion_intro", {{"scale", std::to_string(v_.scale)}}), kAwardSmall);
        page_.space(4);
        for (std::size_t k = 0; k < v_.criteria.size(); ++k)
            page_.paragraph("C" + std::to_string(k + 1) + " = " + v_.criteria[k].name + " · " + t("weight") + " " +
                                std::to_string(v_.criteria[k].weight),
                            kAwardBody);
        page_.space(4);
        std::vector<std::string> head = {t("school")};
        std::vector<double> widths = {0.34};
        std::vector<double> align = {0};
        const double col = v_.criteria.empty() ? 0.66 : 0.66 / static_cast<double>(v_.criteria.size());
        for (std::size_t k = 0; k < v_.criteria.size(); ++k) {
            head.push_back("C" + std::to_string(k + 1));
            widths.push_back(col);
            align.push_back(1);
        }
        std::vector<std::vector<std::string>> rows = {head};
        for (const auto* c : award_in_rank_order(v_, AwardOrder::normalised)) {
            std::vector<std::string> row = {award_school_name(v_, c->candidacy)};
            for (const auto& crit : v_.criteria) {
                std::string cell = "–";
                for (const auto& m : v_.ranking.per_criterion)
                    if (m.candidacy == c->candidacy && m.criterion == crit.id && m.mean) cell = two(lang_, *m.mean);
                row.push_back(cell);
            }
            rows.push_back(std::move(row));
        }
        table(rows, widths, align, kCell, kCellBold);
    }

    void method() {
        heading(t("method"));
        page_.paragraph(t("method_text"), kAwardSmall);
    }

    const AwardResultsView& v_;
    core::Language lang_;
    std::string date_;
    PdfLayout page_;
};

}  // namespace

std::string render_award_results_pdf(const AwardResultsView& view, core::Language lang, const std::string& date, std::FILE* out) {
    return AwardResultsWriter(view, lang, date, out).render();
}

}  // namespace sk::render
