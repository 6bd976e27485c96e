// Mails of the reviewed label (nl and en). See templates.h.
#include "mail/template_text.h"
#include "mail/templates.h"

namespace sk::mail {

using core::Language;

std::string label_name(Language lang, const std::string& label) {
    const bool en = lang == Language::en;
    if (label == "competent") return en ? "Competent" : "Competent";
    if (label == "proficient") return en ? "Proficient" : "Gevorderd";
    if (label == "expert") return en ? "Expert" : "Expert";
    return en ? "No label" : "Geen label";
}

Email label_application_received_email(Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                       const std::string& school, const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = school + " applied for the STEM School Label";
        e.body_text = greeting(lang, name) + school + " applied for the STEM School Label in " + programme +
                      ". Assign a reviewer here:\n\n" + link + closing(lang);
    } else {
        e.subject = school + " vraagt het STEM-schoollabel aan";
        e.body_text = greeting(lang, name) + school + " heeft het STEM-schoollabel aangevraagd in " + programme +
                      ". Wijs een beoordelaar toe via:\n\n" + link + closing(lang);
    }
    return e;
}

Email label_reviewer_assigned_email(Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                    const std::string& school, const std::string& due_on, const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "Label application to review: " + school;
        e.body_text = greeting(lang, name) + "You have been asked to review the STEM School Label application of " + school + " (" +
                      programme + ") by " + belgian_date(due_on) + ". Open it here:\n\n" + link + closing(lang);
    } else {
        e.subject = "Labelaanvraag te beoordelen: " + school;
        e.body_text = greeting(lang, name) + "Je bent gevraagd de aanvraag voor het STEM-schoollabel van " + school + " (" + programme +
                      ") te beoordelen tegen " + belgian_date(due_on) + ". Open ze via:\n\n" + link + closing(lang);
    }
    return e;
}

Email label_decided_email(Language lang, const std::string& to, const std::string& name, const std::string& programme,
                          const std::string& school, const std::string& label, const std::string& valid_until, const std::string& link) {
    Email e;
    e.to = to;
    const std::string level = label_name(lang, label);
    if (lang == Language::en) {
        e.subject = "Decision on the STEM School Label of " + school;
        e.body_text = greeting(lang, name) +
                      (label == "none" ? "The application of " + school + " (" + programme +
                                             ") has been reviewed. It does not earn a label this time; the feedback per criterion "
                                             "shows what to work on."
                                       : "Congratulations! " + school + " (" + programme + ") earned the STEM School Label at level " +
                                             level + ", valid until " + belgian_date(valid_until) + ".") +
                      " The decision, the feedback and the certificate are here:\n\n" + link + closing(lang);
    } else {
        e.subject = "Beslissing over het STEM-schoollabel van " + school;
        e.body_text = greeting(lang, name) +
                      (label == "none" ? "De aanvraag van " + school + " (" + programme +
                                             ") is beoordeeld. Ze levert deze keer geen label op; de feedback per criterium toont "
                                             "waar jullie aan kunnen werken."
                                       : "Proficiat! " + school + " (" + programme + ") behaalde het STEM-schoollabel op niveau " +
                                             level + ", geldig tot " + belgian_date(valid_until) + ".") +
                      " De beslissing, de feedback en het certificaat vind je via:\n\n" + link + closing(lang);
    }
    return e;
}

}  // namespace sk::mail
