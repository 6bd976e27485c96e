#pragma once
// Exported files opened by the real readers a user would have: poppler's pdftotext for PDF,
// openpyxl (Debian's python3-openpyxl) for XLSX and Python's zipfile for ZIP. The files are written under `dir` (a test server's
// data dir) so a failing test leaves them behind for a look. And plain files read whole.

#include <boost/json.hpp>

#include <filesystem>
#include <string>

namespace sk::test {

// The file's bytes; "" when it cannot be read.
std::string read_file(const std::filesystem::path& path);

// Runs a shell command; its stdout and stderr.
std::string run_command(const std::string& command);

// The PDF's text with every run of white space made one space, so wrapped lines read as sentences.
std::string pdf_text(const std::string& dir, const std::string& pdf, const std::string& name);

// Runs `script` with Debian's python3 (where python3-openpyxl lives, not a pyenv python3 on PATH) on
// the file `bytes` saved as `dir/name`; the script prints JSON, which is returned parsed (null and a
// test failure when it does not parse).
boost::json::value python_json(const std::string& dir, const std::string& script, const std::string& bytes,
                               const std::string& name);

// The workbook's active sheet as {"title", "rows": [[cell…]…]} (empty cells as "").
boost::json::value xlsx_active_sheet(const std::string& dir, const std::string& bytes, const std::string& name);

// A ZIP archive as Python's zipfile reads it after testzip() found every CRC right:
// {"ok": true, "entries": {name: text…}} ({"ok": false, "bad": name} on a bad entry).
boost::json::value zip_entries(const std::string& dir, const std::string& bytes, const std::string& name);

}  // namespace sk::test
