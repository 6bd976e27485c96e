// File types are decided from the bytes: one row per format, allowed and refused.
#include <gtest/gtest.h>

#include "core/file_type.h"
#include "support/sample_files.h"

namespace file_type_test {

using namespace sk::core;
using namespace sk::test;

namespace {

std::string with(std::string head, std::size_t pad = 64) { return head + std::string(pad, 'x'); }

}  // namespace

TEST(FileType, DetectsAllowedTypesAndRefusesTheRest) {
    struct Case {
        std::string name;
        std::string bytes;
        std::string type;  // "" = refused
        bool inline_ok = false;
    };
    const std::vector<Case> cases = {
        {"pdf", sample_pdf(), "pdf", true},
        {"png", sample_png(), "png", true},
        {"jpeg", sample_jpeg(), "jpg", true},
        {"gif87", with("GIF87a"), "gif", true},
        {"gif89", with("GIF89a"), "gif", true},
        {"webp", with(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)), "webp", true},
        {"riff but wave", with(std::string("RIFF\x10\0\0\0WAVEfmt ", 16)), ""},
        {"docx", sample_docx(), "docx"},
        {"xlsx", make_zip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}}), "xlsx"},
        {"pptx", make_zip({{"[Content_Types].xml", "<Types/>"}, {"ppt/presentation.xml", "<p/>"}}), "pptx"},
        {"docm (macros)", make_zip({{"[Content_Types].xml", "<T/>"}, {"word/document.xml", "<d/>"}, {"word/vbaProject.bin", "x"}}), ""},
        {"zip without content types", make_zip({{"word/document.xml", "<d/>"}}), ""},
        {"plain zip", make_zip({{"readme.txt", "hello"}}), ""},
        {"ooxml without a known part", make_zip({{"[Content_Types].xml", "<T/>"}, {"other/x.xml", "<x/>"}}), ""},
        {"odt", sample_odt(), "odt"},
        {"ods", make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}}), "ods"},
        {"odp", make_zip({{"mimetype", "application/vnd.oasis.opendocument.presentation"}}), "odp"},
        {"odf template", make_zip({{"mimetype", "application/vnd.oasis.opendocument.text-template"}}), ""},
        {"odf mimetype not first", make_zip({{"content.xml", "<c/>"}, {"mimetype", "application/vnd.oasis.opendocument.text"}}), ""},
        {"mimetype cut off", sample_odt().substr(0, 50), ""},
        {"zip cut off (no central directory)", sample_docx().substr(0, 60), ""},
        {"doc", make_ole2(u"WordDocument"), "doc"},
        {"xls", make_ole2(u"Workbook"), "xls"},
        {"xls (Excel 5)", make_ole2(u"Book"), "xls"},
        {"ppt", make_ole2(u"PowerPoint Document"), "ppt"},
        {"ole2 installer (msi)", make_ole2(u"\u4840\u3B3F\u4577"), ""},
        {"ole2 header only", make_ole2(u"WordDocument").substr(0, 512), ""},
        {"windows executable", sample_exe(), ""},
        {"exe renamed pdf (MZ then %PDF later)", sample_exe() + "%PDF-1.4", ""},
        {"elf", with("\x7F" "ELF\x02\x01\x01"), ""},
        {"shell script", "#!/bin/sh\nrm -rf /\n", ""},
        {"html", "<!doctype html><html><script>alert(1)</script></html>", ""},
        {"svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", ""},
        {"svg with xml prolog", "<?xml version=\"1.0\"?><svg/>", ""},
        {"text", "just some text", ""},
        {"empty", "", ""},
        {"pdf magic cut", "%PD", ""},
        {"leading space before %PDF", " %PDF-1.4", ""},
        {"gzip", with("\x1F\x8B\x08"), ""},
    };
    for (const auto& c : cases) {
        const auto t = detect_file_type(c.bytes);
        if (c.type.empty()) {
            EXPECT_FALSE(t.has_value()) << c.name << " detected as " << (t ? std::string(t->name) : "");
        } else {
            ASSERT_TRUE(t.has_value()) << c.name;
            EXPECT_EQ(t->name, c.type) << c.name;
            EXPECT_EQ(t->inline_ok, c.inline_ok) << c.name;
            EXPECT_FALSE(t->content_type.empty()) << c.name;
        }
    }
}

TEST(FileType, ContentTypesAreTheRegisteredOnes) {
    EXPECT_EQ(detect_file_type(sample_pdf())->content_type, "application/pdf");
    EXPECT_EQ(detect_file_type(sample_jpeg())->content_type, "image/jpeg");
    EXPECT_EQ(detect_file_type(sample_docx())->content_type, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    EXPECT_EQ(detect_file_type(sample_odt())->content_type, "application/vnd.oasis.opendocument.text");
    EXPECT_EQ(detect_file_type(make_ole2(u"WordDocument"))->content_type, "application/msword");
}

TEST(FileType, EveryTruncationOfAValidFileIsHandled) {
    // Cut-off containers must be refused or recognised, never read out of bounds (ASan watches).
    for (const auto& full : {sample_docx(), sample_odt(), make_ole2(u"Workbook"), sample_png()})
        for (std::size_t n = 0; n <= full.size(); ++n) (void)detect_file_type(std::string_view(full).substr(0, n));
}

}  // namespace file_type_test
