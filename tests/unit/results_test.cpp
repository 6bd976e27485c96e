// Results as tables: one row per situation. To cover a new case, add a row.
//
// A small framework: elements E1 (C1, C2) and E2 (C3 .. C6), label rule "3 criteria at the level, none
// more than 1 below". `levels` spells one answer per criterion, C1 first: n/c/p/e = not_yet, competent,
// proficient, expert, '-' = unanswered. A survey group is {group, responses, scores}: every response gives
// criterion k the k-th character of `scores` (1..5, '?' = don't know, '.' = not asked); `spread` adds one
// point to C1 on every other response so means are not always whole.
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "core/results.h"

namespace results_test {

using namespace sk::core;

namespace {

Framework small_framework() {
    Framework f;
    f.id = "test";
    f.version = "1";
    f.label_rule = {3, 1};
    for (int i = 1; i <= 2; ++i) f.elements.push_back({"E" + std::to_string(i), i, {"E", "E"}, {"d", "d"}});
    const char* element_of[] = {"E1", "E1", "E2", "E2", "E2", "E2"};
    for (int i = 1; i <= 6; ++i) {
        Criterion c;
        c.id = "C" + std::to_string(i);
        c.number = i;
        c.element_id = element_of[i - 1];
        f.criteria.push_back(c);
    }
    return f;
}

std::optional<Level> level_of(char c) {
    switch (c) {
        case 'n': return Level::not_yet;
        case 'c': return Level::competent;
        case 'p': return Level::proficient;
        case 'e': return Level::expert;
        default: return std::nullopt;
    }
}

struct GroupSpec {
    const char* group;
    int responses;
    const char* scores;
    bool spread = false;
};

struct Case {
    const char* name;
    const char* levels;
    std::vector<GroupSpec> groups;
    const char* groups_out;   // "group:responses:shown|hidden ..."
    const char* elements;     // "E1 self=.. group=..; E2 ..."
    const char* criteria;     // per criterion with a divergence: "C1=66.7 ..."
    const char* divergent;    // "C1 66.7 teachers>self ..."
    int answered;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

std::string fmt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::vector<Answer> answers_of(const char* levels) {
    std::vector<Answer> out;
    for (int i = 0; levels[i]; ++i)
        if (levels[i] != '-') out.push_back({"C" + std::to_string(i + 1), level_of(levels[i]), ""});
    return out;
}

GroupAggregate group_of(const GroupSpec& g) {
    std::vector<SurveyResponse> responses;
    for (int r = 0; r < g.responses; ++r) {
        SurveyResponse resp;
        for (int i = 0; g.scores[i]; ++i) {
            const char s = g.scores[i];
            if (s == '.') continue;
            std::optional<int> score;
            if (s != '?') score = s - '0' + (g.spread && i == 0 && r % 2 == 1 && s < '5' ? 1 : 0);
            resp["C" + std::to_string(i + 1)] = score;
        }
        responses.push_back(resp);
    }
    return aggregate_group(g.group, responses, {"C1", "C2", "C3", "C4", "C5", "C6"});
}

class ResultsTable : public ::testing::TestWithParam<Case> {};

TEST_P(ResultsTable, Computes) {
    const Case& c = GetParam();
    const auto framework = small_framework();
    const auto answers = answers_of(c.levels);
    std::vector<GroupAggregate> groups;
    for (const auto& g : c.groups) groups.push_back(group_of(g));
    const auto r = compute_results(framework, answers, groups);

    std::ostringstream go, el, cr, dv;
    for (const auto& g : r.groups) go << (go.tellp() > 0 ? " " : "") << g.group << ":" << g.responses << ":" << (g.shown ? "shown" : "hidden");
    for (const auto& e : r.elements) {
        el << (el.tellp() > 0 ? "; " : "") << e.element->id << " self=" << (e.self ? fmt(*e.self) : "null");
        for (const auto& [group, v] : e.groups) el << " " << group << "=" << fmt(v);
    }
    for (const auto& x : r.criteria)
        if (x.divergence) cr << (cr.tellp() > 0 ? " " : "") << x.criterion->id << "=" << fmt(*x.divergence);
    for (const auto& d : r.divergent)
        dv << (dv.tellp() > 0 ? " " : "") << d.criterion_id << " " << fmt(d.spread) << " " << d.highest.source << ">" << d.lowest.source;
    EXPECT_EQ(go.str(), c.groups_out);
    EXPECT_EQ(el.str(), c.elements);
    EXPECT_EQ(cr.str(), c.criteria);
    EXPECT_EQ(dv.str(), c.divergent);
    EXPECT_EQ(r.answered, c.answered);
    // A hidden group leaves no trace in any criterion or element.
    for (const auto& g : r.groups) {
        if (g.shown) continue;
        EXPECT_TRUE(g.criteria.empty()) << g.group;
        for (const auto& x : r.criteria) EXPECT_EQ(x.groups.count(g.group), 0u) << g.group;
        for (const auto& e : r.elements) EXPECT_EQ(e.groups.count(g.group), 0u) << g.group;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ResultsTable,
    ::testing::Values(
        Case{"no answers, no surveys", "", {}, "", "E1 self=null; E2 self=null", "", "", 0},
        Case{"partial: element mean over answered criteria only", "c-e--", {}, "", "E1 self=33.3; E2 self=100.0", "", "", 2},
        Case{"all expert", "eeeeee", {}, "", "E1 self=100.0; E2 self=100.0", "", "", 6},
        Case{"all not yet is answered, score 0", "nnnnnn", {}, "", "E1 self=0.0; E2 self=0.0", "", "", 6},
        Case{"a group of 4 responses is hidden everywhere", "nnnnnn", {{"teachers", 4, "555555"}}, "teachers:4:hidden",
             "E1 self=0.0; E2 self=0.0", "", "", 6},
        Case{"a group of 5 responses is shown; six equal spreads: the first five in framework order", "nnnnnn",
             {{"teachers", 5, "555555"}}, "teachers:5:shown", "E1 self=0.0 teachers=100.0; E2 self=0.0 teachers=100.0",
             "C1=100.0 C2=100.0 C3=100.0 C4=100.0 C5=100.0 C6=100.0",
             "C1 100.0 teachers>self C2 100.0 teachers>self C3 100.0 teachers>self C4 100.0 teachers>self C5 100.0 teachers>self", 6},
        Case{"4 and 5 side by side: only the 5 counts", "pppppp", {{"students", 4, "111111"}, {"leaders", 5, "333333"}},
             "leaders:5:shown students:4:hidden", "E1 self=66.7 leaders=50.0; E2 self=66.7 leaders=50.0",
             "C1=16.7 C2=16.7 C3=16.7 C4=16.7 C5=16.7 C6=16.7", "", 6},
        Case{"don't know is left out of the mean; all don't know means no value", "-----", {{"teachers", 5, "?3..."}}, "teachers:5:shown",
             "E1 self=null teachers=50.0; E2 self=null", "", "", 0},
        Case{"one source is no divergence", "c----", {{"mentor", 6, ".4..."}}, "mentor:6:shown",
             "E1 self=33.3 mentor=75.0; E2 self=null", "", "", 1},
        Case{"uneven mean of the first five of six responses (2 3 2 3 2; the sixth waits for its block)", "n----",
             {{"teachers", 6, "2....", true}}, "teachers:6:shown", "E1 self=0.0 teachers=35.0; E2 self=null", "C1=35.0",
             "C1 35.0 teachers>self", 1},
        Case{"uneven mean of ten", "n----", {{"teachers", 10, "2....", true}}, "teachers:10:shown", "E1 self=0.0 teachers=37.5; E2 self=null",
             "C1=37.5", "C1 37.5 teachers>self", 1},
        Case{"below 25 is not divergent", "cccccc", {{"teachers", 5, "222222"}}, "teachers:5:shown",
             "E1 self=33.3 teachers=25.0; E2 self=33.3 teachers=25.0", "C1=8.3 C2=8.3 C3=8.3 C4=8.3 C5=8.3 C6=8.3", "", 6},
        Case{"divergence ties keep framework order, top 5 of 5 with the largest first", "nnnen",
             {{"teachers", 5, "55515"}}, "teachers:5:shown", "E1 self=0.0 teachers=100.0; E2 self=33.3 teachers=66.7",
             "C1=100.0 C2=100.0 C3=100.0 C4=100.0 C5=100.0",
             "C1 100.0 teachers>self C2 100.0 teachers>self C3 100.0 teachers>self C4 100.0 self>teachers C5 100.0 teachers>self", 5},
        Case{"equal values pick self first, groups in their order", "ccccc",
             {{"students", 5, "4...."}, {"teachers", 5, "4...."}, {"leaders", 5, "1...."}},
             "leaders:5:shown teachers:5:shown students:5:shown", "E1 self=33.3 leaders=0.0 students=75.0 teachers=75.0; E2 self=33.3",
             "C1=75.0", "C1 75.0 teachers>leaders", 5},
        Case{"six divergent: the largest five, largest first, exactly 25 counts", "nnnnnn",
             {{"teachers", 5, "234555"}}, "teachers:5:shown", "E1 self=0.0 teachers=37.5; E2 self=0.0 teachers=93.8",
             "C1=25.0 C2=50.0 C3=75.0 C4=100.0 C5=100.0 C6=100.0",
             "C4 100.0 teachers>self C5 100.0 teachers>self C6 100.0 teachers>self C3 75.0 teachers>self C2 50.0 teachers>self", 6}));

// The label estimate explanation, one row per situation (rule: 3 at the level, at most 1 below).
struct LabelCase {
    const char* name;
    const char* levels;  // n/c/p/e per criterion, C1 first; '-' unanswered (counts as not_yet)
    const char* label;
    const char* next;    // "" when none
    int at_or_above_next;
    int needed;
    int missing;
    const char* blockers;  // "C1:n+1 C2:n+2!" (level letter, gap, ! when too far)
};

void PrintTo(const LabelCase& c, std::ostream* os) { *os << c.name << " [" << c.levels << "]"; }

class LabelExplanationTable : public ::testing::TestWithParam<LabelCase> {};

TEST_P(LabelExplanationTable, Explains) {
    const auto& c = GetParam();
    std::vector<CriterionLevel> levels;
    for (int i = 0; c.levels[i]; ++i) levels.push_back({"C" + std::to_string(i + 1), level_of(c.levels[i]).value_or(Level::not_yet)});
    const auto e = explain_label({3, 1}, levels);
    std::ostringstream b;
    for (const auto& x : e.blockers)
        b << (b.tellp() > 0 ? " " : "") << x.criterion_id << ":" << level_id(x.level)[0] << "+" << x.gap << (x.too_far ? "!" : "");
    EXPECT_EQ(label_id(e.label), c.label);
    EXPECT_EQ(e.next ? std::string(level_id(*e.next)) : "", c.next);
    EXPECT_EQ(e.at_or_above_next, c.at_or_above_next);
    EXPECT_EQ(e.needed, c.needed);
    EXPECT_EQ(e.missing, c.missing);
    EXPECT_EQ(b.str(), c.blockers);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, LabelExplanationTable,
    ::testing::Values(LabelCase{"nothing answered", "-----", "none", "competent", 0, 3, 3, "C1:n+1 C2:n+1 C3:n+1 C4:n+1 C5:n+1"},
                      LabelCase{"two competent: one more needed", "cc---", "none", "competent", 2, 3, 1, "C3:n+1 C4:n+1 C5:n+1"},
                      LabelCase{"three competent reach competent", "cccnn", "competent", "proficient", 0, 3, 3,
                                "C1:c+1 C2:c+1 C3:c+1 C4:n+2! C5:n+2!"},
                      LabelCase{"enough proficient but one too far", "pppnc", "competent", "proficient", 3, 3, 0, "C4:n+2! C5:c+1"},
                      LabelCase{"proficient reached, expert next", "ppppc", "proficient", "expert", 0, 3, 3,
                                "C1:p+1 C2:p+1 C3:p+1 C4:p+1 C5:c+2!"},
                      LabelCase{"all expert: no next", "eeeee", "expert", "", 0, 0, 0, ""},
                      LabelCase{"expert counts but a competent lags two", "eeeec", "proficient", "expert", 4, 3, 0, "C5:c+2!"},
                      LabelCase{"unanswered counts as not yet: too far below proficient", "eee--", "competent", "proficient", 3, 3, 0, "C4:n+2! C5:n+2!"}));

TEST(ResultsCompare, NeedsAnswersOnBothSidesAndSubtractsFinalMinusBaseline) {
    const auto framework = small_framework();
    const auto none = compute_results(framework, {}, {});
    const auto base_answers = answers_of("cn-p-");
    const auto final_answers = answers_of("ep-c-");
    const auto base = compute_results(framework, base_answers, {});
    const auto fin = compute_results(framework, final_answers, {});
    EXPECT_FALSE(compare(none, fin));
    EXPECT_FALSE(compare(base, none));
    const auto c = compare(base, fin);
    ASSERT_TRUE(c);
    std::ostringstream s;
    for (const auto& x : c->criteria)
        s << x.id << "=" << (x.baseline ? fmt(*x.baseline) : "null") << ">" << (x.final_value ? fmt(*x.final_value) : "null") << ":"
          << (x.change ? fmt(*x.change) : "null") << " ";
    for (const auto& x : c->elements)
        s << x.id << "=" << (x.baseline ? fmt(*x.baseline) : "null") << ">" << (x.final_value ? fmt(*x.final_value) : "null") << ":"
          << (x.change ? fmt(*x.change) : "null") << " ";
    EXPECT_EQ(s.str(), "C1=1.0>3.0:2.0 C2=0.0>2.0:2.0 C3=null>null:null C4=2.0>1.0:-1.0 C5=null>null:null C6=null>null:null "
                       "E1=16.7>83.3:66.7 E2=66.7>33.3:-33.3 ");
}

}  // namespace

}  // namespace results_test
