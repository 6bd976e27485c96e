#include <algorithm>
#include <cmath>
#include <tuple>

#include "render/award_results.h"
#include "render/award_results_rows.h"
#include "render/award_results_texts.h"
#include "render/xlsx.h"

namespace sk::render {

namespace {

// Two decimals, like the PDF, stored as a number so a spreadsheet can sort and compute with it.
XlsxCell two_decimals(const std::optional<double>& v) {
    if (!v) return std::monostate{};
    return std::round(*v * 100) / 100;
}
XlsxCell whole(const std::optional<int>& v) {
    if (!v) return std::monostate{};
    return static_cast<double>(*v);
}

}  // namespace

std::vector<XlsxSheet> award_results_sheets(const AwardResultsView& v, core::Language lang) {
    const auto t = [&](std::string_view key) { return award_results_text(lang, key); };
    const auto yes_no = [&](bool b) -> XlsxCell { return t(b ? "yes" : "no"); };
    std::vector<XlsxSheet> sheets;
    const auto order = award_in_rank_order(v, AwardOrder::normalised);

    // One row per candidacy with both rankings; ties share a number.
    XlsxTable ranking = {{t("school"), t("raw"), t("raw_rank"), t("normalised"), t("normalised_rank"), t("jurors_counted"),
                          t("disagreement"), t("winner_column")}};
    for (const auto* c : order)
        ranking.push_back({award_school_name(v, c->candidacy), two_decimals(c->raw), whole(c->raw_rank), two_decimals(c->normalised),
                           whole(c->normalised_rank), static_cast<double>(c->jurors.size()), yes_no(c->flagged),
                           yes_no(award_is_winner(v, c->candidacy))});
    sheets.push_back({t("sheet_ranking"), std::move(ranking)});

    std::vector<XlsxCell> head = {t("school")};
    for (const auto& crit : v.criteria) head.push_back(crit.name + " (" + t("weight") + " " + std::to_string(crit.weight) + ")");
    XlsxTable criteria = {head};
    for (const auto* c : order) {
        std::vector<XlsxCell> row = {award_school_name(v, c->candidacy)};
        for (const auto& crit : v.criteria) {
            XlsxCell cell;
            for (const auto& m : v.ranking.per_criterion)
                if (m.candidacy == c->candidacy && m.criterion == crit.id) cell = two_decimals(m.mean);
            row.push_back(cell);
        }
        criteria.push_back(std::move(row));
    }
    sheets.push_back({t("sheet_criteria"), std::move(criteria)});

    // The per-juror totals behind the ranking, so the normalisation can be followed by hand.
    XlsxTable totals = {{t("juror"), t("school"), t("raw_total"), t("normalised_total")}};
    for (const auto& juror : v.jurors)
        for (const auto* c : order)
            for (const auto& j : c->jurors)
                if (j.juror == juror.id) totals.push_back({juror.name, award_school_name(v, c->candidacy), two_decimals(j.raw), two_decimals(j.normalised)});
    sheets.push_back({t("sheet_totals"), std::move(totals)});

    // Every score the view holds (also recused ones, marked), by juror, school in ranking order, then rubric order.
    XlsxTable scores = {{t("juror"), t("school"), t("criterion"), t("score"), t("comment"), t("recused")}};
    const auto index_of = [](const auto& list, auto pred) {
        const auto it = std::find_if(list.begin(), list.end(), pred);
        return static_cast<std::size_t>(it - list.begin());
    };
    std::vector<const AwardJurorScore*> sorted;
    for (const auto& s : v.scores) sorted.push_back(&s);
    const auto key = [&](const AwardJurorScore* s) {
        return std::tuple(index_of(v.jurors, [&](const AwardJurorInfo& j) { return j.id == s->juror; }),
                          index_of(order, [&](const core::award::CandidateResult* c) { return c->candidacy == s->candidacy; }),
                          index_of(v.criteria, [&](const AwardCriterionInfo& c) { return c.id == s->criterion; }));
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](auto* a, auto* b) { return key(a) < key(b); });
    for (const auto* s : sorted)
        scores.push_back({award_juror_name(v, s->juror), award_school_name(v, s->candidacy), award_criterion_name(v, s->criterion),
                          static_cast<double>(s->score), s->comment, yes_no(s->recused)});
    sheets.push_back({t("sheet_scores"), std::move(scores)});
    return sheets;
}

std::string write_award_results_xlsx(const AwardResultsView& v, core::Language lang) { return write_xlsx_sheets(award_results_sheets(v, lang)); }

}  // namespace sk::render
