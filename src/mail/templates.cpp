#include "mail/templates.h"

#include "mail/template_text.h"

namespace sk::mail {

using core::Language;

Email reset_email(Language lang, const std::string& to, const std::string& name, const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "Choose a new password for STEMkompas";
        e.body_text = greeting(lang, name) +
                      "Someone (hopefully you) asked to reset your STEMkompas password. "
                      "Choose a new one with this link:\n\n" +
                      link +
                      "\n\n"
                      "The link works once and expires in one hour. Didn't ask for this? "
                      "Then just ignore this e-mail: your password stays as it is.\n\n" +
                      signature(lang);
    } else {
        e.subject = "Kies een nieuw wachtwoord voor STEMkompas";
        e.body_text = greeting(lang, name) +
                      "Iemand (hopelijk jij) vroeg om je wachtwoord voor STEMkompas opnieuw in te stellen. "
                      "Via deze link kies je een nieuw wachtwoord:\n\n" +
                      link +
                      "\n\n"
                      "De link werkt één keer en is één uur geldig. Heb je dit niet gevraagd? "
                      "Dan mag je deze e-mail gewoon negeren: je wachtwoord blijft zoals het is.\n\n" +
                      signature(lang);
    }
    return e;
}

Email invitation_email(Language lang, const std::string& to, const std::string& name, const std::string& organisation,
                       const std::string& role_label, const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = organisation + " invites you to STEMkompas";
        e.body_text = greeting(lang, name) + organisation + " invites you to join them on STEMkompas as " + role_label +
                      ".\n\n"
                      "Accept the invitation and choose your password here:\n\n" +
                      link +
                      "\n\n"
                      "The link is valid for 7 days. Not expecting this invitation? Then you can simply ignore "
                      "this e-mail.\n\n" +
                      signature(lang);
    } else {
        e.subject = organisation + " nodigt je uit op STEMkompas";
        e.body_text = greeting(lang, name) + organisation + " nodigt je uit om mee te werken op STEMkompas als " +
                      role_label +
                      ".\n\n"
                      "Aanvaard de uitnodiging en kies je wachtwoord via deze link:\n\n" +
                      link +
                      "\n\n"
                      "De link blijft 7 dagen geldig. Had je deze uitnodiging niet verwacht? Dan mag je deze "
                      "e-mail gewoon negeren.\n\n" +
                      signature(lang);
    }
    return e;
}

Email invitation_to_accept_email(Language lang, const std::string& to, const std::string& name, const std::string& inviter,
                                 const std::string& organisation, const std::string& role_label, const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = inviter + " invites you to join " + organisation + " on STEMkompas";
        e.body_text = greeting(lang, name) + inviter + " invites you to join " + organisation + " on STEMkompas as " + role_label +
                      ".\n\n"
                      "Nothing changes until you accept. Sign in with your account and accept or decline the invitation here:\n\n" +
                      link +
                      "\n\n"
                      "The invitation is valid for 7 days. Not expecting it? Then decline it or simply ignore this e-mail.\n\n" +
                      signature(lang);
    } else {
        e.subject = inviter + " nodigt je uit bij " + organisation + " op STEMkompas";
        e.body_text = greeting(lang, name) + inviter + " nodigt je uit om mee te werken bij " + organisation + " op STEMkompas als " +
                      role_label +
                      ".\n\n"
                      "Er verandert niets tot je de uitnodiging aanvaardt. Meld je aan met je account en aanvaard of weiger ze hier:\n\n" +
                      link +
                      "\n\n"
                      "De uitnodiging blijft 7 dagen geldig. Had je ze niet verwacht? Weiger ze dan, of negeer deze e-mail gewoon.\n\n" +
                      signature(lang);
    }
    return e;
}

}  // namespace sk::mail
