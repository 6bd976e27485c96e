// The CSV writer's formula rule (render/csv.h): what a spreadsheet would run is written as text.
#include <gtest/gtest.h>

#include "core/csv.h"
#include "render/csv.h"

TEST(CsvCell, FormulasBecomeTextAndPlainNumbersStayNumbers) {
    const struct {
        std::string in;
        std::string out;
    } rows[] = {
        // the characters a spreadsheet takes for the start of a formula
        {"=1+1", "'=1+1"},
        {"=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""},  // quoted, and still text
        {"+32 470 12 34 56", "'+32 470 12 34 56"},
        {"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
        {"@SUM(A1:A9)", "'@SUM(A1:A9)"},
        {"\t=1+1", "'\t=1+1"},
        {"\r=1+1", "\"'\r=1+1\""},  // a CR also needs quotes
        {"-", "'-"},
        {"+", "'+"},
        {"-3a", "'-3a"},
        {"-1e5", "'-1e5"},
        {"-3.", "'-3."},
        {"--3", "'--3"},
        {"-3;4", "\"'-3;4\""},
        // plain numbers, signed or not, with a decimal point or comma: a number to compute with
        {"-3", "-3"},
        {"+2", "+2"},
        {"-0,5", "-0,5"},
        {"-12.75", "-12.75"},
        {"42", "42"},
        // not at the start: harmless
        {"Sint-Jozef", "Sint-Jozef"},
        {"a=b", "a=b"},
        {" =1+1", " =1+1"},
        {"", ""},
        {"'=already quoted'", "'=already quoted'"},
    };
    for (const auto& row : rows) EXPECT_EQ(sk::render::csv_field(row.in), row.out) << row.in;
}

TEST(CsvCell, ANeutralisedCellReadsBackWithItsQuote) {
    const sk::render::Table table = {{"School"}, {"=HYPERLINK(\"http://evil\",\"x\")"}, {"-3"}};
    const auto back = sk::core::parse_csv(sk::render::write_csv(table));
    ASSERT_EQ(back.records.size(), 3u);
    EXPECT_EQ(back.records[1].fields[0], "'=HYPERLINK(\"http://evil\",\"x\")");
    EXPECT_EQ(back.records[2].fields[0], "-3");
}
