#include "mail/template_text.h"

namespace sk::mail {

using core::Language;

std::string greeting(Language lang, const std::string& name) {
    const std::string hello = lang == Language::en ? "Hello" : "Hallo";
    return name.empty() ? hello + ",\n\n" : hello + " " + name + ",\n\n";
}

std::string signature(Language lang) {
    return lang == Language::en ? "Kind regards,\nThe STEMkompas team\n" : "Vriendelijke groeten,\nHet STEMkompas-team\n";
}

std::string closing(Language lang) { return "\n\n" + signature(lang); }

std::string belgian_date(const std::string& iso) {
    if (iso.size() != 10) return iso;
    return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

}  // namespace sk::mail
