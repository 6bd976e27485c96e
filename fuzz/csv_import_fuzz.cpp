// libFuzzer target: the CSV import (any organiser uploads such a file). The input is the file. The reader
// either throws CsvError at a line that exists or gives records whose lines rise; written back out with
// every field quoted, the records read again as the same fields (nothing lost or invented in between).
// Each record then goes through the import's header mapping and row rules, for schools and for companies,
// which must hold whatever the cells contain. Build and run: scripts/fuzz.sh (or `make fuzz`).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/csv.h"
#include "core/import_rows.h"

namespace {

void check(bool ok) {
    if (!ok) std::abort();
}

std::string quoted(const std::vector<std::string>& fields, char separator) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += separator;
        out += '"';
        for (char c : fields[i]) {
            if (c == '"') out += '"';  // doubled
            out += c;
        }
        out += '"';
    }
    return out + "\r\n";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    sk::core::CsvTable table;
    try {
        table = sk::core::parse_csv(text);
    } catch (const sk::core::CsvError& e) {
        check(e.line >= 1 && e.what.size() > 0);
        return 0;
    }
    int last_line = 0;
    for (const auto& r : table.records) {
        check(r.line > last_line);
        last_line = r.line;
    }
    // Round trip: every field quoted, the separator the reader found.
    std::string again;
    for (const auto& r : table.records) again += quoted(r.fields, table.separator);
    const auto reread = sk::core::parse_csv(again);
    // A record of one empty field is a blank line, which the reader skips; compare the others.
    std::vector<std::vector<std::string>> before, after;
    for (const auto& r : table.records)
        if (!(r.fields.size() == 1 && r.fields[0].empty())) before.push_back(r.fields);
    for (const auto& r : reread.records)
        if (!(r.fields.size() == 1 && r.fields[0].empty())) after.push_back(r.fields);
    check(before == after);

    if (table.records.empty()) return 0;
    for (const auto kind : {sk::core::ImportKind::schools, sk::core::ImportKind::companies}) {
        std::vector<std::optional<std::string>> columns;
        for (const auto& h : table.records[0].fields) columns.push_back(sk::core::import_column(kind, h));
        // A few rows are enough: each is checked alone, and more would only slow every execution.
        for (std::size_t i = 1; i < table.records.size() && i <= 8; ++i) {
            sk::core::ImportRow row;
            const auto& fields = table.records[i].fields;
            for (std::size_t c = 0; c < fields.size() && c < columns.size(); ++c)
                if (columns[c]) row[*columns[c]] = fields[c];
            const auto errors = sk::core::check_import_row(kind, row, {"E1", "E2", "E3"});
            for (const auto& [column, error] : errors) check(!column.empty() && !error.key.empty());
        }
    }
    return 0;
}
