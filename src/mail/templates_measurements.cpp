// Mails of the self-assessment measurements (nl and en). See templates.h.
#include "mail/templates.h"

namespace sk::mail {

Email measurement_reopened_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                 const std::string& school, const std::string& phase_label, const std::string& reason,
                                 const std::string& link) {
    Email e;
    e.to = to;
    if (lang == core::Language::en) {
        e.subject = phase_label + " reopened for " + school;
        e.body_text = (name.empty() ? std::string("Hello,\n\n") : "Hello " + name + ",\n\n") + "The organiser of " + programme +
                      " reopened the submitted \"" + phase_label + "\" of " + school + ". The reason:\n\n" + reason +
                      "\n\nYou can change the answers and submit it again here:\n\n" + link +
                      "\n\nKind regards,\nThe STEMkompas team\n";
    } else {
        e.subject = phase_label + " heropend voor " + school;
        e.body_text = (name.empty() ? std::string("Hallo,\n\n") : "Hallo " + name + ",\n\n") + "De organisator van " + programme +
                      " heeft de ingediende \"" + phase_label + "\" van " + school + " heropend. De reden:\n\n" + reason +
                      "\n\nJe kunt de antwoorden aanpassen en ze opnieuw indienen via:\n\n" + link +
                      "\n\nVriendelijke groeten,\nHet STEMkompas-team\n";
    }
    return e;
}

}  // namespace sk::mail
