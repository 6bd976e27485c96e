// The two languages of the product. Dutch (nl-BE) is the default everywhere.
#pragma once

#include <optional>
#include <string_view>

namespace sk::core {

enum class Language { nl, en };

std::optional<Language> parse_language(std::string_view code);  // "nl", "en" (also "nl-BE", "en-GB")
std::string_view language_code(Language lang);
// The first supported language of an Accept-Language header, if any.
std::optional<Language> find_accepted_language(std::string_view accept_language);
// The same, nl when none matches.
Language language_from_accept(std::string_view accept_language);

}  // namespace sk::core
