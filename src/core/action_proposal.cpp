#include "core/action_proposal.h"

#include <algorithm>
#include <map>

namespace sk::core {

std::string_view proposal_reason_id(ProposalReason r) {
    return r == ProposalReason::blocks_next_label ? "blocks_next_label" : "lowest";
}

std::vector<Proposal> propose_actions(const LabelRule& rule, std::span<const CriterionLevel> criteria,
                                      const std::set<std::string>& covered, const std::set<std::string>& dismissed) {
    std::map<std::string, std::size_t> order;  // criterion id -> framework position
    for (std::size_t i = 0; i < criteria.size(); ++i) order.emplace(criteria[i].criterion_id, i);

    std::vector<Proposal> out;
    std::set<std::string> taken;
    auto offer = [&](const std::string& id, Level level, ProposalReason reason) {
        if (out.size() >= kMaxProposals || level == Level::expert) return;
        if (covered.contains(id) || dismissed.contains(id) || !taken.insert(id).second) return;
        out.push_back({id, level, static_cast<Level>(rank(level) + 1), reason});
    };

    const auto assessment = assess_label(rule, criteria);
    std::vector<Blocker> blockers = assessment.below;
    std::stable_sort(blockers.begin(), blockers.end(), [&](const Blocker& a, const Blocker& b) {
        if (a.gap != b.gap) return a.gap > b.gap;
        return order[a.criterion_id] < order[b.criterion_id];
    });
    for (const auto& b : blockers) offer(b.criterion_id, b.level, ProposalReason::blocks_next_label);

    std::vector<const CriterionLevel*> rest;
    for (const auto& c : criteria) rest.push_back(&c);
    std::stable_sort(rest.begin(), rest.end(), [](const CriterionLevel* a, const CriterionLevel* b) { return rank(a->level) < rank(b->level); });
    for (const auto* c : rest) offer(c->criterion_id, c->level, ProposalReason::lowest);
    return out;
}

}  // namespace sk::core
