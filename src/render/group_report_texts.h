// The fixed texts of the group report PDF and XLSX, in Dutch and English: one table, so both files
// say the same thing. Names of criteria, elements and levels come from the framework.
#pragma once

#include <string>
#include <string_view>

#include "core/label_rule.h"
#include "core/language.h"

namespace sk::render {

// The text of `key` in `lang`; an unknown key returns the key itself so a typo shows in a test.
std::string group_report_text(core::Language lang, std::string_view key);
// "Nulmeting"/"Baseline", "Eindmeting"/"Final".
std::string measurement_name(core::Language lang, const std::string& kind);
// "Geen label"/"No label", "Competent", "Gevorderd"/"Proficient", "Expert".
std::string label_name(core::Language lang, core::Label label);

}  // namespace sk::render
