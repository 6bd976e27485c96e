// The award results files (render/award_results.h) opened by the readers a user has: pdftotext for the PDF,
// openpyxl for the workbook.
//
// The round: scale 5, criteria Innovatie (weight 2) and Samenwerking (weight 1). Juror 1 (strict) judges
// 11 and 12, juror 2 (lenient) 13 and 14, juror 3 judges 12 and 13 and is recused from 11 (their score for
// 11 is stored but does not count). Nobody finished 15.
//   raw:        14 = 4, 12 = 13 = 3, 11 = 2          -> ranks 1, 2, 2, 4
//   normalised: 11 = 4, 12 = 13 = 3, 14 = 2          -> ranks 1, 2, 2, 4 (each juror's best gets 4, worst 2)
//   12 and 13 are flagged: their jurors' normalised totals are 2 and 4 (range 2 on scale 5).
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "render/award_results.h"
#include "support/file_readers.h"

namespace award_results_files_test {

using namespace sk;
using namespace sk::render;

namespace {

namespace fs = std::filesystem;

const char* kProgramme = "STEM-traject <2026> & co";
const char* kEpsilon = "Erasmus & <Epsilon>";

class TempDir {
public:
    TempDir() : path_(fs::temp_directory_path() / ("sk-award-files-" + std::to_string(::getpid()))) { fs::create_directories(path_); }
    ~TempDir() {
        if (!testing::Test::HasFailure()) fs::remove_all(path_);  // kept for a look when a test failed
    }
    std::string str() const { return path_.string(); }

private:
    fs::path path_;
};

struct Sheet {
    std::int64_t juror, candidacy;
    int a, b;  // Innovatie, Samenwerking
};

AwardResultsView make_view(bool announced) {
    AwardResultsView v;
    v.programme_name = kProgramme;
    v.scale = 5;
    v.status = announced ? "announced" : "closed";
    v.criteria = {{101, "Innovatie", 2}, {102, "Samenwerking", 1}};
    v.jurors = {{1, "Anna Streng"}, {2, "Bert Mild"}, {3, "Carla Conflict"}};
    v.candidates = {{11, "Atheneum Alfa", announced}, {12, "Basisschool Beta", false}, {13, "College Gamma", false},
                    {14, "Domein Delta", false}, {15, kEpsilon, false}};
    const std::vector<Sheet> sheets = {{1, 11, 2, 2}, {1, 12, 1, 1}, {2, 13, 5, 5}, {2, 14, 5, 2},
                                       {3, 11, 5, 5}, {3, 12, 5, 5}, {3, 13, 1, 1}};
    core::award::Input in;
    in.scale = 5;
    in.criteria = {{101, 2}, {102, 1}};
    in.jurors = {1, 2, 3};
    in.candidacies = {11, 12, 13, 14, 15};
    in.recusals = {{3, 11}};
    for (const auto& s : sheets) {
        const bool recused = s.juror == 3 && s.candidacy == 11;
        for (auto [criterion, score] : {std::pair{101, s.a}, std::pair{102, s.b}}) {
            in.scores.push_back({s.juror, s.candidacy, criterion, score});
            v.scores.push_back({s.juror, s.candidacy, criterion, score, "note " + std::to_string(s.juror) + "/" + std::to_string(s.candidacy),
                                recused});
        }
    }
    in.scores.push_back({1, 15, 101, 3});  // unfinished
    v.scores.push_back({1, 15, 101, 3, "", false});
    v.ranking = core::award::rank(in);
    return v;
}

std::size_t at(const std::string& text, const std::string& needle) {
    const auto pos = text.find(needle);
    EXPECT_NE(pos, std::string::npos) << "'" << needle << "' not in: " << text;
    return pos;
}

int count(const std::string& text, const std::string& needle) {
    int n = 0;
    for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
    return n;
}

TEST(AwardResultsPdf, DutchShowsBothRankingsTiesFlagsAndMeans) {
    TempDir dir;
    const auto text = test::pdf_text(dir.str(), render_award_results_pdf(make_view(true), core::Language::nl, "2026-06-20"), "award-nl");
    for (const char* s : {"Resultaten van de award", kProgramme, "20-06-2026", "Winnaars bekendgemaakt", "1 tot 5", "Ruwe score",
                          "Genormaliseerde score", "Atheneum Alfa – winnaar", kEpsilon, "niet volledig gescoord", "Juryleden oneens",
                          "minstens 2 uiteenliggen", "standaardafwijking van minstens 1 hebben:", "C1 = Innovatie · Gewicht 2",
                          "C2 = Samenwerking · Gewicht 1", "Hoe de scores berekend worden", "Pagina 1"})
        at(text, s);
    // Place 1 of each ranking on the first row: raw Domein Delta 4,00, normalised Atheneum Alfa 4,00.
    at(text, "1 Domein Delta 4,00 1 Atheneum Alfa – winnaar 4,00");
    // The tie is shown, in both rankings, and the 4th place follows it.
    at(text, "2= Basisschool Beta (!) 3,00 2= Basisschool Beta (!) 3,00");
    at(text, "2= College Gamma (!) 3,00 2= College Gamma (!) 3,00");
    at(text, "4 Atheneum Alfa – winnaar 2,00 4 Domein Delta 2,00");
    // Unranked last in both halves, without a place or score.
    at(text, std::string("4 Domein Delta 2,00 – ") + kEpsilon + " (niet volledig gescoord) –");
    const auto last_row = at(text, "4 Domein Delta 2,00 –");
    const auto last_row_text = text.substr(last_row, at(text, "Juryleden oneens") - last_row);
    EXPECT_EQ(count(last_row_text, kEpsilon), 2) << last_row_text;
    EXPECT_EQ(count(last_row_text, "gescoord"), 2) << last_row_text;
    // Flagged candidacies with their jurors' totals; the recused juror is not among 11's.
    const auto flagged = at(text, "Juryleden oneens");
    EXPECT_LT(flagged, at(text, "Basisschool Beta Jurylid Ruw totaal Genormaliseerd totaal Anna Streng 1,00 2,00 Carla Conflict 5,00 4,00"));
    at(text, "College Gamma Jurylid Ruw totaal Genormaliseerd totaal Bert Mild 5,00 4,00 Carla Conflict 1,00 2,00");
    EXPECT_EQ(text.find("Atheneum Alfa Jurylid"), std::string::npos) << "11 is not flagged";
    // Per criterion, in normalised order; 15 has no means.
    const auto means = at(text, "School C1 C2 Atheneum Alfa 2,00 2,00 Basisschool Beta 3,00 3,00 College Gamma 3,00 3,00 Domein Delta 5,00 2,00");
    EXPECT_NE(text.find(kEpsilon, means), std::string::npos) << "the unscored candidacy has a row too";
    EXPECT_EQ(text.find("Resultaten van de award"), 0u);
}

TEST(AwardResultsPdf, EnglishClosedRoundScaleTen) {
    TempDir dir;
    auto v = make_view(false);
    v.scale = 10;
    const auto text = test::pdf_text(dir.str(), render_award_results_pdf(v, core::Language::en, "2026-06-20"), "award-en");
    for (const char* s : {"Award results", "20 June 2026", "Closed, winners not yet announced", "1 to 10", "Raw score", "Normalised score",
                          "not fully scored", "Jurors disagree", "at least 4.5 apart", "standard deviation of at least 2.25:",
                          "C1 = Innovatie · Weight 2", "How the scores are computed", "Page 1"})
        at(text, s);
    at(text, "1 Domein Delta 4.00 1 Atheneum Alfa 4.00");
    EXPECT_EQ(text.find("– winner"), std::string::npos) << "no winners before the announcement";
    EXPECT_EQ(text.find("Winners"), std::string::npos);
    EXPECT_EQ(text.find("Resultaten"), std::string::npos) << "no Dutch in the English file";
}

TEST(AwardResultsPdf, NoFlagsSaysSoAndManyCandidatesFlowOverPages) {
    TempDir dir;
    AwardResultsView v;
    v.programme_name = "Groot traject";
    v.status = "closed";
    v.criteria = {{1, "Impact", 1}};
    v.jurors = {{7, "Dina Enige"}};
    core::award::Input in;
    in.criteria = {{1, 1}};
    in.jurors = {7};
    for (int i = 0; i < 60; ++i) {
        v.candidates.push_back({100 + i, "School " + std::to_string(100 + i), false});
        in.candidacies.push_back(100 + i);
        in.scores.push_back({7, 100 + i, 1, 1 + i % 5});
    }
    v.ranking = core::award::rank(in);
    const auto text = test::pdf_text(dir.str(), render_award_results_pdf(v, core::Language::nl, "2026-06-20"), "award-long");
    at(text, "Geen: de juryleden zijn het in grote lijnen eens.");
    at(text, "Groot traject · Pagina 2");
    // 12 candidacies scored 5 share place 1; the next place is 13.
    at(text, "1= School 104");
    at(text, "13= School 103");
    EXPECT_EQ(text.find("(!)", at(text, "(!) = ") + 1), std::string::npos) << "only the legend, no flagged row";
}

TEST(AwardResultsPdf, EmptyRoundStillRenders) {
    TempDir dir;
    AwardResultsView v;
    v.programme_name = "Leeg";
    v.status = "closed";
    const auto text = test::pdf_text(dir.str(), render_award_results_pdf(v, core::Language::en, "2026-06-20"), "award-empty");
    at(text, "Award results");
    at(text, "None: the jurors broadly agree.");
}

// ---- workbook ----

boost::json::value read_sheets(const std::string& dir, const std::string& bytes, const std::string& name) {
    return test::python_json(dir,
                             "import json, sys, openpyxl\n"
                             "wb = openpyxl.load_workbook(sys.argv[1])\n"
                             "print(json.dumps([{'title': ws.title, 'rows': [[c if c is not None else '' for c in r]"
                             " for r in ws.iter_rows(values_only=True)]} for ws in wb.worksheets]))\n",
                             bytes, name);
}

// A row spelt as text: numbers as %g, so 4 and 4.0 read the same.
std::string row_text(const boost::json::value& row) {
    std::string out;
    for (const auto& cell : row.as_array()) {
        if (!out.empty()) out += " | ";
        if (cell.is_string()) {
            out += cell.as_string();
        } else if (cell.is_number()) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%g", cell.to_number<double>());
            out += buf;
        } else {
            out += boost::json::serialize(cell);
        }
    }
    return out;
}

std::vector<std::string> rows_of(const boost::json::value& sheet) {
    std::vector<std::string> out;
    for (const auto& r : sheet.at("rows").as_array()) out.push_back(row_text(r));
    return out;
}

TEST(AwardResultsXlsx, DutchSheetsHoldRankingMeansTotalsAndScores) {
    TempDir dir;
    const auto book = read_sheets(dir.str(), write_award_results_xlsx(make_view(true), core::Language::nl), "award-nl.xlsx");
    const auto& sheets = book.as_array();
    ASSERT_EQ(sheets.size(), 4u) << book;
    std::vector<std::string> titles;
    for (const auto& s : sheets) titles.emplace_back(s.at("title").as_string());
    EXPECT_EQ(titles, (std::vector<std::string>{"Rangschikking", "Per criterium", "Totalen per jurylid", "Scores per jurylid"}));

    EXPECT_EQ(rows_of(sheets[0]), (std::vector<std::string>{
                                      "School | Ruwe score | Plaats (ruw) | Genormaliseerde score | Plaats (genormaliseerd) | "
                                      "Juryleden geteld | Juryleden oneens | Winnaar",
                                      "Atheneum Alfa | 2 | 4 | 4 | 1 | 1 | nee | ja",
                                      "Basisschool Beta | 3 | 2 | 3 | 2 | 2 | ja | nee",
                                      "College Gamma | 3 | 2 | 3 | 2 | 2 | ja | nee",
                                      "Domein Delta | 4 | 1 | 2 | 4 | 1 | nee | nee",
                                      std::string(kEpsilon) + " |  |  |  |  | 0 | nee | nee",
                                  }));
    EXPECT_EQ(rows_of(sheets[1]), (std::vector<std::string>{
                                      "School | Innovatie (Gewicht 2) | Samenwerking (Gewicht 1)",
                                      "Atheneum Alfa | 2 | 2",
                                      "Basisschool Beta | 3 | 3",
                                      "College Gamma | 3 | 3",
                                      "Domein Delta | 5 | 2",
                                      std::string(kEpsilon) + " |  | ",
                                  }));
    EXPECT_EQ(rows_of(sheets[2]), (std::vector<std::string>{
                                      "Jurylid | School | Ruw totaal | Genormaliseerd totaal",
                                      "Anna Streng | Atheneum Alfa | 2 | 4",
                                      "Anna Streng | Basisschool Beta | 1 | 2",
                                      "Bert Mild | College Gamma | 5 | 4",
                                      "Bert Mild | Domein Delta | 4 | 2",
                                      "Carla Conflict | Basisschool Beta | 5 | 4",
                                      "Carla Conflict | College Gamma | 1 | 2",
                                  }));
    const auto scores = rows_of(sheets[3]);
    ASSERT_EQ(scores.size(), 1u + 15u) << "header + every stored score, the recused and unfinished ones too";
    EXPECT_EQ(scores[0], "Jurylid | School | Criterium | Score | Commentaar | Belangenconflict");
    EXPECT_EQ(scores[1], "Anna Streng | Atheneum Alfa | Innovatie | 2 | note 1/11 | nee");
    EXPECT_EQ(scores[2], "Anna Streng | Atheneum Alfa | Samenwerking | 2 | note 1/11 | nee");
    EXPECT_EQ(scores[5], "Anna Streng | " + std::string(kEpsilon) + " | Innovatie | 3 |  | nee");
    EXPECT_EQ(scores[10], "Carla Conflict | Atheneum Alfa | Innovatie | 5 | note 3/11 | ja");
    EXPECT_EQ(scores[15], "Carla Conflict | College Gamma | Samenwerking | 1 | note 3/13 | nee");
}

TEST(AwardResultsXlsx, EnglishLabelsAndTwoDecimals) {
    TempDir dir;
    auto v = make_view(false);
    // A third of a point: 7/3 shows as 2.33 (two decimals, like the PDF).
    v.ranking.candidates[0].raw = 7.0 / 3;
    const auto book = read_sheets(dir.str(), write_award_results_xlsx(v, core::Language::en), "award-en.xlsx");
    const auto& sheets = book.as_array();
    ASSERT_EQ(sheets.size(), 4u) << book;
    std::vector<std::string> titles;
    for (const auto& s : sheets) titles.emplace_back(s.at("title").as_string());
    EXPECT_EQ(titles, (std::vector<std::string>{"Ranking", "Per criterion", "Totals per juror", "Scores per juror"}));
    const auto ranking = rows_of(sheets[0]);
    EXPECT_EQ(ranking[0], "School | Raw score | Rank (raw) | Normalised score | Rank (normalised) | Jurors counted | Jurors disagree | Winner");
    EXPECT_EQ(ranking[1], "Atheneum Alfa | 2.33 | 4 | 4 | 1 | 1 | no | no");
    EXPECT_EQ(rows_of(sheets[3])[0], "Juror | School | Criterion | Score | Comment | Conflict of interest");
}

}  // namespace

}  // namespace award_results_files_test
