// Case folding for search ("contains, ignoring case"), the same on SQLite and PostgreSQL because it
// runs here and not in SQL: SQLite's LOWER() folds only ASCII letters.
#pragma once

#include <string>
#include <string_view>

namespace sk::core {

// Lower case for ASCII, Latin-1 (À–Þ) and Latin Extended-A (Ā–ž, İ → i, Ÿ → ÿ): every letter of the names
// and titles our users type (Dutch, French, German, Turkish, Polish…) without a Unicode library. Other
// code points and invalid bytes are kept as they are.
std::string fold_case(std::string_view text);

// Whether `needle` occurs in `haystack` ignoring case as above; an empty needle is found everywhere.
bool contains_folded(std::string_view haystack, std::string_view folded_needle);

}  // namespace sk::core
