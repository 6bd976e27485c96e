// Reads CSV text as spreadsheets write it: an optional UTF-8 byte-order mark, `;` or `,` as separator
// (whichever occurs first outside quotes in the header line — Excel in Flanders writes `;`), fields in
// double quotes with `""` for a quote and line breaks inside, CRLF or LF line ends. Empty lines are
// skipped. Each record keeps the line number it starts on, so an import can point at "line 7".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::core {

struct CsvRecord {
    int line = 0;                      // 1-based line of the file where the record starts
    std::vector<std::string> fields;
};

struct CsvTable {
    char separator = ';';
    std::vector<CsvRecord> records;    // the header is records[0] when the text is not empty
};

// Throws CsvError on a quote that is never closed or text right after a closing quote.
CsvTable parse_csv(std::string_view text);

struct CsvError {
    int line = 0;
    std::string what;                  // "unclosed_quote" | "text_after_quote"
};

}  // namespace sk::core
