// Writes a table as an .xlsx workbook with one sheet: a bold header row that stays in view when
// scrolling (frozen), and columns wide enough for their longest cell. Every cell is text.
#pragma once

#include <string>

#include "render/csv.h"

namespace sk::render {

// The bytes of the workbook. Throws std::runtime_error when libxlsxwriter fails.
std::string write_xlsx(const Table& rows, const std::string& sheet_name);

}  // namespace sk::render
