// The award results as a file: an A4 PDF (Cairo + Pango: raw and normalised ranking side by side with ties
// visible, flagged candidates, per-criterion means) and a workbook (sheets: ranking, per criterion, totals per
// juror — the raw and normalised total behind each ranking, scores per juror — every stored score, recused ones
// marked). Both show exactly what the view holds, scores with two decimals; candidacies in normalised rank order
// (render/award_results_rows.h).
#pragma once

#include <cstdio>
#include <string>

#include "core/language.h"
#include "render/award_results_view.h"
#include "render/xlsx.h"

namespace sk::render {

// `date`: 'YYYY-MM-DD' (Brussels) printed on the cover.
// With `out`, the PDF is written to it as Cairo produces it and "" is returned (for a response sent
// from a file, render::write_pdf_file); otherwise the bytes are returned.
std::string render_award_results_pdf(const AwardResultsView& view, core::Language lang, const std::string& date, std::FILE* out = nullptr);
std::string write_award_results_xlsx(const AwardResultsView& view, core::Language lang);
// Its sheets, for write_xlsx_file.
std::vector<XlsxSheet> award_results_sheets(const AwardResultsView& view, core::Language lang);

}  // namespace sk::render
