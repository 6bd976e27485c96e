// The rules for one row of a CSV import of schools or companies: which columns a file has (English
// names, or the Dutch ones a Flemish spreadsheet is likely to carry) and what each cell must hold.
// The rules are those of the registration forms: a 6-digit instellingsnummer, a 4-digit postcode,
// the province, network, level and company-size ids of docs/api.md, pupils 1–5000, capacity 1–20.
// E-mail addresses are checked by the caller (api layer), which owns that rule.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sk::core {

enum class ImportKind { schools, companies };

// Canonical column names in file order of the documentation.
const std::vector<std::string>& import_columns(ImportKind kind);
// The canonical column a header cell names ("Instellingsnummer" -> "institution_number"), if any.
std::optional<std::string> import_column(ImportKind kind, const std::string& header);

struct CellError {
    std::string key;                          // a message key, e.g. "import.postcode"
    std::map<std::string, std::string> args;
};

using ImportRow = std::map<std::string, std::string>;  // canonical column -> trimmed cell

// Checks every cell of `row`; `elements` are the key element ids of the programme's framework.
// Returns the errors per column (empty when the row is valid).
std::map<std::string, CellError> check_import_row(ImportKind kind, const ImportRow& row, const std::set<std::string>& elements);

// Digits only ("0123.456.789" -> "0123456789"): the identity of a school or company number.
std::string digits_of(const std::string& s);
// "0123456789" -> "0123.456.789".
std::string format_enterprise_number(const std::string& digits);

}  // namespace sk::core
