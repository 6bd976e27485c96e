// The fixed labels of the school report (PDF) and the answers export (XLSX), in Dutch and English.
// One small table, so both files say the same thing; texts from the framework (element, criterion and
// level names, descriptors) come from the framework itself.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/language.h"

namespace sk::render {

// The text of `key` in `lang`; an unknown key returns the key itself so a typo shows in a test.
std::string report_text(core::Language lang, std::string_view key);
// The same with `{name}` placeholders filled (the values are plain text).
std::string report_text(core::Language lang, std::string_view key, const std::map<std::string, std::string>& args);

// A 0..100 score or a mean with one decimal, with the decimal comma in Dutch ("66,7").
std::string format_number(core::Language lang, double value, int decimals = 1);

// 'YYYY-MM-DD' as people write it: 26-11-2026 (nl), 26 November 2026 (en).
std::string format_date(core::Language lang, const std::string& iso);

}  // namespace sk::render
