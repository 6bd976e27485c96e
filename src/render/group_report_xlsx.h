// The group report as a workbook: participation, criteria, elements, focus points, labels, progress,
// and for organisers a sheet of schools with their levels. Shows exactly what the view holds.
#pragma once

#include <string>

#include "core/language.h"
#include "render/group_report_view.h"
#include "render/xlsx.h"

namespace sk::render {

std::string write_group_report_xlsx(const GroupReportView& view, core::Language lang);
// Its sheets, for write_xlsx_file.
std::vector<XlsxSheet> group_report_sheets(const GroupReportView& view, core::Language lang);

}  // namespace sk::render
