// Writes a table as CSV that Excel in Flanders opens without a wizard: UTF-8 with a byte-order mark,
// `;` between fields, CRLF line ends, RFC 4180 quoting (a field with the separator, a quote or a line
// break is quoted, quotes doubled).
//
// Formulas are neutralised (CSV injection, OWASP): a cell that starts with `=`, `+`, `-`, `@`, a tab or
// a carriage return gets a single quote in front, so a spreadsheet shows it as text instead of running
// it. A school that registers as `=HYPERLINK("http://evil","x")` reaches the organiser's file as
// `'=HYPERLINK(...)`, a visible quote being the price. Plain numbers are the one exception: a cell that
// is only an optional sign, digits and at most one decimal point or comma (`-3`, `+2`, `-0,5`) stays as
// it is, so a negative count or score is still a number to compute with; such a cell cannot call
// anything. Cells are all text here (Table has no types), so the rule looks at the value, not at who
// wrote it.
#pragma once

#include <string>
#include <vector>

namespace sk::render {

using Table = std::vector<std::vector<std::string>>;  // rows of cells; the first row is the header

// One cell as written: neutralised, then quoted when needed.
std::string csv_field(const std::string& value, char separator = ';');
std::string write_csv(const Table& rows, char separator = ';');
// The same written to `path` a row at a time (for a response sent from the file); throws
// std::runtime_error when the file cannot be written.
void write_csv_file(const Table& rows, const std::string& path, char separator = ';');

}  // namespace sk::render
