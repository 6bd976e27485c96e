// The group report of a programme: one measurement kind of every participating school, aggregated.
//
// Input is compact on purpose: per school one LevelVector, the levels of the framework's criteria in
// framework order (0 not_yet … 3 expert, kUnanswered for none). The store builds these from the
// `measurement_levels` projection (store/group_report_data.h), so 10,000 schools cost 10,000 short
// rows and a few passes over small integer arrays. Everything here is pure.
//
// The rules, each one a constant or a function below so the API, PDF, XLSX and tests share them:
//   * median   the LOWER median of the answered levels: with an even count the lower of the two middle
//              levels, so the median is always a level a school can actually have. None without answers.
//   * spread   the interquartile range in levels: v[n-1-q] - v[q], v the sorted answered levels,
//              q = (n-1) / 4 (integer division). 0 when every school agrees.
//   * element mean   the mean of every answered level of the element's criteria over all schools.
//   * focus points   the kFocusPointCount criteria with the LOWEST median; ties: the WIDEST spread first
//              (where schools differ most, a working group has most to exchange), then the most schools
//              at not_yet, then framework order. Criteria without answers are never focus points.
//   * label estimate per school: core::label_reached with unanswered criteria as not_yet.
//   * progress per criterion over schools with both a baseline and a final answering it: mean change
//              (final - baseline, in levels) and how many went up.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework.h"
#include "core/label_rule.h"

namespace sk::core {

inline constexpr int kFocusPointCount = 5;
// Below this many submitted schools a school member sees participation only (an organiser sees all).
inline constexpr int kGroupReportMinSchools = 3;
inline constexpr std::int8_t kUnanswered = -1;

using LevelVector = std::vector<std::int8_t>;  // per framework criterion, framework order

struct SchoolLevels {
    std::int64_t organisation_id = 0;
    LevelVector levels;
};

struct CriterionStats {
    std::array<int, kLevelCount> counts{};  // indexed by rank(Level)
    int answered = 0;                       // sum of counts
    std::optional<Level> median;            // lower median
    std::optional<int> spread;              // interquartile range in levels
};

struct FocusPoint {
    std::size_t criterion = 0;  // index into Framework::criteria
    Level median = Level::not_yet;
    int spread = 0;
};

struct ProgressStats {
    std::optional<double> mean_change;  // levels; none when compared == 0
    int improved = 0;
    int compared = 0;
};

struct GroupReport {
    std::vector<CriterionStats> criteria;              // framework criterion order
    std::vector<std::optional<double>> element_means;  // framework element order
    std::vector<FocusPoint> focus_points;
    std::array<int, kLevelCount> estimated{};          // schools per estimated label, indexed by rank(Label)
    std::vector<Label> estimates;                      // per measured school, in input order
    std::vector<ProgressStats> progress;               // framework criterion order
};

// Median and spread from the counts alone (no sorting: the counts ARE the sorted levels).
CriterionStats criterion_stats(const std::array<int, kLevelCount>& counts);

// The focus point rule on stats in framework order.
std::vector<FocusPoint> focus_points(std::span<const CriterionStats> criteria, int count = kFocusPointCount);

// The mean of the answered levels of `element_id`'s criteria in one school's vector (its "own" mean).
std::optional<double> element_mean(const Framework& framework, std::string_view element_id, const LevelVector& levels);

// `measured`: the schools' submitted measurements of the report's kind. `baseline`/`final_levels`: every
// submitted measurement of each kind, SORTED by organisation_id (for progress; either may be `measured`).
GroupReport compute_group_report(const Framework& framework, std::span<const SchoolLevels> measured,
                                 std::span<const SchoolLevels> baseline, std::span<const SchoolLevels> final_levels);

// The projection text stored per submitted measurement: "C01=2;C02=0" (unanswered criteria left out).
std::string pack_levels(std::span<const std::pair<std::string, Level>> answers);

// Maps criterion ids to positions of one framework, for unpacking many projections fast.
class CriterionIndex {
public:
    explicit CriterionIndex(const Framework& framework);
    // `hint`: the position tried first (projections list criteria in framework order).
    std::optional<std::size_t> find(std::string_view criterion_id, std::size_t hint = 0) const;
    std::size_t size() const { return ids_.size(); }

private:
    std::vector<std::string> ids_;
};

// The projection text back into a vector over `index`'s framework; unknown ids and bad pairs are skipped
// (a measurement pinned to another framework version may name a criterion this one lacks).
LevelVector unpack_levels(std::string_view packed, const CriterionIndex& index);

}  // namespace sk::core
