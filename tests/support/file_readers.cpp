#include "support/file_readers.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace sk::test {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string run_command(const std::string& command) {
    std::string out;
    FILE* p = popen((command + " 2>&1").c_str(), "r");
    if (!p) return out;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    pclose(p);
    return out;
}

std::string pdf_text(const std::string& dir, const std::string& pdf, const std::string& name) {
    const std::string path = dir + "/" + name + ".pdf";
    std::ofstream(path, std::ios::binary) << pdf;
    const std::string raw = run_command("pdftotext -enc UTF-8 " + path + " -");
    std::string out;
    for (char c : raw) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

boost::json::value python_json(const std::string& dir, const std::string& script, const std::string& bytes,
                               const std::string& name) {
    const std::string path = dir + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    const std::string script_path = dir + "/" + name + ".py";
    std::ofstream(script_path) << script;
    const auto out = run_command("/usr/bin/python3 " + script_path + " " + path);
    boost::system::error_code ec;
    auto doc = boost::json::parse(out, ec);
    EXPECT_FALSE(ec) << out;
    return ec ? boost::json::value() : doc;
}

boost::json::value xlsx_active_sheet(const std::string& dir, const std::string& bytes, const std::string& name) {
    return python_json(dir,
                       "import json, sys, openpyxl\n"
                       "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                       "print(json.dumps({'title': ws.title, 'rows': [[c if c is not None else '' for c in r]"
                       " for r in ws.iter_rows(values_only=True)]}))\n",
                       bytes, name);
}

boost::json::value zip_entries(const std::string& dir, const std::string& bytes, const std::string& name) {
    return python_json(dir,
                       "import json, sys, zipfile\n"
                       "z = zipfile.ZipFile(sys.argv[1])\n"
                       "bad = z.testzip()\n"
                       "print(json.dumps({'ok': bad is None, 'bad': bad} if bad else"
                       " {'ok': True, 'entries': {i.filename: z.read(i).decode('utf-8') for i in z.infolist()}}))\n",
                       bytes, name);
}

}  // namespace sk::test
