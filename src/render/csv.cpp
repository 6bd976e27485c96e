#include "render/csv.h"

namespace sk::render {

std::string csv_field(const std::string& value, char separator) {
    if (value.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string write_csv(const Table& rows, char separator) {
    std::string out = "\xEF\xBB\xBF";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) out += separator;
            out += csv_field(row[i], separator);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace sk::render
