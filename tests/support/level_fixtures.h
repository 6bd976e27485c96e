// Levels spelt as letters and a small framework, for the table-driven tests of the group report and
// the working-group proposal (both take one LevelVector per school).
#pragma once

#include <string>

#include "core/framework.h"
#include "core/group_report.h"

namespace sk::test {

// One level per criterion, C1 first: n/c/p/e = not_yet, competent, proficient, expert, '-' = unanswered.
// Any other letter fails the test.
core::LevelVector spelt_levels(const std::string& spec);

// Criteria C1, C2, ... with `element_of` giving each one's element number in order ("1112222": C1..C3 in
// E1, C4..C7 in E2); label rule "3 criteria at the level, none more than 1 below".
core::Framework small_framework(const std::string& element_of);

}  // namespace sk::test
