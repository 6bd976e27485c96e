// Mails of the school team and the phase reminders (nl and en). See templates.h.
#include "mail/template_text.h"
#include "mail/templates.h"

namespace sk::mail {

using core::Language;

std::string phase_name(Language lang, const std::string& kind) {
    const bool en = lang == Language::en;
    if (kind == "baseline") return en ? "Baseline measurement" : "Nulmeting";
    if (kind == "action_plan") return en ? "Action plan" : "Actieplan";
    if (kind == "learning_network") return en ? "Learning network" : "Lerend netwerk";
    if (kind == "label") return "Label";
    if (kind == "final") return en ? "Final measurement" : "Eindmeting";
    if (kind == "award") return "Award";
    return kind;
}

Email phase_reminder_email(Language lang, const std::string& to, const std::string& name, const std::string& programme,
                           const std::string& school, const std::string& phase_label, const std::string& closes_on, int days_left,
                           const std::string& link) {
    Email e;
    e.to = to;
    const std::string date = belgian_date(closes_on);
    if (lang == Language::en) {
        const std::string when = days_left == 1 ? "tomorrow" : "in " + std::to_string(days_left) + " days";
        e.subject = "Reminder: " + phase_label + " closes " + when;
        e.body_text = (name.empty() ? std::string("Hello,\n\n") : "Hello " + name + ",\n\n") + "The phase \"" + phase_label +
                      "\" of " + programme + " closes " + when + ", on " + date + " (end of the day). " + school +
                      " has not submitted it yet.\n\n"
                      "Finish and submit it here:\n\n" +
                      link + "\n\nAlready done? Then you can ignore this reminder.\n\nKind regards,\nThe STEMkompas team\n";
    } else {
        const std::string when = days_left == 1 ? "morgen" : "over " + std::to_string(days_left) + " dagen";
        e.subject = "Herinnering: " + phase_label + " sluit " + when;
        e.body_text = (name.empty() ? std::string("Hallo,\n\n") : "Hallo " + name + ",\n\n") + "De fase \"" + phase_label +
                      "\" van " + programme + " sluit " + when + ", op " + date + " (einde van de dag). " + school +
                      " heeft ze nog niet ingediend.\n\n"
                      "Werk ze af en dien ze in via:\n\n" +
                      link + "\n\nAl gedaan? Dan mag je deze herinnering negeren.\n\nVriendelijke groeten,\nHet STEMkompas-team\n";
    }
    return e;
}

}  // namespace sk::mail
