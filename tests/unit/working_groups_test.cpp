// The working-group proposal as a table: one row per situation. To cover a new case, add a row.
//
// Framework: E1 (C1, C2, C3), E2 (C4, C5), E3 (C6, C7). Schools spell levels per criterion as in
// support/level_fixtures.h (n/c/p/e, '-' unanswered) and get ids 11, 12, ... Companies are
// "name:E1+E3:capacity". A theme renders as "E1[C1,C3] 11 12 {Acme Beta}", themes joined with " | ".
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/working_groups.h"
#include "support/level_fixtures.h"

namespace working_groups_test {

using namespace sk::core;

namespace {

Framework framework() { return sk::test::small_framework("1112233"); }

LevelVector levels(const std::string& spec) { return sk::test::spelt_levels(spec); }

struct Case {
    const char* name;
    const char* focus;  // criterion numbers in focus order, e.g. "3 1 6"
    std::vector<std::string> schools;
    std::vector<std::string> companies;
    const char* themes;
};
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

CompanyOffer company(const std::string& spec) {
    CompanyOffer o;
    const auto a = spec.find(':');
    const auto b = spec.rfind(':');
    o.name = spec.substr(0, a);
    std::stringstream elements(spec.substr(a + 1, b - a - 1));
    for (std::string e; std::getline(elements, e, '+');) o.expertise.push_back(e);
    o.free_capacity = std::stoi(spec.substr(b + 1));
    return o;
}

class WorkingGroupsTest : public testing::TestWithParam<Case> {};

TEST_P(WorkingGroupsTest, Proposal) {
    const auto& c = GetParam();
    const auto f = framework();
    std::vector<FocusPoint> focus;
    std::stringstream fs(c.focus);
    for (int n; fs >> n;) focus.push_back({static_cast<std::size_t>(n - 1), Level::not_yet, 0});
    std::vector<SchoolLevels> schools;
    std::int64_t id = 11;
    for (const auto& s : c.schools) schools.push_back({id++, levels(s)});
    std::vector<CompanyOffer> offers;
    id = 100;
    for (const auto& s : c.companies) {
        offers.push_back(company(s));
        offers.back().organisation_id = id++;
    }
    const auto themes = propose_working_groups(f, focus, schools, offers);
    std::string out;
    for (const auto& t : themes) {
        if (!out.empty()) out += " | ";
        out += t.element_id + "[";
        for (std::size_t i = 0; i < t.criteria.size(); ++i) out += (i ? "," : "") + f.criteria[t.criteria[i]].id;
        out += "]";
        for (auto s : t.schools) out += " " + std::to_string(s);
        out += " {";
        for (std::size_t i = 0; i < t.companies.size(); ++i) out += (i ? " " : "") + t.companies[i]->name;
        out += "}";
    }
    EXPECT_EQ(out, c.themes);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, WorkingGroupsTest,
    testing::Values(
        Case{"no focus points: no themes", "", {"nnnnnnn"}, {"Acme:E1:3"}, ""},
        Case{"one theme per focus point of different elements, in focus order", "4 1 6", {"ppppppp"}, {}, "E2[C4] 11 {} | E1[C1] {} | E3[C6] {}"},
        Case{"two focus criteria of one element merge at the first one's place, criteria in framework order", "3 6 1", {}, {},
             "E1[C1,C3] {} | E3[C6] {}"},
        Case{"a school goes where its gap below proficient is largest", "1 4 6", {"pp-ncpp", "cppppnp", "npppppn"}, {},
             "E1[C1] 13 {} | E2[C4] 11 {} | E3[C6] 12 {}"},
        Case{"equal gaps: the earlier theme; at or above proficient everywhere: the first theme", "1 4", {"cppcppp", "eppeppp"}, {},
             "E1[C1] 11 12 {} | E2[C4] {}"},
        Case{"unanswered counts as not_yet (gap 2)", "1 4", {"cpp-ppp"}, {}, "E1[C1] {} | E2[C4] 11 {}"},
        Case{"a merged theme's gap is its weakest criterion", "1 4 3", {"ppncppp"}, {}, "E1[C1,C3] 11 {} | E2[C4] {}"},
        Case{"companies by expertise, most free capacity first, then name; none left out", "1 6", {},
             {"Delta:E1:2", "Acme:E1+E3:5", "Beta:E1:2", "Full:E1:0", "Other:E2:9"}, "E1[C1] {Acme Beta Delta} | E3[C6] {Acme}"}));

TEST(ThemeGap, LevelsBelowProficient) {
    const std::vector<std::size_t> both = {0, 1};
    EXPECT_EQ(theme_gap(both, levels("pp")), 0);
    EXPECT_EQ(theme_gap(both, levels("ep")), 0);
    EXPECT_EQ(theme_gap(both, levels("pc")), 1);
    EXPECT_EQ(theme_gap(both, levels("cn")), 2);
    EXPECT_EQ(theme_gap(both, levels("p-")), 2);
}

}  // namespace

}  // namespace working_groups_test
