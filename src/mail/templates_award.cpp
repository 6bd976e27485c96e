// Mails of the award (nl and en). See templates_award.h.
#include "mail/templates_award.h"

#include "mail/template_text.h"

namespace sk::mail {

using core::Language;

Email award_juror_invited_email(Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                const std::string& link, bool sets_password) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "You are invited to the jury of the award of " + programme;
        e.body_text = greeting(lang, name) + "You have been invited to the jury of the award of " + programme +
                      ". You will score the candidate schools on the rubric and can declare a conflict of interest.\n\n" +
                      (sets_password ? "Choose your password here (the link is valid for 7 days):\n\n"
                                     : "Sign in and accept the invitation here (it is valid for 7 days); your candidates then "
                                       "appear on your jury page:\n\n") +
                      link + closing(lang);
    } else {
        e.subject = "Je bent uitgenodigd in de jury van de award van " + programme;
        e.body_text = greeting(lang, name) + "Je bent uitgenodigd in de jury van de award van " + programme +
                      ". Je beoordeelt de kandidaat-scholen volgens de beoordelingsschaal en kunt een belangenconflict melden.\n\n" +
                      (sets_password ? "Kies hier je wachtwoord (de link is 7 dagen geldig):\n\n"
                                     : "Meld je aan en aanvaard hier de uitnodiging (ze blijft 7 dagen geldig); daarna vind je je "
                                       "kandidaten op je jurypagina:\n\n") +
                      link + closing(lang);
    }
    return e;
}

Email award_result_email(Language lang, const std::string& to, const std::string& name, const std::string& programme,
                         const std::string& school, bool won, const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = won ? school + " won the award of " + programme : "The award of " + programme + " has been announced";
        e.body_text = greeting(lang, name) +
                      (won ? "Congratulations! The jury chose " + school + " as a winner of the award of " + programme + "."
                           : "The jury has announced the winners of the award of " + programme + ". " + school +
                                 " is not among them this time. Thank you for your candidacy.") +
                      "\n\nMore at:\n\n" + link + closing(lang);
    } else {
        e.subject = won ? school + " wint de award van " + programme : "De award van " + programme + " is bekendgemaakt";
        e.body_text = greeting(lang, name) +
                      (won ? "Proficiat! De jury koos " + school + " als winnaar van de award van " + programme + "."
                           : "De jury heeft de winnaars van de award van " + programme + " bekendgemaakt. " + school +
                                 " is er deze keer niet bij. Bedankt voor jullie kandidatuur.") +
                      "\n\nMeer op:\n\n" + link + closing(lang);
    }
    return e;
}

}  // namespace sk::mail
