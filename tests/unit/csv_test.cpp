// The CSV reader (core/csv.h) and writer (render/csv.h): table-driven, and each other's inverse.
#include <gtest/gtest.h>

#include "core/csv.h"
#include "render/csv.h"

using sk::core::parse_csv;

namespace {

struct ParseCase {
    std::string name;
    std::string text;
    char separator;
    std::vector<std::vector<std::string>> records;
    std::vector<int> lines;
};

TEST(CsvReader, Table) {
    const std::vector<ParseCase> cases = {
        {"semicolon", "a;b\n1;2\n", ';', {{"a", "b"}, {"1", "2"}}, {1, 2}},
        {"comma", "a,b\r\n1,2\r\n", ',', {{"a", "b"}, {"1", "2"}}, {1, 2}},
        {"bom", "\xEF\xBB\xBFnaam;nr\nX;1", ';', {{"naam", "nr"}, {"X", "1"}}, {1, 2}},
        {"separator in quoted header", "\"a,b\";c,d\n", ';', {{"a,b", "c,d"}}, {1}},
        {"quotes doubled", "a;b\n\"say \"\"hi\"\"\";x\n", ';', {{"a", "b"}, {"say \"hi\"", "x"}}, {1, 2}},
        {"line break in quotes", "a;b\n\"one\ntwo\";x\n3;4\n", ';', {{"a", "b"}, {"one\ntwo", "x"}, {"3", "4"}}, {1, 2, 4}},
        {"empty lines skipped", "a;b\n\n1;2\r\n\r\n", ';', {{"a", "b"}, {"1", "2"}}, {1, 3}},
        {"empty fields", "a;b;c\n;;\n", ';', {{"a", "b", "c"}, {"", "", ""}}, {1, 2}},
        {"lone CR", "a;b\r1;2", ';', {{"a", "b"}, {"1", "2"}}, {1, 2}},
        {"utf-8 kept", "naam\nSint-Lucas Brussel — é\n", ';', {{"naam"}, {"Sint-Lucas Brussel — é"}}, {1, 2}},
        {"no separator defaults to ;", "naam\nA\n", ';', {{"naam"}, {"A"}}, {1, 2}},
        {"empty text", "", ';', {}, {}},
        {"trailing separator", "a;b;\n1;;\n", ';', {{"a", "b", ""}, {"1", "", ""}}, {1, 2}},
        {"blank lines only", "\n\r\n\n", ';', {}, {}},
        // A quote inside a field is an ordinary character, also when looking for the separator (found by fuzzing).
        {"quote inside the first header field", "a\"b;c\n\"d,e\";f\n", ';', {{"a\"b", "c"}, {"d,e", "f"}}, {1, 2}},
        {"quoted first header field with a doubled quote", "\"x\"\"y\",z\n1,2\n", ',', {{"x\"y", "z"}, {"1", "2"}}, {1, 2}},
    };
    for (const auto& c : cases) {
        auto t = parse_csv(c.text);
        EXPECT_EQ(t.separator, c.separator) << c.name;
        ASSERT_EQ(t.records.size(), c.records.size()) << c.name;
        for (std::size_t i = 0; i < c.records.size(); ++i) {
            EXPECT_EQ(t.records[i].fields, c.records[i]) << c.name << " record " << i;
            EXPECT_EQ(t.records[i].line, c.lines[i]) << c.name << " record " << i;
        }
        // One record at a time, into the same record object, gives the same records.
        sk::core::CsvReader reader(c.text);
        EXPECT_EQ(reader.separator(), c.separator) << c.name;
        sk::core::CsvRecord rec;
        std::size_t i = 0;
        for (; reader.next(rec); ++i) {
            ASSERT_LT(i, c.records.size()) << c.name;
            EXPECT_EQ(rec.fields, c.records[i]) << c.name << " record " << i;
            EXPECT_EQ(rec.line, c.lines[i]) << c.name << " record " << i;
        }
        EXPECT_EQ(i, c.records.size()) << c.name;
        EXPECT_FALSE(reader.next(rec)) << c.name << ": stays at the end";
    }
}

TEST(CsvReader, BrokenQuotesNameTheLine) {
    const std::vector<std::tuple<std::string, int, std::string>> cases = {
        {"a;b\n1;\"open\n", 2, "unclosed_quote"},
        {"a;b\n\"x\"y;2\n", 2, "text_after_quote"},
    };
    for (const auto& [text, line, what] : cases) {
        try {
            parse_csv(text);
            ADD_FAILURE() << "no error for " << text;
        } catch (const sk::core::CsvError& e) {
            EXPECT_EQ(e.line, line) << text;
            EXPECT_EQ(e.what, what) << text;
        }
    }
}

TEST(CsvWriter, QuotesOnlyWhatNeedsIt) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"plain", "plain"}, {"a;b", "\"a;b\""}, {"say \"hi\"", "\"say \"\"hi\"\"\""}, {"two\nlines", "\"two\nlines\""},
        {"a,b", "a,b"},     {"", ""},           {"é", "é"},
    };
    for (const auto& [in, out] : cases) EXPECT_EQ(sk::render::csv_field(in), out) << in;
}

TEST(CsvWriter, BomSemicolonsCrlfAndReadsBack) {
    const sk::render::Table table = {{"Naam", "Opmerking"}, {"Sint-Lucas; Gent", "zegt \"ja\"\nen nee"}, {"é", ""}};
    const auto text = sk::render::write_csv(table);
    EXPECT_TRUE(text.starts_with("\xEF\xBB\xBFNaam;Opmerking\r\n"));
    auto back = parse_csv(text);
    EXPECT_EQ(back.separator, ';');
    ASSERT_EQ(back.records.size(), table.size());
    for (std::size_t i = 0; i < table.size(); ++i) EXPECT_EQ(back.records[i].fields, table[i]);
}

}  // namespace
