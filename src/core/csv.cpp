#include "core/csv.h"

namespace sk::core {

namespace {

// The first `;` or `,` after the header's first field, as the reader will read that field: a quote opens a
// quoted field only at the start of a field (elsewhere it is an ordinary character), and before the first
// separator the only field start is the start of the text. (Toggling on every quote disagreed with the
// reader on a header like `a"b;c`, found by fuzz/csv_import_fuzz.cpp.)
char detect_separator(std::string_view text) {
    std::size_t i = 0;
    if (!text.empty() && text[0] == '"') {
        for (i = 1; i < text.size(); ++i) {
            if (text[i] != '"') continue;
            if (i + 1 < text.size() && text[i + 1] == '"') {
                ++i;
                continue;
            }
            ++i;
            break;
        }
    }
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ';' || c == ',') return c;
        if (c == '\n' || c == '\r') break;
    }
    return ';';
}

bool blank(const CsvRecord& r) { return r.fields.size() == 1 && r.fields[0].empty(); }

}  // namespace

CsvReader::CsvReader(std::string_view text) : text_(text) {
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
    separator_ = detect_separator(text_);
}

bool CsvReader::next(CsvRecord& rec) {
    const std::string_view text = text_;
    const std::size_t n = text.size();
    const char sep = separator_;
    std::size_t i = pos_;
    while (i < n) {
        rec.line = line_;
        rec.fields.clear();
        bool end_of_record = false;
        while (!end_of_record) {
            std::string& field = rec.fields.emplace_back();
            if (i < n && text[i] == '"') {
                const int quote_line = line_;
                ++i;
                bool closed = false;
                while (i < n) {
                    char c = text[i];
                    if (c == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == '\n') ++line_;
                    field += c;
                    ++i;
                }
                if (!closed) throw CsvError{quote_line, "unclosed_quote"};
                if (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') throw CsvError{line_, "text_after_quote"};
            } else {
                const std::size_t start = i;
                while (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') ++i;
                field.assign(text.substr(start, i - start));
            }
            if (i >= n) {
                end_of_record = true;
            } else if (text[i] == sep) {
                ++i;
            } else {  // line end: CRLF, LF or a lone CR
                if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
                ++i;
                ++line_;
                end_of_record = true;
            }
        }
        pos_ = i;
        if (!blank(rec)) return true;
    }
    pos_ = i;
    return false;
}

CsvTable parse_csv(std::string_view text) {
    CsvReader reader(text);
    CsvTable table;
    table.separator = reader.separator();
    CsvRecord rec;
    while (reader.next(rec)) table.records.push_back(std::move(rec));
    return table;
}

}  // namespace sk::core
