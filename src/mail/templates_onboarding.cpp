// Mails of programme registration: received, accepted (the invitation) and refused.
#include "mail/template_text.h"
#include "mail/templates.h"

namespace sk::mail {

using core::Language;

Email school_registration_received_email(Language lang, const std::string& to, const std::string& name, const std::string& school,
                                         const std::string& programme) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "We received the registration of " + school;
        e.body_text = greeting(lang, name) + "Thank you for registering " + school + " for \"" + programme +
                      "\". We are glad you want to join!\n\n"
                      "The organiser will look at your registration soon. You will get another e-mail as soon as "
                      "it has been decided on; if it is accepted, that e-mail holds the link to set up your account.\n\n"
                      "Did you not register? Then you can ignore this e-mail.\n\n" +
                      signature(lang);
    } else {
        e.subject = "We ontvingen de aanmelding van " + school;
        e.body_text = greeting(lang, name) + "Bedankt om " + school + " aan te melden voor \"" + programme +
                      "\". Fijn dat jullie willen meedoen!\n\n"
                      "De organisator bekijkt je aanmelding binnenkort. Zodra er een beslissing is, krijg je opnieuw "
                      "een e-mail; wordt de aanmelding aanvaard, dan vind je daarin de link om je account aan te maken.\n\n"
                      "Heb je niets aangemeld? Dan mag je deze e-mail negeren.\n\n" +
                      signature(lang);
    }
    return e;
}

Email mentor_registration_received_email(Language lang, const std::string& to, const std::string& name,
                                         const std::string& company, const std::string& programme) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "We received your mentor registration";
        e.body_text = greeting(lang, name) + "Thank you for offering to mentor schools in \"" + programme + "\" on behalf of " +
                      company +
                      ". Schools learn a lot from people who work with STEM every day.\n\n"
                      "The organiser will look at your registration soon and e-mail you the decision; if it is "
                      "accepted, that e-mail holds the link to set up your account.\n\n"
                      "Did you not register? Then you can ignore this e-mail.\n\n" +
                      signature(lang);
    } else {
        e.subject = "We ontvingen je aanmelding als mentor";
        e.body_text = greeting(lang, name) + "Bedankt dat je namens " + company + " scholen wilt begeleiden in \"" + programme +
                      "\". Scholen leren veel van mensen die elke dag met STEM bezig zijn.\n\n"
                      "De organisator bekijkt je aanmelding binnenkort en mailt je de beslissing; wordt ze aanvaard, "
                      "dan vind je in die e-mail de link om je account aan te maken.\n\n"
                      "Heb je niets aangemeld? Dan mag je deze e-mail negeren.\n\n" +
                      signature(lang);
    }
    return e;
}

Email registration_accepted_email(Language lang, const std::string& to, const std::string& name, const std::string& organisation,
                                  const std::string& programme, const std::string& role_label, const std::string& link, LinkStep step) {
    Email e;
    e.to = to;
    const bool sets_password = step == LinkStep::choose_password;
    if (lang == Language::en) {
        e.subject = "Welcome to \"" + programme + "\"";
        e.body_text = greeting(lang, name) + "Good news: the registration of " + organisation + " for \"" + programme +
                      "\" has been accepted. " +
                      (step == LinkStep::sign_in ? "You take part as " : "You are invited to take part as ") + role_label + ".\n\n" +
                      (sets_password ? "Choose your password with this link and you land right on your programme page:\n\n"
                       : step == LinkStep::accept_invitation
                           ? "Sign in with your existing account and accept the invitation here (it is valid for 7 days):\n\n"
                           : "Sign in with your existing account to get started:\n\n") +
                      link + "\n\n" +
                      (sets_password ? "The link works once and is valid for 7 days.\n\n" : "") +
                      "We look forward to working with you!\n\n" + signature(lang);
    } else {
        e.subject = "Welkom in \"" + programme + "\"";
        e.body_text = greeting(lang, name) + "Goed nieuws: de aanmelding van " + organisation + " voor \"" + programme +
                      "\" is aanvaard. " +
                      (step == LinkStep::sign_in ? "Je neemt deel als " : "Je bent uitgenodigd om deel te nemen als ") + role_label + ".\n\n" +
                      (sets_password ? "Kies je wachtwoord via deze link en je komt meteen op de pagina van je traject:\n\n"
                       : step == LinkStep::accept_invitation
                           ? "Meld je aan met je bestaande account en aanvaard hier de uitnodiging (ze blijft 7 dagen geldig):\n\n"
                           : "Meld je aan met je bestaande account om te beginnen:\n\n") +
                      link + "\n\n" +
                      (sets_password ? "De link werkt één keer en blijft 7 dagen geldig.\n\n" : "") +
                      "We kijken ernaar uit om met jullie samen te werken!\n\n" + signature(lang);
    }
    return e;
}

Email registration_refused_email(Language lang, const std::string& to, const std::string& name, const std::string& organisation,
                                 const std::string& programme, const std::string& reason) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "Your registration for \"" + programme + "\"";
        e.body_text = greeting(lang, name) + "Thank you for your interest in \"" + programme +
                      "\". Unfortunately the organiser could not accept the registration of " + organisation +
                      " this time. Their reason:\n\n" + reason +
                      "\n\n"
                      "Questions about this? Simply reply to the organiser of the programme. We hope to meet you "
                      "in a later edition.\n\n" +
                      signature(lang);
    } else {
        e.subject = "Je aanmelding voor \"" + programme + "\"";
        e.body_text = greeting(lang, name) + "Bedankt voor je interesse in \"" + programme +
                      "\". Helaas kon de organisator de aanmelding van " + organisation +
                      " deze keer niet aanvaarden. De reden:\n\n" + reason +
                      "\n\n"
                      "Heb je daar vragen over? Neem gerust contact op met de organisator van het traject. We hopen "
                      "je te zien bij een volgende editie.\n\n" +
                      signature(lang);
    }
    return e;
}

}  // namespace sk::mail
