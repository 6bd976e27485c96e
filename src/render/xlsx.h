// Writes a table as an .xlsx workbook with one sheet: a bold header row that stays in view when
// scrolling (frozen), and columns wide enough for their longest cell. Every cell is text.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "render/csv.h"

namespace sk::render {

// The bytes of the workbook. Throws std::runtime_error when libxlsxwriter fails.
std::string write_xlsx(const Table& rows, const std::string& sheet_name);

// The same with typed cells: text, a number (stored as a number, so a spreadsheet can compute with
// it), or empty.
using XlsxCell = std::variant<std::monostate, std::string, double>;
using XlsxTable = std::vector<std::vector<XlsxCell>>;
std::string write_xlsx(const XlsxTable& rows, const std::string& sheet_name);

// Several sheets in one workbook, in order, each laid out as above.
struct XlsxSheet {
    std::string name;
    XlsxTable rows;
};
std::string write_xlsx_sheets(const std::vector<XlsxSheet>& sheets);

}  // namespace sk::render
