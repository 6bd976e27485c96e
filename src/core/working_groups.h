// The working-group proposal: themes from the group report's focus points, each school placed where it
// has most to gain, companies suggested by expertise. Pure; the organiser edits the result before
// anything is stored (the API never stores a proposal).
//
// The rule:
//   * themes    one per focus point, in focus-point order; focus criteria of the SAME key element merge
//               into one theme at the place of the first of them (a school works on one element at a time).
//   * gap       a school's gap in a theme = how many levels the theme's weakest criterion of that school
//               is below kWorkingGroupTarget (proficient), 0 when at or above; unanswered counts as not_yet.
//   * placement each school goes to the theme with the LARGEST gap; ties go to the earlier theme.
//   * companies a company is suggested for a theme when its expertise names the theme's key element and
//               it has free capacity (> 0); most free capacity first, then name, then id.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/framework.h"
#include "core/group_report.h"

namespace sk::core {

inline constexpr Level kWorkingGroupTarget = Level::proficient;

struct CompanyOffer {
    std::int64_t organisation_id = 0;
    std::string name;
    std::vector<std::string> expertise;  // key element ids
    int free_capacity = 0;
};

struct Theme {
    std::string element_id;
    std::vector<std::size_t> criteria;           // indexes into Framework::criteria, framework order
    std::vector<std::int64_t> schools;           // organisation ids, in input order
    std::vector<const CompanyOffer*> companies;  // into the offers passed in, ranked
};

// A school's gap for the criteria `criteria` (see the rule above).
int theme_gap(std::span<const std::size_t> criteria, const LevelVector& levels);

std::vector<Theme> propose_working_groups(const Framework& framework, std::span<const FocusPoint> focus,
                                          std::span<const SchoolLevels> schools, std::span<const CompanyOffer> companies);

}  // namespace sk::core
