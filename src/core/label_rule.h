// The STEM School Label rule: which label a set of per-criterion levels earns, and what holds the next one back.
//
// A label L (competent, proficient or expert) is reached when
//   * at least `min_criteria_at_level` criteria are at L or higher, and
//   * no criterion is more than `max_levels_below` levels below L.
// The label reached is the highest L that passes. The rule only ever gets easier for a lower L, so
// "highest passing" and "first failing from the bottom, minus one" give the same answer.
//
// The numbers come from the framework data (`labelRule` in data/frameworks/*.json), never from code,
// so a new framework version can change them. Everything here is pure: no I/O, no framework lookup.
// Callers pass unrated criteria as `Level::not_yet`; the rule does not know how many criteria a
// framework has, so passing too few simply makes labels unreachable.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sk::core {

// Ordered: comparisons and subtraction between levels are meaningful.
enum class Level { not_yet = 0, competent = 1, proficient = 2, expert = 3 };
inline constexpr int kLevelCount = 4;

// The outcome of the rule. Same numbering as Level so they convert without a table.
enum class Label { none = 0, competent = 1, proficient = 2, expert = 3 };

std::string_view level_id(Level level);                 // "not_yet", "competent", "proficient", "expert"
std::optional<Level> parse_level(std::string_view id);  // inverse of level_id; nullopt for anything else
std::string_view label_id(Label label);                 // "none", "competent", "proficient", "expert"
constexpr int rank(Level level) { return static_cast<int>(level); }
constexpr int rank(Label label) { return static_cast<int>(label); }

struct LabelRule {
    int min_criteria_at_level = 17;  // of the criteria, how many must be at the label's level or higher
    int max_levels_below = 1;        // how far any one criterion may lag behind the label's level
};

struct CriterionLevel {
    std::string criterion_id;
    Level level = Level::not_yet;
};

// A criterion below the level being aimed for.
struct Blocker {
    std::string criterion_id;
    Level level = Level::not_yet;
    int gap = 0;             // levels still to climb to reach the target (>= 1)
    bool too_far = false;    // gap > max_levels_below: on its own this prevents the target label
};

struct LabelAssessment {
    Label label = Label::none;    // the label the levels earn today
    std::optional<Level> next;    // the level one up from `label`; nullopt when `label` is expert
    // Everything below describes `next` and is empty/zero when there is no next level.
    int at_or_above_next = 0;     // criteria already at `next` or higher
    int missing = 0;              // how many more criteria must reach `next` to satisfy min_criteria_at_level
    std::vector<Blocker> below;   // every criterion below `next`, in input order
    std::vector<Blocker> too_far; // the subset of `below` with too_far set, in input order
};

// True when the levels satisfy the rule for `target`. `target` not_yet is always met.
bool meets(const LabelRule& rule, std::span<const Level> levels, Level target);

// The highest label the levels earn.
Label label_reached(const LabelRule& rule, std::span<const Level> levels);

// The label reached plus exactly what keeps the next level out of reach.
LabelAssessment assess_label(const LabelRule& rule, std::span<const CriterionLevel> criteria);

}  // namespace sk::core
