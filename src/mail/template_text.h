// Internal to src/mail: the phrases every mail template shares, kept once so that all mails open,
// sign off and write dates alike.
#pragma once

#include <string>

#include "core/language.h"

namespace sk::mail {

// "Hallo Ann,\n\n" / "Hello Ann,\n\n"; "Hallo,\n\n" when the name is unknown.
std::string greeting(core::Language lang, const std::string& name);
// The team's sign-off, starting on the line it is appended to.
std::string signature(core::Language lang);
// The sign-off after a body's last line: a blank line, then signature().
std::string closing(core::Language lang);
// '2026-03-15' -> '15/03/2026', as dates are written in Belgium; anything else is returned unchanged.
std::string belgian_date(const std::string& iso);

}  // namespace sk::mail
