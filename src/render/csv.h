// Writes a table as CSV that Excel in Flanders opens without a wizard: UTF-8 with a byte-order mark,
// `;` between fields, CRLF line ends, RFC 4180 quoting (a field with the separator, a quote or a line
// break is quoted, quotes doubled).
#pragma once

#include <string>
#include <vector>

namespace sk::render {

using Table = std::vector<std::vector<std::string>>;  // rows of cells; the first row is the header

std::string csv_field(const std::string& value, char separator = ';');
std::string write_csv(const Table& rows, char separator = ';');

}  // namespace sk::render
