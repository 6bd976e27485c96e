#include "core/text_fold.h"

namespace sk::core {

namespace {

char32_t lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c < 0xC0) return c;
    if (c <= 0xDE) return c == 0xD7 ? c : c + 32;  // × is not a letter
    if (c < 0x100 || c > 0x17E) return c;
    if (c == 0x130) return 'i';                      // İ
    if (c == 0x178) return 0xFF;                     // Ÿ
    // Latin Extended-A pairs capitals and small letters: even/odd in two runs, odd/even in two others.
    if ((c <= 0x137 && c != 0x131) || (c >= 0x14A && c <= 0x177)) return c % 2 == 0 ? c + 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return c % 2 == 1 ? c + 1 : c;
    return c;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

}  // namespace

std::string fold_case(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        // Only two-byte sequences can hold the letters we fold (U+0080–U+07FF); the rest is copied.
        if (b >= 0xC2 && b <= 0xDF && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
            const char32_t c = (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
            append_utf8(out, lower(c));
            i += 2;
        } else {
            out.push_back(static_cast<char>(b < 0x80 ? lower(b) : b));
            ++i;
        }
    }
    return out;
}

bool contains_folded(std::string_view haystack, std::string_view folded_needle) {
    return folded_needle.empty() || fold_case(haystack).find(folded_needle) != std::string::npos;
}

}  // namespace sk::core

namespace sk::core {

namespace {

// The code point at `i` of valid UTF-8 (two-byte sequences at most, as in the fold table), advancing `i`.
char32_t fold_table_next(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) return s[i++];
    const char32_t c = (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
    i += 2;
    return c;
}

// U+00C0..U+017F → its folded code point (0: not in the table).
struct FoldTable {
    char32_t to[0x180 - 0xC0] = {};
    FoldTable() {
        for (std::size_t i = 0, j = 0; i < kFoldFrom.size();) {
            const char32_t from = fold_table_next(kFoldFrom, i);
            to[from - 0xC0] = fold_table_next(kFoldTo, j);
        }
    }
};

}  // namespace

std::string fold_search(std::string_view text) {
    static const FoldTable table;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b >= 'A' && b <= 'Z') {
            out.push_back(static_cast<char>(b + 32));
            ++i;
        } else if (b >= 0xC3 && b <= 0xC5 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
            // U+00C0..U+017F are exactly the two-byte sequences led by C3, C4 and C5.
            const char32_t c = (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
            const char32_t to = table.to[c - 0xC0];
            append_utf8(out, to ? to : c);
            i += 2;
        } else {
            out.push_back(static_cast<char>(b));
            ++i;
        }
    }
    return out;
}

}  // namespace sk::core
