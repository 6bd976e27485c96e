// The fixed texts of the award results PDF and XLSX, in Dutch and English: one table, so both files say
// the same thing. Names of schools, jurors and criteria come from the view.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/language.h"

namespace sk::render {

// The text of `key` in `lang`; an unknown key returns the key itself so a typo shows in a test.
std::string award_results_text(core::Language lang, std::string_view key);
// The same with `{name}` placeholders filled (the values are plain text).
std::string award_results_text(core::Language lang, std::string_view key, const std::map<std::string, std::string>& args);

}  // namespace sk::render
