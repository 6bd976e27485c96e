// Survey aggregates per group and criterion, with the threshold of kMinGroupResponses responses below
// which a group yields nothing but its count.
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

TEST(SurveyStats, MeansLeaveDontKnowOut) {
    struct Case {
        std::string name;
        std::vector<std::optional<int>> scores;  // one response each, for C01
        std::optional<double> mean;
        int dont_know;
    };
    const std::vector<Case> cases = {
        {"all the same", {4, 4, 4, 4, 4}, 4.0, 0},
        {"mixed", {1, 2, 3, 4, 5}, 3.0, 0},
        {"all don't know", {std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}, std::nullopt, 5},
        {"don't know left out of the mean", {5, std::nullopt, 4, std::nullopt, 3}, 4.0, 2},
        {"one score among don't knows", {std::nullopt, std::nullopt, 2, std::nullopt, std::nullopt}, 2.0, 4},
        {"uneven mean", {1, 2, 2, 5, 5, 5}, 20.0 / 6.0, 0},
    };
    for (const auto& c : cases) {
        std::vector<SurveyResponse> responses;
        for (auto s : c.scores) responses.push_back({{"C01", s}, {"C02", 3}});
        const auto g = aggregate_group("students", responses, {"C01", "C02"});
        ASSERT_TRUE(g.shown) << c.name;
        ASSERT_EQ(g.criteria.size(), 2u) << c.name;
        const auto& c01 = g.criteria[0];
        EXPECT_EQ(c01.criterion_id, "C01") << c.name;
        EXPECT_EQ(c01.responses, static_cast<int>(c.scores.size())) << c.name;
        EXPECT_EQ(c01.dont_know, c.dont_know) << c.name;
        ASSERT_EQ(c01.mean.has_value(), c.mean.has_value()) << c.name;
        if (c.mean) {
            EXPECT_DOUBLE_EQ(*c01.mean, *c.mean) << c.name;
        }
        EXPECT_DOUBLE_EQ(*g.criteria[1].mean, 3.0) << c.name;
    }
}

TEST(SurveyStats, CriteriaFollowTheGivenOrderAndIgnoreOthers) {
    std::vector<SurveyResponse> responses(5, SurveyResponse{{"C02", 2}, {"C09", 5}, {"X", 1}});
    const auto g = aggregate_group("leaders", responses, {"C09", "C02", "C03"});
    ASSERT_EQ(g.criteria.size(), 3u);
    EXPECT_EQ(g.criteria[0].criterion_id, "C09");
    EXPECT_DOUBLE_EQ(*g.criteria[0].mean, 5.0);
    EXPECT_EQ(g.criteria[1].criterion_id, "C02");
    EXPECT_DOUBLE_EQ(*g.criteria[1].mean, 2.0);
    // A criterion nobody answered: no responses, no mean.
    EXPECT_EQ(g.criteria[2].criterion_id, "C03");
    EXPECT_EQ(g.criteria[2].responses, 0);
    EXPECT_FALSE(g.criteria[2].mean.has_value());
}

}  // namespace survey_stats_test
