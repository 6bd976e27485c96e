// Reads CSV text as spreadsheets write it: an optional UTF-8 byte-order mark, `;` or `,` as separator
// (whichever occurs first outside quotes in the header line — Excel in Flanders writes `;`), fields in
// double quotes with `""` for a quote and line breaks inside, CRLF or LF line ends. Empty lines are
// skipped. Each record keeps the line number it starts on, so an import can point at "line 7".
//
// CsvReader gives one record at a time from text the caller keeps (an upload's body), so a file of
// 20,000 rows is never held a second time as records; parse_csv reads them all at once.
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

struct CsvError {
    int line = 0;
    std::string what;                  // "unclosed_quote" | "text_after_quote"
};

class CsvReader {
public:
    // `text` must outlive the reader.
    explicit CsvReader(std::string_view text);
    char separator() const { return separator_; }
    // The next record that is not blank into `record` (overwritten); false at the end of the text.
    // Throws CsvError on a quote that is never closed or text right after a closing quote.
    bool next(CsvRecord& record);

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    char separator_ = ';';
};

// Every record at once. Throws CsvError as CsvReader::next does.
CsvTable parse_csv(std::string_view text);

}  // namespace sk::core
