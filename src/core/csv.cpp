#include "core/csv.h"

namespace sk::core {

namespace {

char detect_separator(std::string_view text) {
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == ';' || c == ',')) return c;
        else if (!quoted && (c == '\n' || c == '\r')) break;
    }
    return ';';
}

bool blank(const CsvRecord& r) { return r.fields.size() == 1 && r.fields[0].empty(); }

}  // namespace

CsvTable parse_csv(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    CsvTable table;
    table.separator = detect_separator(text);
    const char sep = table.separator;

    int line = 1;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        CsvRecord rec;
        rec.line = line;
        std::string field;
        bool end_of_record = false;
        while (!end_of_record) {
            field.clear();
            if (i < n && text[i] == '"') {
                const int quote_line = line;
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
                    if (c == '\n') ++line;
                    field += c;
                    ++i;
                }
                if (!closed) throw CsvError{quote_line, "unclosed_quote"};
                if (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') throw CsvError{line, "text_after_quote"};
            } else {
                while (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') field += text[i++];
            }
            rec.fields.push_back(field);
            if (i >= n) {
                end_of_record = true;
            } else if (text[i] == sep) {
                ++i;
            } else {  // line end: CRLF, LF or a lone CR
                if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
                ++i;
                ++line;
                end_of_record = true;
            }
        }
        if (!blank(rec)) table.records.push_back(std::move(rec));
    }
    return table;
}

}  // namespace sk::core
