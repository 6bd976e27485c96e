// The school report keeps shaped texts per thread across documents (render/pdf_layout.cpp). These tests
// make sure that cache never lets one school's text appear in another school's report, also when it is
// dropped for being full in the middle of a document. Read back with poppler's pdftotext.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/framework.h"
#include "core/results.h"
#include "render/pdf_layout.h"
#include "render/pdf_report.h"
#include "support/paths.h"

namespace sk::test {
extern int lsan_suppressions_linked;  // fontconfig's process-long font cache is not a leak of ours
}

namespace sk {
namespace {

const core::Framework& framework() {
    static const auto loaded = core::load_frameworks_dir(std::string(SK_SOURCE_DIR) + "/data/frameworks");
    return loaded.frameworks.front();
}

render::ReportData school(int n) {
    const auto& f = framework();
    std::vector<core::Answer> answers;
    for (std::size_t i = 0; i < f.criteria.size(); ++i)
        answers.push_back({f.criteria[i].id, static_cast<core::Level>((i + static_cast<std::size_t>(n)) % 4),
                           "opmerking-" + std::to_string(n) + "-" + f.criteria[i].id});
    render::ReportData d;
    d.school_name = "School-" + std::to_string(n);
    d.programme_name = "Traject";
    d.kind = "baseline";
    d.status = "submitted";
    d.date = "2026-11-26";
    d.framework = &f;
    d.results = core::compute_results(f, answers, {});
    return d;
}

// The report's text, whitespace folded to single spaces.
std::string text_of(const std::string& pdf) {
    const auto path = std::filesystem::temp_directory_path() / ("sk-shape-cache-" + std::to_string(::getpid()) + ".pdf");
    std::ofstream(path, std::ios::binary) << pdf;
    std::string raw;
    if (FILE* p = ::popen(("pdftotext -enc UTF-8 " + path.string() + " - 2>&1").c_str(), "r")) {
        char buf[4096];
        for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) raw.append(buf, n);
        ::pclose(p);
    }
    std::filesystem::remove(path);
    std::string out;
    for (char c : raw) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

TEST(PdfShapeCache, AReportShowsOnlyItsOwnSchoolsTexts) {
    test::lsan_suppressions_linked = 1;
    const std::string first = text_of(render::render_report_pdf(school(1)));
    const std::string second = text_of(render::render_report_pdf(school(2)));
    EXPECT_NE(first.find("School-1"), std::string::npos);
    EXPECT_NE(first.find("opmerking-1-C07"), std::string::npos);
    EXPECT_NE(second.find("School-2"), std::string::npos);
    EXPECT_NE(second.find("opmerking-2-C07"), std::string::npos);
    EXPECT_EQ(second.find("School-1"), std::string::npos);
    EXPECT_EQ(second.find("opmerking-1-"), std::string::npos);
}

TEST(PdfShapeCache, ADocumentStaysWholeWhenTheCacheIsDroppedWhileARowIsSet) {
    // 4,200 distinct three-cell texts, set in a first document (which only remembers them) and again in
    // a second, where they are kept: the bounded cache (1,024 layouts) is dropped several times, and as
    // 1,024 is not a multiple of 3, at every cell position of a row at least once. Each cell of the
    // second document must still print its own text.
    auto document = [] {
        render::PdfLayout page;
        const double w = page.content_width() / 3;
        for (int r = 0; r < 1400; ++r) {
            const std::string n = std::to_string(r);
            page.row({"a" + n + "x", "b" + n + "y", "c" + n + "z"}, {w, w, w}, render::Style{7});
        }
        return page.finish();
    };
    document();
    const std::string text = text_of(document());
    for (int r = 0; r < 1400; ++r) {
        const std::string n = std::to_string(r);
        ASSERT_NE(text.find("a" + n + "x b" + n + "y c" + n + "z"), std::string::npos) << "row " << r;
    }
}

}  // namespace
}  // namespace sk
