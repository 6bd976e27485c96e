// The label rule as a table: one row per situation. To cover a new case, add a row.
//
// `levels` spells one level per criterion, C01 first: n = not_yet, c = competent, p = proficient,
// e = expert; spaces only group for reading. `below` lists every criterion under the next level as
// id+gap, with "!" when it lags more than maxLevelsBelow; `too_far` lists just those ids.
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "core/label_rule.h"

namespace label_rule_test {

using namespace sk::core;

namespace {

struct Case {
    const char* name;
    LabelRule rule;
    const char* levels;
    Label label;
    const char* next;  // level id, or "" when the label is expert
    int at_or_above_next;
    int missing;
    const char* below;
    const char* too_far;
};

// Failure output names the row instead of dumping its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name << " [" << c.levels << "]"; }

std::vector<CriterionLevel> parse(const char* spec) {
    std::vector<CriterionLevel> out;
    for (const char* p = spec; *p; ++p) {
        Level l;
        switch (*p) {
            case 'n': l = Level::not_yet; break;
            case 'c': l = Level::competent; break;
            case 'p': l = Level::proficient; break;
            case 'e': l = Level::expert; break;
            case ' ': continue;
            default: ADD_FAILURE() << "bad level letter '" << *p << "' in " << spec; continue;
        }
        char id[24];
        std::snprintf(id, sizeof id, "C%02zu", out.size() + 1);
        out.push_back({id, l});
    }
    return out;
}

std::string render_below(const std::vector<Blocker>& bs) {
    std::ostringstream s;
    for (const auto& b : bs) s << (s.tellp() > 0 ? " " : "") << b.criterion_id << "+" << b.gap << (b.too_far ? "!" : "");
    return s.str();
}

std::string render_ids(const std::vector<Blocker>& bs) {
    std::string s;
    for (const auto& b : bs) s += (s.empty() ? "" : " ") + b.criterion_id;
    return s;
}

constexpr LabelRule kDefault{17, 1};

// clang-format off
const std::vector<Case> kCases = {
    {"all_not_yet", kDefault, "nnnnnnn nnnnnnn nnnnnnn", Label::none, "competent", 0, 17,
     "C01+1 C02+1 C03+1 C04+1 C05+1 C06+1 C07+1 C08+1 C09+1 C10+1 C11+1 C12+1 C13+1 C14+1 C15+1 C16+1 C17+1 "
     "C18+1 C19+1 C20+1 C21+1", ""},
    {"all_expert", kDefault, "eeeeeee eeeeeee eeeeeee", Label::expert, "", 0, 0, "", ""},
    {"exactly_17_competent", kDefault, "ccccccc ccccccc ccc nnnn", Label::competent, "proficient", 0, 17,
     "C01+1 C02+1 C03+1 C04+1 C05+1 C06+1 C07+1 C08+1 C09+1 C10+1 C11+1 C12+1 C13+1 C14+1 C15+1 C16+1 C17+1 "
     "C18+2! C19+2! C20+2! C21+2!", "C18 C19 C20 C21"},
    {"only_16_competent", kDefault, "ccccccc ccccccc cc nnnnn", Label::none, "competent", 16, 1,
     "C17+1 C18+1 C19+1 C20+1 C21+1", ""},
    {"exactly_17_proficient", kDefault, "ppppppp ppppppp ppp cccc", Label::proficient, "expert", 0, 17,
     "C01+1 C02+1 C03+1 C04+1 C05+1 C06+1 C07+1 C08+1 C09+1 C10+1 C11+1 C12+1 C13+1 C14+1 C15+1 C16+1 C17+1 "
     "C18+2! C19+2! C20+2! C21+2!", "C18 C19 C20 C21"},
    {"only_16_proficient", kDefault, "ppppppp ppppppp pp ccccc", Label::competent, "proficient", 16, 1,
     "C17+1 C18+1 C19+1 C20+1 C21+1", ""},
    {"exactly_17_expert", kDefault, "eeeeeee eeeeeee eee pppp", Label::expert, "", 0, 0, "", ""},
    {"only_16_expert", kDefault, "eeeeeee eeeeeee ee ppppp", Label::proficient, "expert", 16, 1,
     "C17+1 C18+1 C19+1 C20+1 C21+1", ""},
    {"one_two_below_proficient", kDefault, "ppppppp ppppppp pppppp n", Label::competent, "proficient", 20, 0,
     "C21+2!", "C21"},
    {"one_two_below_expert", kDefault, "eeeeeee eeeeeee eeeeee c", Label::proficient, "expert", 20, 0,
     "C21+2!", "C21"},
    {"one_three_below_expert", kDefault, "eeeeeee eeeeeee eeeeee n", Label::competent, "proficient", 20, 0,
     "C21+2!", "C21"},
    {"mixed_short_and_too_far", kDefault, "eeeee ppppp ppppp cccc nn", Label::competent, "proficient", 15, 2,
     "C16+1 C17+1 C18+1 C19+1 C20+2! C21+2!", "C20 C21"},
    {"mixed_enough_but_lagging", kDefault, "eeeeeee eeeeeee eeeee cc", Label::proficient, "expert", 19, 0,
     "C20+2! C21+2!", "C20 C21"},
    {"mixed_spread", kDefault, "npcepcepcepcepcepcepc", Label::competent, "proficient", 13, 4,
     "C01+2! C03+1 C06+1 C09+1 C12+1 C15+1 C18+1 C21+1", "C01"},
    {"fewer_criteria_than_min", kDefault, "eeeeeeeeee", Label::none, "competent", 10, 7, "", ""},
    {"strict_rule_all_at_level", LabelRule{21, 0}, "eeeeeee eeeeeee eeeeee p", Label::proficient, "expert", 20, 1,
     "C21+1!", "C21"},
    {"no_lag_limit", LabelRule{17, 3}, "eeeeeee eeeeeee eee nnnn", Label::expert, "", 0, 0, "", ""},
    {"lower_threshold", LabelRule{12, 1}, "ppppppp ppppp ccccccccc", Label::proficient, "expert", 0, 12,
     "C01+1 C02+1 C03+1 C04+1 C05+1 C06+1 C07+1 C08+1 C09+1 C10+1 C11+1 C12+1 C13+2! C14+2! C15+2! C16+2! "
     "C17+2! C18+2! C19+2! C20+2! C21+2!", "C13 C14 C15 C16 C17 C18 C19 C20 C21"},
};
// clang-format on

class LabelRuleTable : public testing::TestWithParam<Case> {};

TEST_P(LabelRuleTable, LabelAndBlockers) {
    const Case& c = GetParam();
    const auto criteria = parse(c.levels);
    const auto a = assess_label(c.rule, criteria);
    EXPECT_EQ(label_id(a.label), label_id(c.label));
    EXPECT_EQ(a.next ? std::string(level_id(*a.next)) : std::string(), c.next);
    EXPECT_EQ(a.at_or_above_next, c.at_or_above_next);
    EXPECT_EQ(a.missing, c.missing);
    EXPECT_EQ(render_below(a.below), c.below);
    EXPECT_EQ(render_ids(a.too_far), c.too_far);

    // The shortcut must agree with the full assessment.
    std::vector<Level> levels;
    for (const auto& cl : criteria) levels.push_back(cl.level);
    EXPECT_EQ(label_id(label_reached(c.rule, levels)), label_id(c.label));
}

INSTANTIATE_TEST_SUITE_P(Cases, LabelRuleTable, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

}  // namespace

TEST(LabelRule, LevelIdsRoundTrip) {
    for (Level l : {Level::not_yet, Level::competent, Level::proficient, Level::expert})
        EXPECT_EQ(parse_level(level_id(l)), l);
    EXPECT_EQ(level_id(Level::not_yet), "not_yet");
    EXPECT_EQ(level_id(Level::expert), "expert");
    EXPECT_FALSE(parse_level("Expert").has_value());
    EXPECT_FALSE(parse_level("none").has_value());
    EXPECT_EQ(label_id(Label::none), "none");
    EXPECT_EQ(label_id(Label::proficient), "proficient");
}

TEST(LabelRule, LevelsAreOrdered) {
    EXPECT_LT(Level::not_yet, Level::competent);
    EXPECT_LT(Level::competent, Level::proficient);
    EXPECT_LT(Level::proficient, Level::expert);
    EXPECT_EQ(rank(Level::expert) - rank(Level::competent), 2);
}

TEST(LabelRule, NotYetIsAlwaysMet) {
    const std::vector<Level> none;
    EXPECT_TRUE(meets(kDefault, none, Level::not_yet));
    EXPECT_FALSE(meets(kDefault, none, Level::competent));
}

}  // namespace label_rule_test
