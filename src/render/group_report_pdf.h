// The group report as an A4 PDF (Cairo + Pango): participation, a stacked bar per criterion of its
// level counts, bars of the element means, focus points, labels, progress, "where you stand" for a
// school and the list of schools for organisers. Shows exactly what the view holds (a suppressed view:
// participation only).
#pragma once

#include <cstdio>
#include <string>

#include "core/language.h"
#include "render/group_report_view.h"

namespace sk::render {

// `date`: 'YYYY-MM-DD' (Brussels) printed on the cover.
// With `out`, the PDF is written to it as Cairo produces it and "" is returned (for a response sent
// from a file, render::write_pdf_file); otherwise the bytes are returned.
std::string render_group_report_pdf(const GroupReportView& view, core::Language lang, const std::string& date, std::FILE* out = nullptr);

}  // namespace sk::render
