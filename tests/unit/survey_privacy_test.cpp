// The survey privacy rules (core/survey_stats.h) as properties over many generated response sets: no
// shown figure rests on fewer than five scores, and the figures before and after any one response
// arrives never single out that response. Every screen, PDF and XLSX is made from core::Results, so
// these properties hold for them; tests/api/results_api_test.cpp (SurveyPrivacy) checks that they show nothing more.
//
// Why arrivals and not any removal: responses carry no identity and are never deleted one by one, so
// the only "before and after" a coordinator can compare is a survey before and after someone answers.
// Any response can be that someone: each generated set is a random order of arrival.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/results.h"

namespace survey_privacy_test {

using namespace sk::core;

namespace {

const std::vector<std::string> kCriteria = {"C1", "C2", "C3", "C4"};

Framework framework() {
    Framework f;
    f.id = "test";
    f.version = "1";
    f.label_rule = {3, 1};
    f.elements.push_back({"E1", 1, {"E", "E"}, {"d", "d"}});
    f.elements.push_back({"E2", 2, {"E", "E"}, {"d", "d"}});
    for (int i = 1; i <= 4; ++i) {
        Criterion c;
        c.id = "C" + std::to_string(i);
        c.number = i;
        c.element_id = i <= 2 ? "E1" : "E2";
        f.criteria.push_back(c);
    }
    return f;
}

// Every figure a view shows about the respondents, by name. Response counts are left out: a count says
// that someone answered, never what.
std::map<std::string, double> figures(const Results& r) {
    std::map<std::string, double> out;
    for (const auto& c : r.criteria) {
        for (const auto& [group, gc] : c.groups) {
            const std::string at = group + " " + c.criterion->id;
            out[at + " mean"] = *gc.mean;
            out[at + " scores"] = gc.scores;
            out[at + " don't know"] = gc.dont_know;
            out[at + " answers"] = gc.responses;
        }
        if (c.divergence) out[c.criterion->id + " divergence"] = *c.divergence;
    }
    for (const auto& e : r.elements)
        for (const auto& [group, v] : e.groups) out[group + " " + e.element->id] = v;
    for (std::size_t i = 0; i < r.divergent.size(); ++i) out["divergent " + r.divergent[i].criterion_id] = r.divergent[i].spread;
    return out;
}

struct Generated {
    std::vector<SurveyResponse> responses;  // in the order they came in
    std::vector<Answer> self;
};

// A group asks its statements about some criteria (the same for every respondent); each answer is a
// score or, often, "don't know", so that sets with few scores among many responses come up a lot.
Generated generate(std::mt19937& rng) {
    Generated g;
    std::uniform_int_distribution<int> size(0, 17), score(1, 5), percent(0, 99);
    std::vector<std::string> asked;
    for (const auto& c : kCriteria)
        if (percent(rng) < 80) asked.push_back(c);
    const int dont_know_percent = std::uniform_int_distribution<int>(0, 90)(rng);
    const int n = size(rng);
    for (int i = 0; i < n; ++i) {
        SurveyResponse r;
        for (const auto& c : asked) r[c] = percent(rng) < dont_know_percent ? std::nullopt : std::optional<int>(score(rng));
        g.responses.push_back(std::move(r));
    }
    for (const auto& c : kCriteria)
        if (percent(rng) < 70) g.self.push_back({c, static_cast<Level>(std::uniform_int_distribution<int>(0, 3)(rng)), ""});
    return g;
}

Results view(const Framework& f, const Generated& g, std::size_t arrived) {
    const std::vector<SurveyResponse> so_far(g.responses.begin(), g.responses.begin() + static_cast<std::ptrdiff_t>(arrived));
    const std::vector<GroupAggregate> groups = {aggregate_group("teachers", so_far, kCriteria)};
    return compute_results(f, g.self, groups);
}

std::string describe(const Generated& g, std::size_t arrived) {
    std::ostringstream out;
    out << arrived << " of " << g.responses.size() << " responses:";
    for (std::size_t i = 0; i < arrived; ++i) {
        out << " [";
        for (const auto& [c, s] : g.responses[i]) out << c << "=" << (s ? std::to_string(*s) : "?") << " ";
        out << "]";
    }
    return out.str();
}

}  // namespace

TEST(SurveyPrivacy, NoShownFigureRestsOnFewerThanFiveScores) {
    const auto f = framework();
    std::mt19937 rng(20261207);
    for (int run = 0; run < 600; ++run) {
        const auto g = generate(rng);
        for (std::size_t arrived = 0; arrived <= g.responses.size(); ++arrived) {
            const auto r = view(f, g, arrived);
            const int counted_responses = counted(static_cast<int>(arrived));
            for (const auto& c : r.criteria) {
                // Count the scores and "don't know"s among the counted responses the slow way.
                std::vector<int> scores;
                int dont_know = 0;
                for (int i = 0; i < counted_responses; ++i) {
                    auto it = g.responses[static_cast<std::size_t>(i)].find(c.criterion->id);
                    if (it == g.responses[static_cast<std::size_t>(i)].end()) continue;
                    if (it->second) scores.push_back(*it->second);
                    else ++dont_know;
                }
                const auto shown = c.groups.find("teachers");
                ASSERT_EQ(shown != c.groups.end(), scores.size() >= 5) << c.criterion->id << " " << describe(g, arrived);
                if (shown == c.groups.end()) continue;
                const auto& gc = shown->second;
                ASSERT_GE(gc.scores, 5);
                ASSERT_EQ(gc.scores % 5, 0);
                double sum = 0;
                for (int k = 0; k < gc.scores; ++k) sum += scores[static_cast<std::size_t>(k)];
                ASSERT_DOUBLE_EQ(*gc.mean, sum / gc.scores) << describe(g, arrived);
                ASSERT_EQ(gc.dont_know, dont_know);
            }
            // An element's figure and a divergence rest only on shown criteria.
            for (const auto& e : r.elements) {
                std::vector<double> values;
                for (const auto& c : r.criteria)
                    if (c.criterion->element_id == e.element->id)
                        if (auto it = c.groups.find("teachers"); it != c.groups.end()) values.push_back(group_score(*it->second.mean));
                ASSERT_EQ(e.groups.count("teachers"), values.empty() ? 0u : 1u) << e.element->id << " " << describe(g, arrived);
            }
            for (const auto& c : r.criteria) {
                if (c.divergence) {
                    ASSERT_TRUE(c.self && c.groups.count("teachers")) << describe(g, arrived);
                }
            }
        }
    }
}

TEST(SurveyPrivacy, OneMoreResponseNeverSinglesOutThatResponse) {
    const auto f = framework();
    std::mt19937 rng(7122026);
    int blocks_seen = 0;
    for (int run = 0; run < 600; ++run) {
        const auto g = generate(rng);
        auto before = figures(view(f, g, 0));
        for (std::size_t arrived = 1; arrived <= g.responses.size(); ++arrived) {
            const auto after = figures(view(f, g, arrived));
            std::vector<std::string> changed;
            for (const auto& [name, value] : after)
                if (!before.count(name) || before.at(name) != value) changed.push_back(name);
            for (const auto& [name, value] : before)
                if (!after.count(name)) changed.push_back(name);
            if (!changed.empty()) {
                // Figures move only when a whole block of five responses comes in (so no single response
                // ever changes a figure by its own answer) ...
                ASSERT_EQ(arrived % 5, 0u) << changed.front() << " moved: " << describe(g, arrived);
                ++blocks_seen;
                // ... and a criterion's mean then moves by whole blocks of five scores: the difference
                // between the two looks is the sum of at least five people's scores.
                for (const auto& [name, value] : after) {
                    if (name.size() < 7 || name.compare(name.size() - 7, 7, " scores") != 0) continue;
                    const double was = before.count(name) ? before.at(name) : 0;
                    ASSERT_TRUE(value == was || std::abs(value - was) >= 5) << name << ": " << describe(g, arrived);
                }
            }
            before = after;
        }
    }
    // The generator reaches the interesting case often: sets where a block of five changed the figures.
    EXPECT_GT(blocks_seen, 200);
}

}  // namespace survey_privacy_test
