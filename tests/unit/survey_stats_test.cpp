// Survey aggregates per group and criterion: the threshold of kMinGroupResponses responses below which a
// group yields nothing but its count, the same threshold of scores per criterion, and the blocks of five.
#include <gtest/gtest.h>

#include <optional>

#include "core/survey_stats.h"

namespace survey_stats_test {

using namespace sk::core;

namespace {

// n responses that all give `score` for C01 and C02.
std::vector<SurveyResponse> same(int n, std::optional<int> score) {
    return std::vector<SurveyResponse>(static_cast<std::size_t>(n), SurveyResponse{{"C01", score}, {"C02", score}});
}

}  // namespace

TEST(SurveyStats, TheThresholdDecidesWhetherAGroupHasAnAggregate) {
    struct Case {
        std::string name;
        std::vector<SurveyResponse> responses;
        bool shown;
    };
    const std::vector<Case> cases = {
        {"no responses", {}, false},
        {"one response", same(1, 4), false},
        {"four responses", same(4, 4), false},
        {"four don't knows", same(4, std::nullopt), false},
        {"five responses", same(5, 4), true},
        {"twelve responses", same(12, 2), true},
    };
    for (const auto& c : cases) {
        const auto g = aggregate_group("teachers", c.responses, {"C01", "C02"});
        EXPECT_EQ(g.group, "teachers") << c.name;
        EXPECT_EQ(g.responses, static_cast<int>(c.responses.size())) << c.name;
        EXPECT_EQ(g.shown, c.shown) << c.name;
        // Below the threshold: not even per-criterion counts.
        EXPECT_EQ(g.criteria.size(), c.shown ? 2u : 0u) << c.name;
    }
}

TEST(SurveyStats, MeansLeaveDontKnowOutAndRestOnAtLeastFiveScores) {
    struct Case {
        std::string name;
        std::vector<std::optional<int>> scores;  // one response each, for C01
        std::optional<double> mean;              // nullopt: the criterion shows nothing
        int used = 0;
        int dont_know = 0;
    };
    const std::optional<int> dk;
    const std::vector<Case> cases = {
        {"all the same", {4, 4, 4, 4, 4}, 4.0, 5, 0},
        {"mixed", {1, 2, 3, 4, 5}, 3.0, 5, 0},
        // The case: 4 of 5 did not know, so a mean would be the fifth colleague's score.
        {"one score among don't knows", {dk, dk, 2, dk, dk}, std::nullopt},
        {"all don't know: not even the count", {dk, dk, dk, dk, dk}, std::nullopt},
        {"four scores", {5, dk, 4, 4, 3, dk, dk, dk, dk, dk}, std::nullopt},
        {"five scores and five don't know", {5, dk, 4, 4, 3, dk, dk, dk, 1, dk}, 17.0 / 5.0, 5, 5},
        // Scores count in blocks of five, in the order they came: the sixth waits for the tenth.
        {"six scores: the first five make the mean", {1, 2, 2, 5, 5, 5, dk, dk, dk, dk}, 3.0, 5, 4},
        {"ten scores", {1, 2, 2, 5, 5, 5, 5, 5, 5, 5}, 4.0, 10, 0},
    };
    for (const auto& c : cases) {
        std::vector<SurveyResponse> responses;
        for (auto s : c.scores) responses.push_back({{"C01", s}, {"C02", 3}});
        const auto g = aggregate_group("students", responses, {"C01", "C02"});
        ASSERT_TRUE(g.shown) << c.name;
        ASSERT_EQ(g.criteria.size(), 2u) << c.name;
        const auto& c01 = g.criteria[0];
        EXPECT_EQ(c01.criterion_id, "C01") << c.name;
        EXPECT_EQ(c01.shown, c.mean.has_value()) << c.name;
        EXPECT_EQ(c01.scores, c.used) << c.name;
        EXPECT_EQ(c01.dont_know, c.dont_know) << c.name;
        EXPECT_EQ(c01.responses, c.used + c.dont_know) << c.name;
        ASSERT_EQ(c01.mean.has_value(), c.mean.has_value()) << c.name;
        if (c.mean) {
            EXPECT_DOUBLE_EQ(*c01.mean, *c.mean) << c.name;
        }
        EXPECT_DOUBLE_EQ(*g.criteria[1].mean, 3.0) << c.name;
    }
}

TEST(SurveyStats, ResponsesCountInBlocksOfFiveInTheOrderTheyCame) {
    EXPECT_EQ(counted(0), 0);
    EXPECT_EQ(counted(4), 0);
    EXPECT_EQ(counted(5), 5);
    EXPECT_EQ(counted(9), 5);
    EXPECT_EQ(counted(10), 10);
    // Five 1s, then four 5s: the 5s wait for a fifth response before they count.
    std::vector<SurveyResponse> responses(5, SurveyResponse{{"C01", 1}});
    for (int i = 0; i < 4; ++i) responses.push_back({{"C01", 5}});
    auto g = aggregate_group("teachers", responses, {"C01"});
    EXPECT_EQ(g.responses, 9);
    EXPECT_EQ(g.counted, 5);
    EXPECT_DOUBLE_EQ(*g.criteria[0].mean, 1.0);
    responses.push_back({{"C01", 5}});
    g = aggregate_group("teachers", responses, {"C01"});
    EXPECT_EQ(g.counted, 10);
    EXPECT_DOUBLE_EQ(*g.criteria[0].mean, 3.0);
}

TEST(SurveyStats, CriteriaFollowTheGivenOrderAndIgnoreOthers) {
    std::vector<SurveyResponse> responses(5, SurveyResponse{{"C02", 2}, {"C09", 5}, {"X", 1}});
    const auto g = aggregate_group("leaders", responses, {"C09", "C02", "C03"});
    ASSERT_EQ(g.criteria.size(), 3u);
    EXPECT_EQ(g.criteria[0].criterion_id, "C09");
    EXPECT_DOUBLE_EQ(*g.criteria[0].mean, 5.0);
    EXPECT_EQ(g.criteria[1].criterion_id, "C02");
    EXPECT_DOUBLE_EQ(*g.criteria[1].mean, 2.0);
    // A criterion nobody answered: not shown, no responses, no mean.
    EXPECT_EQ(g.criteria[2].criterion_id, "C03");
    EXPECT_FALSE(g.criteria[2].shown);
    EXPECT_EQ(g.criteria[2].responses, 0);
    EXPECT_FALSE(g.criteria[2].mean.has_value());
}

}  // namespace survey_stats_test
