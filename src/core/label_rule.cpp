#include "core/label_rule.h"

#include <algorithm>
#include <array>

namespace sk::core {

namespace {

constexpr std::array<std::string_view, kLevelCount> kLevelIds = {"not_yet", "competent", "proficient", "expert"};
constexpr std::array<std::string_view, kLevelCount> kLabelIds = {"none", "competent", "proficient", "expert"};

}  // namespace

std::string_view level_id(Level level) { return kLevelIds.at(static_cast<std::size_t>(rank(level))); }

std::optional<Level> parse_level(std::string_view id) {
    for (std::size_t i = 0; i < kLevelIds.size(); ++i)
        if (kLevelIds[i] == id) return static_cast<Level>(i);
    return std::nullopt;
}

std::string_view label_id(Label label) { return kLabelIds.at(static_cast<std::size_t>(rank(label))); }

bool meets(const LabelRule& rule, std::span<const Level> levels, Level target) {
    if (target == Level::not_yet) return true;
    int at_or_above = 0;
    for (Level l : levels) {
        const int gap = rank(target) - rank(l);
        if (gap > rule.max_levels_below) return false;
        if (gap <= 0) ++at_or_above;
    }
    return at_or_above >= rule.min_criteria_at_level;
}

Label label_reached(const LabelRule& rule, std::span<const Level> levels) {
    // Meeting a level implies meeting every lower one (more criteria qualify, gaps shrink), so the
    // first level that passes from the top is the answer.
    for (int r = rank(Level::expert); r > rank(Level::not_yet); --r)
        if (meets(rule, levels, static_cast<Level>(r))) return static_cast<Label>(r);
    return Label::none;
}

LabelAssessment assess_label(const LabelRule& rule, std::span<const CriterionLevel> criteria) {
    std::vector<Level> levels;
    levels.reserve(criteria.size());
    for (const auto& c : criteria) levels.push_back(c.level);

    LabelAssessment out;
    out.label = label_reached(rule, levels);
    if (out.label == Label::expert) return out;

    const Level next = static_cast<Level>(rank(out.label) + 1);
    out.next = next;
    for (const auto& c : criteria) {
        const int gap = rank(next) - rank(c.level);
        if (gap <= 0) {
            ++out.at_or_above_next;
            continue;
        }
        Blocker b{c.criterion_id, c.level, gap, gap > rule.max_levels_below};
        if (b.too_far) out.too_far.push_back(b);
        out.below.push_back(std::move(b));
    }
    out.missing = std::max(0, rule.min_criteria_at_level - out.at_or_above_next);
    return out;
}

}  // namespace sk::core
