// The mentor matching core: the pair score as a table, and the exact matcher checked against brute force
// over every assignment of many small random instances.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/matching.h"

namespace matching_test {

using namespace sk::core::matching;

namespace {

// "C01:E1 C05:E2" -> focus criteria with their key elements.
std::vector<FocusCriterion> focus(const std::string& spec) {
    std::vector<FocusCriterion> out;
    std::istringstream in(spec);
    for (std::string item; in >> item;) out.push_back({item.substr(0, item.find(':')), item.substr(item.find(':') + 1)});
    return out;
}

std::vector<std::string> words(const std::string& spec) {
    std::vector<std::string> out;
    std::istringstream in(spec);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

struct ScoreCase {
    const char* name;
    const char* school_province;
    const char* focus;
    const char* company_province;
    const char* expertise;
    const char* relation;
    int province_points;
    const char* covered;
    int expertise_points;
    int score;
};

void PrintTo(const ScoreCase& c, std::ostream* os) { *os << c.name; }

class ScoreTable : public ::testing::TestWithParam<ScoreCase> {};

TEST_P(ScoreTable, ExplainsEveryPart) {
    const auto& c = GetParam();
    School s{1, c.school_province, focus(c.focus)};
    Company co{2, c.company_province, words(c.expertise), 1};
    const Explanation e = explain(s, co);
    EXPECT_EQ(relation_id(e.province), c.relation);
    EXPECT_EQ(e.province_points, c.province_points);
    EXPECT_EQ(e.covered_criteria, words(c.covered));
    EXPECT_EQ(e.focus_criteria.size(), s.focus.size());
    EXPECT_EQ(e.expertise_points, c.expertise_points);
    EXPECT_EQ(e.score, c.score);
    EXPECT_EQ(score(s, co), c.score);
}

INSTANTIATE_TEST_SUITE_P(
    Matching, ScoreTable,
    ::testing::Values(
        ScoreCase{"same province, full coverage", "antwerpen", "C01:E1 C02:E1", "antwerpen", "E1", "same", 40, "C01 C02", 60, 100},
        ScoreCase{"neighbours, half coverage", "antwerpen", "C01:E1 C05:E2", "limburg", "E1 E7", "neighbouring", 20, "C01", 30, 50},
        ScoreCase{"neighbour relation is symmetric", "limburg", "C01:E1 C05:E2", "antwerpen", "E2", "neighbouring", 20, "C05", 30, 50},
        ScoreCase{"brussels borders flemish brabant", "brussel", "", "vlaams-brabant", "E1", "neighbouring", 20, "", 0, 20},
        ScoreCase{"brussels does not border antwerp", "brussel", "C01:E1", "antwerpen", "E1", "other", 0, "C01", 60, 60},
        ScoreCase{"west and east flanders", "west-vlaanderen", "", "oost-vlaanderen", "", "neighbouring", 20, "", 0, 20},
        ScoreCase{"west flanders and limburg are far apart", "west-vlaanderen", "C01:E1", "limburg", "E2", "other", 0, "", 0, 0},
        ScoreCase{"a third is floored", "limburg", "C01:E1 C05:E2 C09:E3", "limburg", "E1", "same", 40, "C01", 20, 60},
        ScoreCase{"two thirds", "limburg", "C01:E1 C05:E2 C09:E3", "oost-vlaanderen", "E1 E3", "other", 0, "C01 C09", 40, 40},
        ScoreCase{"five of six", "oost-vlaanderen", "C01:E1 C02:E1 C03:E1 C05:E2 C06:E2 C09:E3", "vlaams-brabant", "E1 E2", "neighbouring", 20, "C01 C02 C03 C05 C06", 50, 70},
        ScoreCase{"one of six floors to ten", "antwerpen", "C01:E1 C02:E1 C03:E1 C05:E2 C06:E2 C09:E3", "antwerpen", "E3", "same", 40, "C09", 10, 50},
        ScoreCase{"no focus criteria: no expertise points", "antwerpen", "", "antwerpen", "E1 E2 E3", "same", 40, "", 0, 40},
        ScoreCase{"unknown province is other even to itself", "nowhere", "C01:E1", "nowhere", "E1", "other", 0, "C01", 60, 60}));

// Brute force: every school picks nothing or one company with score > 0 and room; the best total.
std::int64_t brute_force(const std::vector<School>& schools, const std::vector<Company>& companies) {
    std::vector<int> room;
    for (const auto& c : companies) room.push_back(c.free_capacity);
    std::int64_t best = 0;
    std::function<void(std::size_t, std::int64_t)> go = [&](std::size_t i, std::int64_t total) {
        if (i == schools.size()) {
            best = std::max(best, total);
            return;
        }
        go(i + 1, total);
        for (std::size_t c = 0; c < companies.size(); ++c) {
            const int w = score(schools[i], companies[c]);
            if (w <= 0 || room[c] <= 0) continue;
            --room[c];
            go(i + 1, total + w);
            ++room[c];
        }
    };
    go(0, 0);
    return best;
}

const std::vector<std::string> kProvinces = {"antwerpen", "limburg", "oost-vlaanderen", "vlaams-brabant", "west-vlaanderen", "brussel"};

struct Instance {
    std::vector<School> schools;
    std::vector<Company> companies;
};

// Few provinces and elements on purpose: many equal scores and equal companies make ties and groups.
Instance random_instance(std::mt19937& rng, int max_schools, int max_companies, int max_capacity, int provinces, int elements) {
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    Instance in;
    const int n_schools = 1 + pick(max_schools), n_companies = 1 + pick(max_companies);
    for (int s = 0; s < n_schools; ++s) {
        School school{100 + s * 7 % 13 + s * 13, kProvinces[pick(provinces)], {}};
        const int n_focus = pick(5);  // 0..4: some schools have no focus criteria
        for (int f = 0; f < n_focus; ++f) {
            const int e = pick(elements);
            school.focus.push_back({"C" + std::to_string(f * 3 + e), "E" + std::to_string(e + 1)});
        }
        in.schools.push_back(school);
    }
    for (int c = 0; c < n_companies; ++c) {
        Company co{500 - c * 11, kProvinces[pick(provinces)], {}, pick(max_capacity + 1)};  // 0 = full already
        for (int e = 0; e < elements; ++e)
            if (pick(2)) co.expertise.push_back("E" + std::to_string(e + 1));
        in.companies.push_back(co);
    }
    return in;
}

void expect_feasible(const Instance& in, const Result& r) {
    std::map<std::int64_t, const Company*> company;
    for (const auto& c : in.companies) company[c.id] = &c;
    std::map<std::int64_t, const School*> school;
    for (const auto& s : in.schools) school[s.id] = &s;
    std::map<std::int64_t, int> used;
    std::int64_t total = 0;
    std::int64_t last_school = -1;
    for (const auto& p : r.pairs) {
        ASSERT_TRUE(school.count(p.school_id));
        ASSERT_TRUE(company.count(p.company_id));
        EXPECT_GT(p.school_id, last_school) << "sorted, each school at most once";
        last_school = p.school_id;
        EXPECT_EQ(p.score, score(*school[p.school_id], *company[p.company_id]));
        EXPECT_GT(p.score, 0);
        total += p.score;
        ++used[p.company_id];
    }
    for (const auto& [id, n] : used) EXPECT_LE(n, company[id]->free_capacity) << "company " << id;
    EXPECT_EQ(total, r.total);
}

TEST(Matching, ExactAgreesWithBruteForceOnSmallRandomInstances) {
    std::mt19937 rng(20261126);
    int nontrivial = 0, greedy_worse = 0;
    for (int i = 0; i < 600; ++i) {
        const Instance in = random_instance(rng, 6, 4, 3, 1 + i % 6, 1 + i % 4);
        const Result exact = match_exact(in.schools, in.companies);
        expect_feasible(in, exact);
        ASSERT_EQ(exact.total, brute_force(in.schools, in.companies)) << "instance " << i;
        const Result greedy = match_greedy(in.schools, in.companies);
        expect_feasible(in, greedy);
        EXPECT_LE(greedy.total, exact.total);
        nontrivial += exact.pairs.size() > 1;
        greedy_worse += greedy.total < exact.total;
        if (HasFailure()) return;
    }
    // The instances really test something: most match several pairs, and greedy is sometimes beaten.
    EXPECT_GT(nontrivial, 300);
    EXPECT_GT(greedy_worse, 0);
}

TEST(Matching, SameInputSameOutputInAnyOrder) {
    std::mt19937 rng(7);
    for (int i = 0; i < 100; ++i) {
        Instance in = random_instance(rng, 30, 12, 3, 3, 3);
        const Result first = match_exact(in.schools, in.companies);
        EXPECT_EQ(match_exact(in.schools, in.companies), first);
        std::reverse(in.schools.begin(), in.schools.end());
        std::shuffle(in.companies.begin(), in.companies.end(), rng);
        EXPECT_EQ(match_exact(in.schools, in.companies), first) << "instance " << i;
    }
}

TEST(Matching, LargerInstancesStayFeasibleAndBeatGreedy) {
    std::mt19937 rng(99);
    for (int i = 0; i < 20; ++i) {
        const Instance in = random_instance(rng, 200, 60, 5, 6, 7);
        const Result exact = match_exact(in.schools, in.companies);
        expect_feasible(in, exact);
        EXPECT_GE(exact.total, match_greedy(in.schools, in.companies).total);
    }
}

TEST(Matching, MaximisesTheTotalNotThePairCount) {
    // One company with room for one: school 1 alone scores 100, schools 1+2 cannot both fit.
    std::vector<School> schools = {{1, "antwerpen", focus("C01:E1")}, {2, "limburg", focus("C05:E2")}};
    std::vector<Company> companies = {{10, "antwerpen", {"E1"}, 1}};
    const Result r = match_exact(schools, companies);
    ASSERT_EQ(r.pairs.size(), 1u);
    EXPECT_EQ(r.pairs[0], (Pair{1, 10, 100}));
    // Swapping is needed: greedy takes (1,10)=100 first and leaves school 2 without (2,11)... here both fit.
    companies.push_back({11, "antwerpen", {"E2"}, 1});
    const Result two = match_exact(schools, companies);
    EXPECT_EQ(two.total, 100 + 80);
}

TEST(Matching, NoEdgesForFullCompaniesOrZeroScores) {
    std::vector<School> schools = {{1, "west-vlaanderen", focus("C01:E1")}};
    EXPECT_TRUE(match_exact(schools, {{10, "limburg", {"E2"}, 3}}).pairs.empty());  // score 0
    EXPECT_TRUE(match_exact(schools, {{10, "west-vlaanderen", {"E1"}, 0}}).pairs.empty());  // no room
    EXPECT_TRUE(match_exact({}, {{10, "limburg", {"E2"}, 3}}).pairs.empty());
    EXPECT_TRUE(match_exact(schools, {}).pairs.empty());
}

TEST(Matching, DuplicateIdsAreRejected) {
    EXPECT_THROW(match_exact({{1, "limburg", {}}, {1, "limburg", {}}}, {}), std::invalid_argument);
    EXPECT_THROW(match_exact({}, {{1, "limburg", {}, 1}, {1, "limburg", {}, 1}}), std::invalid_argument);
}

}  // namespace

}  // namespace matching_test
