// The award results as a file: an A4 PDF (Cairo + Pango: raw and normalised ranking side by side with ties
// visible, flagged candidates, per-criterion means) and a workbook (sheets: ranking, per criterion, totals per
// juror — the raw and normalised total behind each ranking, scores per juror — every stored score, recused ones
// marked). Both show exactly what the view holds, scores with two decimals; candidacies in normalised rank order
// (render/award_results_rows.h).
#pragma once

#include <string>

#include "core/language.h"
#include "render/award_results_view.h"

namespace sk::render {

// `date`: 'YYYY-MM-DD' (Brussels) printed on the cover.
std::string render_award_results_pdf(const AwardResultsView& view, core::Language lang, const std::string& date);
std::string write_award_results_xlsx(const AwardResultsView& view, core::Language lang);

}  // namespace sk::render
