// The group report rules as tables: one row per situation. To cover a new case, add a row.
//
// A small framework: elements E1 (C1, C2, C3) and E2 (C4 .. C7), label rule "3 criteria at the level,
// none more than 1 below". A school spells one level per criterion, C1 first: n/c/p/e = not_yet,
// competent, proficient, expert, '-' = unanswered (both from support/level_fixtures.h). Medians are
// spelt the same way.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "core/group_report.h"
#include "support/level_fixtures.h"

namespace group_report_test {

using namespace sk::core;

namespace {

Framework small_framework() { return sk::test::small_framework("1112222"); }

LevelVector levels(const std::string& spec) { return sk::test::spelt_levels(spec); }

std::vector<SchoolLevels> schools(const std::vector<std::string>& specs, std::int64_t first_id = 1) {
    std::vector<SchoolLevels> out;
    for (const auto& s : specs) out.push_back({first_id++, levels(s)});
    return out;
}

const char kLetters[] = "ncpe";

// ---- median and spread from counts ----

struct StatsCase {
    const char* name;
    std::array<int, kLevelCount> counts;
    char median;  // letter, '-' for none
    int spread;   // -1 for none
};
void PrintTo(const StatsCase& c, std::ostream* os) { *os << c.name; }

class CriterionStatsTest : public testing::TestWithParam<StatsCase> {};

TEST_P(CriterionStatsTest, MedianAndSpread) {
    const auto& c = GetParam();
    const auto s = criterion_stats(c.counts);
    EXPECT_EQ(s.median ? kLetters[rank(*s.median)] : '-', c.median);
    EXPECT_EQ(s.spread ? *s.spread : -1, c.spread);
    EXPECT_EQ(s.answered, c.counts[0] + c.counts[1] + c.counts[2] + c.counts[3]);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, CriterionStatsTest,
    testing::Values(StatsCase{"no answers: no median, no spread", {0, 0, 0, 0}, '-', -1},
                    StatsCase{"one school", {0, 0, 1, 0}, 'p', 0},
                    StatsCase{"two schools: the LOWER of the two middle levels", {1, 0, 0, 1}, 'n', 3},
                    StatsCase{"three schools: the middle one", {0, 1, 1, 1}, 'p', 2},
                    StatsCase{"four schools, one per level: lower median competent, quartiles at both ends", {1, 1, 1, 1}, 'c', 3},
                    StatsCase{"ten schools: v[4] median, v[7]-v[2] spread", {2, 3, 4, 1}, 'c', 1},
                    StatsCase{"ten schools split in two: median not_yet, spread the whole scale", {5, 0, 0, 5}, 'n', 3},
                    StatsCase{"everyone agrees: spread 0", {0, 0, 7, 0}, 'p', 0},
                    StatsCase{"outliers outside the quartiles do not widen the spread", {1, 0, 7, 1}, 'p', 0}));

// ---- the whole report: focus points, medians, element means, estimates ----

struct ReportCase {
    const char* name;
    std::vector<std::string> schools;
    const char* medians;   // per criterion
    const char* focus;     // criterion ids in focus order, space separated
    const char* means;     // per element, one decimal, "-" for none, space separated
    std::array<int, 4> estimated;  // none, competent, proficient, expert
};
void PrintTo(const ReportCase& c, std::ostream* os) { *os << c.name; }

class GroupReportTest : public testing::TestWithParam<ReportCase> {};

TEST_P(GroupReportTest, Figures) {
    const auto& c = GetParam();
    const auto f = small_framework();
    const auto measured = schools(c.schools);
    const auto r = compute_group_report(f, measured, {}, {});
    std::string medians;
    for (const auto& s : r.criteria) medians += s.median ? kLetters[rank(*s.median)] : '-';
    EXPECT_EQ(medians, c.medians);
    std::string focus;
    for (const auto& p : r.focus_points) focus += (focus.empty() ? "" : " ") + f.criteria[p.criterion].id;
    EXPECT_EQ(focus, c.focus);
    std::string means;
    for (const auto& m : r.element_means) {
        char buf[16];
        if (m) std::snprintf(buf, sizeof buf, "%.1f", *m);
        means += (means.empty() ? "" : " ") + (m ? std::string(buf) : std::string("-"));
    }
    EXPECT_EQ(means, c.means);
    EXPECT_EQ(r.estimated, c.estimated);
    EXPECT_EQ(r.estimates.size(), c.schools.size());
}

INSTANTIATE_TEST_SUITE_P(
    Rows, GroupReportTest,
    testing::Values(
        ReportCase{"no schools: nothing to count", {}, "-------", "", "- -", {0, 0, 0, 0}},
        ReportCase{"lowest medians first; equal medians: the widest spread first, then framework order",
                   {"nnccppe", "ncccppe", "nccpppe"}, "ncccppe", "C1 C2 C4 C3 C5", "0.6 2.1", {0, 3, 0, 0}},
        ReportCase{"equal median and spread: more schools at not_yet first, even when later in the framework",
                   {"cnpppp-", "ccpppp-", "pcpppp-"}, "ccpppp-", "C2 C1 C3 C4 C5", "1.3 2.0", {0, 3, 0, 0}},
        ReportCase{"unanswered criteria are never focus points: fewer than five", {"ee--n--", "ee--c--"}, "ee--n--", "C5 C1 C2",
                   "3.0 0.5", {1, 1, 0, 0}},
        ReportCase{"even count: the lower median", {"nnnnnnn", "eeeeeee"}, "nnnnnnn", "C1 C2 C3 C4 C5", "1.5 1.5", {1, 0, 0, 1}},
        ReportCase{"label estimate counts unanswered as not_yet", {"ppp----", "ppppppp", "eeeeee-"}, "ppppppp", "C1 C2 C3 C4 C5",
                   "2.3 2.4", {0, 2, 1, 0}}));

// ---- progress baseline -> final ----

struct ProgressCase {
    const char* name;
    std::vector<std::pair<std::int64_t, std::string>> baseline;  // sorted by id
    std::vector<std::pair<std::int64_t, std::string>> final_levels;
    const char* c1;  // "meanChange/improved/compared" of C1, meanChange "-" when none
    const char* c2;
};
void PrintTo(const ProgressCase& c, std::ostream* os) { *os << c.name; }

std::vector<SchoolLevels> keyed(const std::vector<std::pair<std::int64_t, std::string>>& rows) {
    std::vector<SchoolLevels> out;
    for (const auto& [id, spec] : rows) out.push_back({id, levels(spec)});
    return out;
}

std::string render_progress(const ProgressStats& p) {
    char buf[64];
    if (p.mean_change)
        std::snprintf(buf, sizeof buf, "%.1f/%d/%d", *p.mean_change, p.improved, p.compared);
    else
        std::snprintf(buf, sizeof buf, "-/%d/%d", p.improved, p.compared);
    return buf;
}

class ProgressTest : public testing::TestWithParam<ProgressCase> {};

TEST_P(ProgressTest, Change) {
    const auto& c = GetParam();
    const auto f = small_framework();
    const auto b = keyed(c.baseline);
    const auto fi = keyed(c.final_levels);
    const auto r = compute_group_report(f, fi, b, fi);
    EXPECT_EQ(render_progress(r.progress[0]), c.c1);
    EXPECT_EQ(render_progress(r.progress[1]), c.c2);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ProgressTest,
    testing::Values(ProgressCase{"no final yet", {{1, "nnnnnnn"}}, {}, "-/0/0", "-/0/0"},
                    ProgressCase{"one school up two levels on C1, unchanged on C2", {{1, "ncnnnnn"}}, {{1, "pcnnnnn"}}, "2.0/1/1", "0.0/0/1"},
                    ProgressCase{"only schools having both count; a drop lowers the mean", {{1, "pn-----"}, {2, "cn-----"}, {3, "nn-----"}},
                                 {{2, "nc-----"}, {3, "pc-----"}, {4, "ee-----"}}, "0.5/1/2", "1.0/2/2"},
                    ProgressCase{"a criterion unanswered on either side is not compared", {{1, "-c-----"}, {2, "cc-----"}},
                                 {{1, "pc-----"}, {2, "c------"}}, "0.0/0/1", "0.0/0/1"}));

// ---- the stored projection ----

struct PackCase {
    const char* name;
    const char* packed;
    const char* levels;  // over the small framework
};
void PrintTo(const PackCase& c, std::ostream* os) { *os << c.name; }

class UnpackTest : public testing::TestWithParam<PackCase> {};

TEST_P(UnpackTest, Levels) {
    const auto& c = GetParam();
    const auto f = small_framework();
    const CriterionIndex index(f);
    const auto v = unpack_levels(c.packed, index);
    std::string s;
    for (auto l : v) s += l == kUnanswered ? '-' : kLetters[l];
    EXPECT_EQ(s, c.levels);
}

INSTANTIATE_TEST_SUITE_P(Rows, UnpackTest,
                         testing::Values(PackCase{"empty", "", "-------"},
                                         PackCase{"in framework order", "C1=0;C2=1;C3=2;C4=3", "ncpe---"},
                                         PackCase{"out of order still lands right", "C7=3;C1=2", "p-----e"},
                                         PackCase{"unknown criterion of another framework version is skipped", "C1=1;C99=3;C2=2", "cp-----"},
                                         PackCase{"bad pairs are skipped", "C1=9;C2;C3=;=1;C4=12;C5=1", "----c--"}));

TEST(PackLevels, RoundTripsEveryLevel) {
    const auto f = small_framework();
    const std::vector<std::pair<std::string, Level>> answers = {
        {"C1", Level::not_yet}, {"C3", Level::competent}, {"C4", Level::proficient}, {"C7", Level::expert}};
    const auto packed = pack_levels(answers);
    EXPECT_EQ(packed, "C1=0;C3=1;C4=2;C7=3");
    EXPECT_EQ(unpack_levels(packed, CriterionIndex(f)), levels("n-cp--e"));
}

TEST(ElementMean, OwnSchool) {
    const auto f = small_framework();
    EXPECT_DOUBLE_EQ(*element_mean(f, "E1", levels("nce----")), 4.0 / 3);
    EXPECT_DOUBLE_EQ(*element_mean(f, "E2", levels("nce-pp-")), 2.0);
    EXPECT_FALSE(element_mean(f, "E2", levels("nce----")).has_value());
}

}  // namespace

}  // namespace group_report_test
