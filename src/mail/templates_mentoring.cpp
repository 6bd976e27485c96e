// Mails of mentor matching (nl and en). See templates_mentoring.h.
#include "mail/templates_mentoring.h"

#include "mail/template_text.h"

namespace sk::mail {

using core::Language;

Email mentor_confirmed_school_email(Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                    const std::string& school, const std::string& company, const std::vector<std::string>& mentors,
                                    const std::string& link) {
    std::string list;
    for (const auto& m : mentors) list += "- " + m + "\n";
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "Your mentor in " + programme + ": " + company;
        e.body_text = greeting(lang, name) + company + " is the mentor of " + school + " in " + programme + ".\n\n" +
                      (list.empty() ? std::string("Its mentors will contact you.\n") : "Its mentors:\n" + list) +
                      "\nKeep the notes of your meetings here:\n\n" + link + closing(lang);
    } else {
        e.subject = "Jullie mentor in " + programme + ": " + company;
        e.body_text = greeting(lang, name) + company + " is de mentor van " + school + " in " + programme + ".\n\n" +
                      (list.empty() ? std::string("De mentoren nemen contact met jullie op.\n") : "De mentoren:\n" + list) +
                      "\nHoud de verslagen van jullie overleg hier bij:\n\n" + link + closing(lang);
    }
    return e;
}

Email mentor_confirmed_company_email(Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                     const std::string& school, const std::string& municipality, const std::string& link) {
    const std::string where = municipality.empty() ? school : school + " (" + municipality + ")";
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "You mentor " + school + " in " + programme;
        e.body_text = greeting(lang, name) + "Your company mentors " + where + " in " + programme +
                      ". You can now see the school's results and action plan. Your schools:\n\n" + link + closing(lang);
    } else {
        e.subject = "Jullie begeleiden " + school + " in " + programme;
        e.body_text = greeting(lang, name) + "Jullie bedrijf begeleidt " + where + " in " + programme +
                      ". Je ziet nu de resultaten en het actieplan van de school. Jouw scholen:\n\n" + link + closing(lang);
    }
    return e;
}

Email mentor_pair_ended_email(Language lang, const std::string& to, const std::string& name, const std::string& programme,
                              const std::string& school, const std::string& company) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "Mentoring ended: " + school + " and " + company;
        e.body_text = greeting(lang, name) + "The organiser of " + programme + " ended the mentoring of " + school + " by " + company +
                      ". Questions? Contact the organiser." + closing(lang);
    } else {
        e.subject = "Begeleiding beëindigd: " + school + " en " + company;
        e.body_text = greeting(lang, name) + "De organisator van " + programme + " heeft de begeleiding van " + school + " door " + company +
                      " beëindigd. Vragen? Neem contact op met de organisator." + closing(lang);
    }
    return e;
}

}  // namespace sk::mail
