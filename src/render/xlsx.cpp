#include "render/xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "store/storage_full.h"

namespace sk::render {

namespace {

std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Removes the temporary file however the writer ends.
struct TempFile {
    std::string path;
    ~TempFile() {
        if (!path.empty()) ::unlink(path.c_str());
    }
};

// One sheet: a bold, frozen header row and columns as wide as their longest cell.
void add_sheet(lxw_workbook* wb, lxw_format* bold, const std::string& sheet_name, const XlsxTable& rows) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name.c_str());
    if (!ws) throw std::runtime_error("xlsx: cannot add the sheet " + sheet_name);
    std::vector<std::size_t> widths;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const auto row = static_cast<lxw_row_t>(r);
            const auto col = static_cast<lxw_col_t>(c);
            std::size_t width = 0;
            if (const auto* text = std::get_if<std::string>(&rows[r][c])) {
                worksheet_write_string(ws, row, col, text->c_str(), r == 0 ? bold : nullptr);
                width = code_points(*text);
            } else if (const auto* number = std::get_if<double>(&rows[r][c])) {
                worksheet_write_number(ws, row, col, *number, nullptr);
                width = 6;
            }
            if (widths.size() <= c) widths.resize(c + 1, 0);
            widths[c] = std::max(widths[c], width);
        }
    }
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const double width = std::clamp<double>(static_cast<double>(widths[c]) + 2, 8, 60);
        worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    }
    if (!rows.empty()) worksheet_freeze_panes(ws, 1, 0);
}

}  // namespace

XlsxSheet xlsx_sheet(const std::string& name, const Table& rows) {
    XlsxSheet sheet{name, {}};
    sheet.rows.reserve(rows.size());
    for (const auto& row : rows) sheet.rows.emplace_back(row.begin(), row.end());
    return sheet;
}

std::string write_xlsx(const Table& rows, const std::string& sheet_name) { return write_xlsx_sheets({xlsx_sheet(sheet_name, rows)}); }

std::string write_xlsx(const XlsxTable& rows, const std::string& sheet_name) {
    return write_xlsx_sheets({XlsxSheet{sheet_name, rows}});
}

void write_xlsx_file(const std::vector<XlsxSheet>& sheets, const std::string& path, const std::string& tmpdir) {
    // Constant memory: each row goes to the sheet's temporary file as soon as the next one starts, instead
    // of libxlsxwriter keeping every cell of a 10,000-school export until the end (rows are written in
    // order here, which is all the mode asks).
    const char* env_tmpdir = std::getenv("TMPDIR");
    const std::string tmp_folder = !tmpdir.empty() ? tmpdir : env_tmpdir && *env_tmpdir ? env_tmpdir : "/tmp";
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char*>(tmp_folder.c_str());
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (!wb) throw std::runtime_error("xlsx: cannot start a workbook");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    try {
        for (const auto& sheet : sheets) add_sheet(wb, bold, sheet.name, sheet.rows);
    } catch (...) {
        workbook_close(wb);  // frees it; the partial file is the caller's to remove
        throw;
    }
    // libxlsxwriter says only which step failed (writing the zip, a temporary file); errno says whether
    // the disk was full.
    if (workbook_close(wb) != LXW_NO_ERROR) store::throw_file_error("xlsx: cannot write", path, errno);
}

std::string write_xlsx_sheets(const std::vector<XlsxSheet>& sheets) {
    // libxlsxwriter writes to a file; a private temporary one, read back and removed.
    const char* tmpdir = std::getenv("TMPDIR");
    std::string tmpl = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/sk-xlsx-XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) throw std::runtime_error("xlsx: cannot create a temporary file");
    ::close(fd);
    TempFile temp{name.data()};
    write_xlsx_file(sheets, temp.path);

    std::ifstream in(temp.path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace sk::render
