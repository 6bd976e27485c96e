#include "render/csv.h"

#include <cerrno>
#include <fstream>
#include <stdexcept>
#include <string_view>

#include "store/storage_full.h"

namespace sk::render {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// An optional sign, digits, and at most one decimal separator with digits after it.
bool plain_number(std::string_view v) {
    if (!v.empty() && (v.front() == '-' || v.front() == '+')) v.remove_prefix(1);
    std::size_t i = 0;
    while (i < v.size() && is_digit(v[i])) ++i;
    if (i == 0) return false;
    if (i == v.size()) return true;
    if (v[i] != '.' && v[i] != ',') return false;
    const std::size_t fraction = ++i;
    while (i < v.size() && is_digit(v[i])) ++i;
    return i > fraction && i == v.size();
}

bool starts_a_formula(const std::string& value) {
    if (value.empty()) return false;
    switch (value.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r': return !plain_number(value);
        default: return false;
    }
}

}  // namespace

std::string csv_field(const std::string& raw, char separator) {
    const std::string value = starts_a_formula(raw) ? "'" + raw : raw;
    if (value.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

namespace {

void append_row(std::string& out, const std::vector<std::string>& row, char separator) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) out += separator;
        out += csv_field(row[i], separator);
    }
    out += "\r\n";
}

}  // namespace

std::string write_csv(const Table& rows, char separator) {
    std::string out = "\xEF\xBB\xBF";
    for (const auto& row : rows) append_row(out, row, separator);
    return out;
}

void write_csv_file(const Table& rows, const std::string& path, char separator) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << "\xEF\xBB\xBF";
    std::string line;
    for (const auto& row : rows) {
        line.clear();
        append_row(line, row, separator);
        file << line;
    }
    file.close();
    // errno is the failed write(2)'s: a stream in error makes no more writes, and the close that follows succeeds.
    if (!file) store::throw_file_error("csv: cannot write", path, errno);
}

}  // namespace sk::render
