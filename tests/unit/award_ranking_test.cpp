// The award ranking rule (core/award_ranking.h) as tables: one row per situation. To cover a new case, add a row.
//
// Spelling: criteria have ids 101, 102, ... in rubric order (only their weights are written); jurors are
// 1, 2, 3 ...; candidacies 11, 12, ... A sheet is one juror's scores for one candidacy in criterion order,
// 0 = not scored. `extra` scores are added after the sheets (unknown ids, out-of-range values, duplicates).
// An expected value of kNone means "unranked" (no complete juror); a rank of 0 means no rank.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/award_ranking.h"

namespace award_ranking_test {

using namespace sk::core::award;

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
const double kR15 = std::sqrt(1.5);  // z of the top/bottom of three equally spaced totals

struct Sheet {
    std::int64_t juror;
    std::int64_t candidacy;
    std::vector<int> scores;
};

struct Expect {
    std::int64_t candidacy;
    double raw;
    double normalised;
    int raw_rank;
    int normalised_rank;
    bool flagged;
    int jurors;  // complete, non-recused jurors counted
};

struct JurorExpect {
    std::int64_t candidacy;
    std::int64_t juror;
    double raw;
    double normalised;
};

struct CriterionExpect {
    std::int64_t candidacy;
    std::int64_t criterion;
    double mean;
};

struct Case {
    const char* name;
    int scale;
    std::vector<int> weights;
    std::vector<std::int64_t> jurors;
    std::vector<std::int64_t> candidacies;
    std::vector<Sheet> sheets;
    std::vector<Recusal> recusals;
    std::vector<Expect> expect;  // every candidacy of the result, by id
    std::vector<JurorExpect> juror_totals = {};
    std::vector<CriterionExpect> criterion_means = {};
    std::vector<Score> extra = {};
};
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

Input input_of(const Case& c) {
    Input in;
    in.scale = c.scale;
    for (std::size_t k = 0; k < c.weights.size(); ++k) in.criteria.push_back({static_cast<std::int64_t>(101 + k), c.weights[k]});
    in.jurors = c.jurors;
    in.candidacies = c.candidacies;
    for (const auto& s : c.sheets)
        for (std::size_t k = 0; k < s.scores.size(); ++k)
            if (s.scores[k] != 0) in.scores.push_back({s.juror, s.candidacy, static_cast<std::int64_t>(101 + k), s.scores[k]});
    for (const auto& s : c.extra) in.scores.push_back(s);
    in.recusals = c.recusals;
    return in;
}

void expect_value(const std::optional<double>& actual, double expected, const std::string& what) {
    if (std::isnan(expected)) {
        EXPECT_FALSE(actual.has_value()) << what << " should be unranked, is " << actual.value_or(0);
    } else {
        ASSERT_TRUE(actual.has_value()) << what << " should be " << expected;
        EXPECT_NEAR(*actual, expected, 1e-9) << what;
    }
}

const CandidateResult* find(const Ranking& r, std::int64_t candidacy) {
    for (const auto& c : r.candidates)
        if (c.candidacy == candidacy) return &c;
    return nullptr;
}

class AwardRankingTest : public testing::TestWithParam<Case> {};

TEST_P(AwardRankingTest, RawNormalisedRanksAndFlags) {
    const auto& c = GetParam();
    const auto result = rank(input_of(c));

    ASSERT_EQ(result.candidates.size(), c.expect.size());
    for (std::size_t i = 0; i < c.expect.size(); ++i) {
        const auto& e = c.expect[i];
        const auto& a = result.candidates[i];
        const auto who = "candidacy " + std::to_string(e.candidacy);
        ASSERT_EQ(a.candidacy, e.candidacy) << "candidates are listed by id";
        expect_value(a.raw, e.raw, who + " raw");
        expect_value(a.normalised, e.normalised, who + " normalised");
        EXPECT_EQ(a.raw_rank.value_or(0), e.raw_rank) << who << " raw rank";
        EXPECT_EQ(a.normalised_rank.value_or(0), e.normalised_rank) << who << " normalised rank";
        EXPECT_EQ(a.flagged, e.flagged) << who << " flag";
        EXPECT_EQ(static_cast<int>(a.jurors.size()), e.jurors) << who << " jurors";
        for (std::size_t j = 1; j < a.jurors.size(); ++j) EXPECT_LT(a.jurors[j - 1].juror, a.jurors[j].juror) << who;
    }
    for (const auto& e : c.juror_totals) {
        const auto* cand = find(result, e.candidacy);
        ASSERT_NE(cand, nullptr);
        const JurorTotal* t = nullptr;
        for (const auto& jt : cand->jurors)
            if (jt.juror == e.juror) t = &jt;
        const auto who = "juror " + std::to_string(e.juror) + " on " + std::to_string(e.candidacy);
        if (std::isnan(e.raw)) {
            EXPECT_EQ(t, nullptr) << who << " should not count";
            continue;
        }
        ASSERT_NE(t, nullptr) << who << " should count";
        EXPECT_NEAR(t->raw, e.raw, 1e-9) << who;
        EXPECT_NEAR(t->normalised, e.normalised, 1e-9) << who;
    }
    ASSERT_EQ(result.per_criterion.size(), c.candidacies.size() * c.weights.size()) << "candidacy x criterion";
    for (std::size_t i = 0; i < result.per_criterion.size(); ++i) {
        const auto& m = result.per_criterion[i];
        EXPECT_EQ(m.criterion, static_cast<std::int64_t>(101 + i % c.weights.size())) << "rubric order";
        EXPECT_EQ(m.candidacy, result.candidates[i / c.weights.size()].candidacy) << "candidacy order";
    }
    for (const auto& e : c.criterion_means) {
        bool seen = false;
        for (const auto& m : result.per_criterion)
            if (m.candidacy == e.candidacy && m.criterion == e.criterion) {
                seen = true;
                expect_value(m.mean, e.mean, "mean of " + std::to_string(e.criterion) + " for " + std::to_string(e.candidacy));
            }
        EXPECT_TRUE(seen) << e.candidacy << "/" << e.criterion;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rows, AwardRankingTest,
    testing::Values(
        // A single juror: two totals become mid ± (scale-1)/4; one juror can never disagree with themselves.
        Case{"single juror, two candidates, scale 5", 5, {1}, {1}, {11, 12},
             {{1, 11, {4}}, {1, 12, {2}}}, {},
             {{11, 4, 4, 1, 1, false, 1}, {12, 2, 2, 2, 2, false, 1}}},
        Case{"single juror, two candidates, scale 10", 10, {1}, {1}, {11, 12},
             {{1, 11, {9}}, {1, 12, {3}}}, {},
             {{11, 9, 7.75, 1, 1, false, 1}, {12, 3, 3.25, 2, 2, false, 1}}},
        // Weights 3:1 — (3*10 + 2)/4 = 8 (unweighted it would be 6), (3*7+5)/4 = 6.5, (3*4+8)/4 = 5.
        Case{"single juror, weighted criteria, scale 10", 10, {3, 1}, {1}, {11, 12, 13},
             {{1, 11, {10, 2}}, {1, 12, {7, 5}}, {1, 13, {4, 8}}}, {},
             {{11, 8, 5.5 + kR15 * 2.25, 1, 1, false, 1},
              {12, 6.5, 5.5, 2, 2, false, 1},
              {13, 5, 5.5 - kR15 * 2.25, 3, 3, false, 1}},
             {}, {{11, 101, 10}, {11, 102, 2}, {13, 102, 8}}},
        // Juror 1 gives every candidate 3.5 (sd 0): z = 0, the middle of the scale, for all; juror 2 decides.
        Case{"a juror with all-equal totals contributes the middle to everyone", 5, {1, 1}, {1, 2}, {11, 12, 13},
             {{1, 11, {3, 4}}, {1, 12, {4, 3}}, {1, 13, {5, 2}},
              {2, 11, {5, 5}}, {2, 12, {3, 3}}, {2, 13, {1, 1}}}, {},
             {{11, (3.5 + 5) / 2, (3 + 3 + kR15) / 2, 1, 1, false, 2},
              {12, (3.5 + 3) / 2, 3, 2, 2, false, 2},
              {13, (3.5 + 1) / 2, (3 + 3 - kR15) / 2, 3, 3, false, 2}},
             {{11, 1, 3.5, 3}, {12, 1, 3.5, 3}, {13, 1, 3.5, 3}, {11, 2, 5, 3 + kR15}, {13, 2, 1, 3 - kR15}}},
        // Weights 1:9 and scores (2, 1): total 1.1 six times, whose float mean is not exactly 1.1; the sd
        // must still count as 0 (else noise / noise would give everyone z = ±1).
        Case{"all-equal weighted totals with float noise stay in the middle", 5, {1, 9}, {1}, {11, 12, 13, 14, 15, 16},
             {{1, 11, {2, 1}}, {1, 12, {2, 1}}, {1, 13, {2, 1}}, {1, 14, {2, 1}}, {1, 15, {2, 1}}, {1, 16, {2, 1}}}, {},
             {{11, 1.1, 3, 1, 1, false, 1}, {12, 1.1, 3, 1, 1, false, 1}, {13, 1.1, 3, 1, 1, false, 1},
              {14, 1.1, 3, 1, 1, false, 1}, {15, 1.1, 3, 1, 1, false, 1}, {16, 1.1, 3, 1, 1, false, 1}}},
        // Juror 2 is recused from 11: their score for it is dropped, and their normalisation runs over 12
        // alone (one candidate: z = 0). Without the recusal 11 and 12 would tie at 3 / 3.
        Case{"a recused juror's scores do not count", 5, {1}, {1, 2}, {11, 12},
             {{1, 11, {5}}, {1, 12, {1}}, {2, 11, {1}}, {2, 12, {5}}}, {{2, 11}},
             {{11, 5, 4, 1, 1, false, 1}, {12, 3, 2.5, 2, 2, false, 2}},
             {{11, 2, kNone, kNone}, {12, 2, 5, 3}, {12, 1, 1, 2}},
             {{11, 101, 5}, {12, 101, 3}}},
        Case{"a candidate every juror is recused from is unranked", 5, {1}, {1}, {11, 12, 13},
             {{1, 11, {5}}, {1, 12, {1}}, {1, 13, {3}}}, {{1, 13}},
             {{11, 5, 4, 1, 1, false, 1}, {12, 1, 2, 2, 2, false, 1}, {13, kNone, kNone, 0, 0, false, 0}},
             {}, {{13, 101, kNone}}},
        // Totals 9, 7, 7, 1: mean 6, sd 3, z = 1, 1/3, 1/3, -5/3.
        Case{"ties are shown: 1, 2, 2, 4", 10, {1}, {1}, {11, 12, 13, 14},
             {{1, 11, {9}}, {1, 12, {7}}, {1, 13, {7}}, {1, 14, {1}}}, {},
             {{11, 9, 7.75, 1, 1, false, 1}, {12, 7, 6.25, 2, 2, false, 1},
              {13, 7, 6.25, 2, 2, false, 1}, {14, 1, 1.75, 4, 4, false, 1}}},
        // Jurors' totals 1.0, 1.2, 1.1 for 11 and 1.1, 1.2, 1.0 for 12: (1.0+1.2)+1.1 != (1.1+1.2)+1.0 in
        // floating point, yet the means are equal and must tie. Opposite jurors 1 and 3 also raise the flag.
        Case{"float noise does not break a tie", 5, {1, 9}, {1, 2, 3}, {11, 12},
             {{1, 11, {1, 1}}, {1, 12, {2, 1}}, {2, 11, {3, 1}}, {2, 12, {3, 1}}, {3, 11, {2, 1}}, {3, 12, {1, 1}}}, {},
             {{11, 1.1, 3, 1, 1, true, 3}, {12, 1.1, 3, 1, 1, true, 3}}},
        // The strict juror gives 1, 2, 3 and the lenient one 3, 4, 5 to the same candidates: different raw
        // totals, identical normalised totals.
        Case{"strict and lenient jurors with the same order normalise alike", 5, {1}, {1, 2}, {11, 12, 13},
             {{1, 11, {3}}, {1, 12, {2}}, {1, 13, {1}}, {2, 11, {5}}, {2, 12, {4}}, {2, 13, {3}}}, {},
             {{11, 4, 3 + kR15, 1, 1, false, 2}, {12, 3, 3, 2, 2, false, 2}, {13, 2, 3 - kR15, 3, 3, false, 2}},
             {{11, 1, 3, 3 + kR15}, {11, 2, 5, 3 + kR15}, {13, 1, 1, 3 - kR15}, {13, 2, 3, 3 - kR15}}},
        // The strict juror judges 11 and 12, the lenient one 13 and 14: raw puts the lenient juror's
        // candidates first; normalised, each juror's best ties with the other's best.
        Case{"strict and lenient jurors on different candidates: normalised ranks tie their bests", 5, {1}, {1, 2},
             {11, 12, 13, 14},
             {{1, 11, {2}}, {1, 12, {1}}, {2, 13, {5}}, {2, 14, {4}}}, {},
             {{11, 2, 4, 3, 1, false, 1}, {12, 1, 2, 4, 3, false, 1},
              {13, 5, 4, 1, 1, false, 1}, {14, 4, 2, 2, 3, false, 1}}},
        // Juror 1 did not finish 13 and only started 14: those score sets count nowhere — not in the
        // candidate's means, not in juror 1's normalisation (which runs over 11 and 12 only).
        Case{"incomplete score sets are ignored", 5, {1, 1}, {1, 2}, {11, 12, 13, 14},
             {{1, 11, {5, 5}}, {1, 12, {1, 1}}, {1, 13, {5, 0}}, {1, 14, {0, 3}},
              {2, 11, {5, 5}}, {2, 12, {3, 3}}, {2, 13, {1, 1}}}, {},
             {{11, 5, (4 + 3 + kR15) / 2, 1, 1, false, 2},
              {12, 2, (2 + 3) / 2.0, 2, 2, false, 2},
              {13, 1, 3 - kR15, 3, 3, false, 1},
              {14, kNone, kNone, 0, 0, false, 0}},
             {{13, 1, kNone, kNone}, {11, 1, 5, 4}, {12, 1, 1, 2}},
             {{13, 101, 1}, {13, 102, 1}, {14, 101, kNone}, {14, 102, kNone}}},
        // One outlier among six: z = sqrt(5) > 2, so 3 + 2.236 is clamped to 5; the rest get 3 - 1/sqrt(5).
        Case{"an outlier is clamped to the scale", 5, {1}, {1}, {11, 12, 13, 14, 15, 16},
             {{1, 11, {5}}, {1, 12, {1}}, {1, 13, {1}}, {1, 14, {1}}, {1, 15, {1}}, {1, 16, {1}}}, {},
             {{11, 5, 5, 1, 1, false, 1}, {12, 1, 3 - 1 / std::sqrt(5.0), 2, 2, false, 1},
              {13, 1, 3 - 1 / std::sqrt(5.0), 2, 2, false, 1}, {14, 1, 3 - 1 / std::sqrt(5.0), 2, 2, false, 1},
              {15, 1, 3 - 1 / std::sqrt(5.0), 2, 2, false, 1}, {16, 1, 3 - 1 / std::sqrt(5.0), 2, 2, false, 1}}},
        // Flag, scale 5: range >= 2 (or sd >= 1). Opposite jurors over two candidates give 4 and 2: range
        // exactly 2, flagged.
        Case{"flag at the threshold: opposite jurors, scale 5", 5, {1}, {1, 2}, {11, 12},
             {{1, 11, {5}}, {1, 12, {4}}, {2, 11, {4}}, {2, 12, {5}}}, {},
             {{11, 4.5, 3, 1, 1, true, 2}, {12, 4.5, 3, 1, 1, true, 2}}},
        // Norms 4, 3, 2 for 11: range 2 (flagged) although sd = 0.816 < 1.
        Case{"flag by range alone: three jurors 4, 3, 2", 5, {1}, {1, 2, 3}, {11, 12},
             {{1, 11, {5}}, {1, 12, {3}}, {2, 11, {4}}, {2, 12, {4}}, {3, 11, {2}}, {3, 12, {3}}}, {},
             {{11, 11.0 / 3, 3, 1, 1, true, 3}, {12, 10.0 / 3, 3, 2, 1, true, 3}}},
        // Juror 1 puts 11 on top of three (3 + 1.22), juror 2 in the middle (3): range 1.22 < 2, no flag.
        Case{"no flag below the threshold, scale 5", 5, {1}, {1, 2}, {11, 12, 13},
             {{1, 11, {5}}, {1, 12, {3}}, {1, 13, {1}}, {2, 11, {3}}, {2, 12, {5}}, {2, 13, {1}}}, {},
             {{11, 4, 3 + kR15 / 2, 1, 1, false, 2}, {12, 4, 3 + kR15 / 2, 1, 1, false, 2},
              {13, 1, 3 - kR15, 3, 3, false, 2}}},
        // Scale 10: threshold range 4.5. Opposite jurors over two candidates give 7.75 and 3.25: range 4.5.
        Case{"flag at the threshold: opposite jurors, scale 10", 10, {1}, {1, 2}, {11, 12},
             {{1, 11, {9}}, {1, 12, {2}}, {2, 11, {2}}, {2, 12, {9}}}, {},
             {{11, 5.5, 5.5, 1, 1, true, 2}, {12, 5.5, 5.5, 1, 1, true, 2}}},
        // Scale 10, juror 1 gives 11 the top of three (5.5 + 2.76), juror 2 the middle: range 2.76 >= 2 but
        // < 4.5, so a threshold that did not grow with the scale would flag it.
        Case{"no flag below the threshold, scale 10", 10, {1}, {1, 2}, {11, 12, 13},
             {{1, 11, {10}}, {1, 12, {6}}, {1, 13, {2}}, {2, 11, {6}}, {2, 12, {10}}, {2, 13, {2}}}, {},
             {{11, 8, 5.5 + kR15 * 2.25 / 2, 1, 1, false, 2}, {12, 8, 5.5 + kR15 * 2.25 / 2, 1, 1, false, 2},
              {13, 2, 5.5 - kR15 * 2.25, 3, 3, false, 2}}},
        // Unknown juror 9, candidacy 99 and criterion 999, and scores 0 / 6 / 11 outside 1..5 are ignored:
        // the result is that of juror 1 alone, and 13 (only an out-of-range score) is unranked.
        Case{"unknown ids and out-of-range scores are ignored", 5, {1}, {1}, {11, 12, 13},
             {{1, 11, {4}}, {1, 12, {2}}, {9, 11, {1}}, {9, 12, {5}}, {1, 99, {5}}}, {{9, 12}, {1, 99}},
             {{11, 4, 4, 1, 1, false, 1}, {12, 2, 2, 2, 2, false, 1}, {13, kNone, kNone, 0, 0, false, 0}},
             {}, {},
             {{1, 11, 999, 1}, {1, 13, 101, 6}, {1, 13, 101, 0}, {1, 12, 101, 11}}},
        // Of two scores for the same criterion the later counts: 11 ends at 1, 12 at 5.
        Case{"a later duplicate score replaces the earlier", 5, {1}, {1}, {11, 12},
             {{1, 11, {5}}, {1, 12, {1}}}, {},
             {{11, 1, 2, 2, 2, false, 1}, {12, 5, 4, 1, 1, false, 1}},
             {}, {},
             {{1, 11, 101, 1}, {1, 12, 101, 5}}},
        Case{"nobody scored: all unranked", 5, {1, 1}, {1, 2}, {11, 12},
             {}, {},
             {{11, kNone, kNone, 0, 0, false, 0}, {12, kNone, kNone, 0, 0, false, 0}}},
        Case{"a rubric without criteria ranks nobody", 5, {}, {1}, {11},
             {}, {},
             {{11, kNone, kNone, 0, 0, false, 0}},
             {}, {},
             {{1, 11, 101, 3}}}));

// ---- progress: complete() and scored_criteria() ----

struct ProgressCase {
    const char* name;
    std::vector<Score> scores;
    std::vector<Recusal> recusals;
    std::int64_t juror;
    std::int64_t candidacy;
    int scored;
    bool complete;
};
void PrintTo(const ProgressCase& c, std::ostream* os) { *os << c.name; }

class AwardProgressTest : public testing::TestWithParam<ProgressCase> {};

TEST_P(AwardProgressTest, ScoredOfCriteria) {
    const auto& c = GetParam();
    Input in;
    in.scale = 5;
    in.criteria = {{101, 2}, {102, 1}, {103, 1}};
    in.jurors = {1, 2};
    in.candidacies = {11, 12};
    in.scores = c.scores;
    in.recusals = c.recusals;
    EXPECT_EQ(scored_criteria(in, c.juror, c.candidacy), c.scored);
    EXPECT_EQ(complete(in, c.juror, c.candidacy), c.complete);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, AwardProgressTest,
    testing::Values(
        ProgressCase{"nothing scored", {}, {}, 1, 11, 0, false},
        ProgressCase{"two of three", {{1, 11, 101, 3}, {1, 11, 103, 4}}, {}, 1, 11, 2, false},
        ProgressCase{"all three", {{1, 11, 101, 3}, {1, 11, 102, 1}, {1, 11, 103, 5}}, {}, 1, 11, 3, true},
        ProgressCase{"another juror's scores do not count",
                     {{2, 11, 101, 3}, {2, 11, 102, 1}, {2, 11, 103, 5}}, {}, 1, 11, 0, false},
        ProgressCase{"another candidacy's scores do not count",
                     {{1, 12, 101, 3}, {1, 12, 102, 1}, {1, 12, 103, 5}}, {}, 1, 11, 0, false},
        ProgressCase{"a duplicate counts once", {{1, 11, 101, 3}, {1, 11, 101, 4}}, {}, 1, 11, 1, false},
        ProgressCase{"out of range and unknown criterion do not count",
                     {{1, 11, 101, 0}, {1, 11, 102, 6}, {1, 11, 999, 3}, {1, 11, 103, 5}}, {}, 1, 11, 1, false},
        ProgressCase{"an unknown juror or candidacy counts nothing",
                     {{9, 11, 101, 3}, {9, 11, 102, 1}, {9, 11, 103, 5}}, {}, 9, 11, 0, false},
        ProgressCase{"a rubric criterion scored twice and the rest not: 1 of 3",
                     {{1, 12, 102, 2}, {1, 12, 102, 5}}, {}, 1, 12, 1, false},
        ProgressCase{"recusal is not looked at (the matrix shows it apart)",
                     {{1, 11, 101, 3}, {1, 11, 102, 1}, {1, 11, 103, 5}}, {{1, 11}}, 1, 11, 3, true}));

}  // namespace

}  // namespace award_ranking_test
