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

// Several sheets in one workbook, in order (names at most 31 characters, unique, no []:*?/\).
struct XlsxSheet {
    std::string name;
    XlsxTable rows;
};
std::string write_xlsx_sheets(const std::vector<XlsxSheet>& sheets);

// Writes the workbook to `path` (created or replaced), for a response sent from the file
// (api::temp_file_response): the workbook's bytes never pass through memory. libxlsxwriter keeps its
// own row files in `tmpdir` ("" for TMPDIR or /tmp).
void write_xlsx_file(const std::vector<XlsxSheet>& sheets, const std::string& path, const std::string& tmpdir = "");

// A plain-text table as a sheet.
XlsxSheet xlsx_sheet(const std::string& name, const Table& rows);

}  // namespace sk::render
