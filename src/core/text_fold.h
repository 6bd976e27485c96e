// Folding for search. fold_case: "contains, ignoring case", run here and not in SQL (SQLite's LOWER() folds
// only ASCII letters). fold_search: case and accents, the C++ side of the SQL function sk_fold(text) that the
// paged lists search with (docs/api.md, "Paging, sorting and search"): SQLite calls this function
// (store/sqlite_db.cpp), PostgreSQL runs migration 019's translate() over the same letter table.
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

// Lower case and no accents for ASCII, Latin-1 and Latin Extended-A letters: "Sint-JÓZEF" → "sint-jozef",
// "Zoë" → "zoe", "Łódź" → "lodz", "İ" → "i". Letters without a plain base keep their own small form
// (Æ → æ, Œ → œ, ß, Þ → þ); everything else (digits, other scripts, invalid bytes) is kept as it is. One code
// point always becomes one, so PostgreSQL's translate() can do the same.
std::string fold_search(std::string_view text);

// The letter table of fold_search, besides A–Z → a–z: the n-th code point of kFoldFrom becomes the n-th of
// kFoldTo. Migration 019 (src/store/migrations/019_sk_fold.sql) spells the same two strings; a test
// compares them over the whole table on PostgreSQL.
inline constexpr std::string_view kFoldFrom = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŊŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ";
inline constexpr std::string_view kFoldTo = "aaaaaaæceeeeiiiiðnoooooouuuuyþaaaaaaceeeeiiiinoooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiĳjjkkllllllllllnnnnnnŋooooooœrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

}  // namespace sk::core
