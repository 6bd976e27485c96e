// The action-plan proposal rule as a table: one row per situation. To cover a new case, add a row.
//
// `levels` spells one level per criterion, C01 first (n = not_yet, c = competent, p = proficient,
// e = expert). `expected` lists the proposals in order as id:reason:current>target with reason b
// (blocks_next_label) or l (lowest). The rule of every row: a label needs 3 criteria at its level and
// none more than 1 level below it.
#include <gtest/gtest.h>

#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/action_proposal.h"

namespace action_proposal_test {

using namespace sk::core;

namespace {

struct Case {
    const char* name;
    const char* levels;
    std::set<std::string> covered;
    std::set<std::string> dismissed;
    const char* expected;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name << " [" << c.levels << "]"; }

std::vector<CriterionLevel> parse(const char* spec) {
    std::vector<CriterionLevel> out;
    for (const char* p = spec; *p; ++p) {
        const Level l = *p == 'c' ? Level::competent : *p == 'p' ? Level::proficient : *p == 'e' ? Level::expert : Level::not_yet;
        char id[24];
        std::snprintf(id, sizeof id, "C%02zu", out.size() + 1);
        out.push_back({id, l});
    }
    return out;
}

char letter(Level l) { return "ncpe"[rank(l)]; }

std::string render(const std::vector<Proposal>& ps) {
    std::ostringstream s;
    for (const auto& p : ps)
        s << (s.tellp() > 0 ? " " : "") << p.criterion_id << ":" << (p.reason == ProposalReason::blocks_next_label ? 'b' : 'l') << ":"
          << letter(p.current) << ">" << letter(p.target);
    return s.str();
}

const Case kCases[] = {
    {"nothing rated: every criterion blocks competent, in criterion order", "nnnnnn", {}, {},
     "C01:b:n>c C02:b:n>c C03:b:n>c C04:b:n>c C05:b:n>c C06:b:n>c"},
    {"at most six", "nnnnnnnn", {}, {}, "C01:b:n>c C02:b:n>c C03:b:n>c C04:b:n>c C05:b:n>c C06:b:n>c"},
    {"the biggest gap to the next label first", "ccnccc", {}, {}, "C03:b:n>c C01:b:c>p C02:b:c>p C04:b:c>p C05:b:c>p C06:b:c>p"},
    {"one level up, not up to the next label", "ppeppc", {}, {}, "C06:b:c>p C01:b:p>e C02:b:p>e C04:b:p>e C05:b:p>e"},
    {"blockers, then the rest from the lowest level up", "npnpcn", {}, {}, "C01:b:n>c C03:b:n>c C06:b:n>c C05:b:c>p C02:l:p>e C04:l:p>e"},
    {"lowest level first, criterion order breaks ties", "pcnnnn", {}, {}, "C03:b:n>c C04:b:n>c C05:b:n>c C06:b:n>c C02:l:c>p C01:l:p>e"},
    {"covered and dismissed criteria are skipped", "npnpcn", {"C01"}, {"C06"}, "C03:b:n>c C05:b:c>p C02:l:p>e C04:l:p>e"},
    {"skipped ones make room for the next", "nnnnnnnn", {"C02"}, {"C04"}, "C01:b:n>c C03:b:n>c C05:b:n>c C06:b:n>c C07:b:n>c C08:b:n>c"},
    {"expert is never proposed", "eeeeee", {}, {}, ""},
    {"everything covered", "nnn", {"C01", "C02"}, {"C03"}, ""},
};

class ActionProposal : public ::testing::TestWithParam<Case> {};

TEST_P(ActionProposal, Table) {
    const auto& c = GetParam();
    const LabelRule rule{3, 1};
    const auto criteria = parse(c.levels);
    const auto got = propose_actions(rule, criteria, c.covered, c.dismissed);
    EXPECT_EQ(render(got), c.expected);
    EXPECT_LE(got.size(), kMaxProposals);
}

INSTANTIATE_TEST_SUITE_P(Rows, ActionProposal, ::testing::ValuesIn(kCases));

TEST(ActionProposalReason, Ids) {
    EXPECT_EQ(proposal_reason_id(ProposalReason::blocks_next_label), "blocks_next_label");
    EXPECT_EQ(proposal_reason_id(ProposalReason::lowest), "lowest");
}

}  // namespace

}  // namespace action_proposal_test
