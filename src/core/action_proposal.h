// Which criteria an action plan should work on first (docs/api.md, "Action plan"). Pure: no I/O.
//
// From the levels of the school's newest submitted measurement:
//   1. the criteria that block the NEXT label level (assess_label's `below` list for that level),
//      biggest gap first, then criterion order — reason `blocks_next_label`;
//   2. then every other criterion from the lowest level up, criterion order breaking ties — reason `lowest`.
// Expert criteria are never proposed (there is no level above). A criterion in `covered` (already in a goal
// of the plan) or in `dismissed` (dropped by the coordinator) is skipped and the next one moves up. At most
// kMaxProposals come back: a plan with more goals at once does not get done.
// Each proposal aims one level above the current one.
#pragma once

#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/label_rule.h"

namespace sk::core {

inline constexpr std::size_t kMaxProposals = 6;

enum class ProposalReason { blocks_next_label, lowest };
std::string_view proposal_reason_id(ProposalReason r);  // "blocks_next_label" | "lowest"

struct Proposal {
    std::string criterion_id;
    Level current = Level::not_yet;
    Level target = Level::competent;
    ProposalReason reason = ProposalReason::lowest;
    bool operator==(const Proposal&) const = default;
};

// `criteria`: every criterion of the framework in framework order with its level (unrated = not_yet).
std::vector<Proposal> propose_actions(const LabelRule& rule, std::span<const CriterionLevel> criteria,
                                      const std::set<std::string>& covered, const std::set<std::string>& dismissed);

}  // namespace sk::core
