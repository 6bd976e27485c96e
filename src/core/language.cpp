#include "core/language.h"

#include <cctype>
#include <string>

namespace sk::core {

std::optional<Language> parse_language(std::string_view code) {
    std::string c;
    for (char ch : code.substr(0, 2)) c += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (code.size() > 2 && code[2] != '-' && code[2] != '_') return std::nullopt;
    if (c == "nl") return Language::nl;
    if (c == "en") return Language::en;
    return std::nullopt;
}

std::string_view language_code(Language lang) { return lang == Language::en ? "en" : "nl"; }

Language language_from_accept(std::string_view header) { return find_accepted_language(header).value_or(Language::nl); }

std::optional<Language> find_accepted_language(std::string_view header) {
    // Order of appearance is good enough: browsers list languages by preference.
    while (!header.empty()) {
        auto comma = header.find(',');
        std::string_view part = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        part = part.substr(0, part.find(';'));
        if (auto lang = parse_language(part)) return *lang;
    }
    return std::nullopt;
}

}  // namespace sk::core
