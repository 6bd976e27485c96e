// Mails of learning-network sessions and the playbook (nl and en). See templates.h.
#include "mail/template_text.h"
#include "mail/templates.h"

namespace sk::mail {

namespace {

using core::Language;

// "2026-12-01T14:00" -> "01/12/2026 14:00" (Belgian order, both languages).
std::string belgian_time(const std::string& local) {
    if (local.size() != 16) return local;
    return local.substr(8, 2) + "/" + local.substr(5, 2) + "/" + local.substr(0, 4) + " " + local.substr(11, 5);
}

std::string where(Language lang, const std::string& venue) {
    if (venue.empty()) return "";
    return (lang == Language::en ? "\nWhere: " : "\nWaar: ") + venue;
}

}  // namespace

Email session_promoted_email(Language lang, const std::string& to, const std::string& name, const std::string& session,
                             const std::string& when, const std::string& venue, const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "You have a place: " + session;
        e.body_text = greeting(lang, name) + "A place became free and you moved up from the waiting list. You are now registered for \"" +
                      session + "\".\n\nWhen: " + belgian_time(when) + where(lang, venue) +
                      "\n\nCan you not come after all? Cancel here so the next person gets the place:\n\n" + link + closing(lang);
    } else {
        e.subject = "Je hebt een plaats: " + session;
        e.body_text = greeting(lang, name) + "Er kwam een plaats vrij en je schoof op van de wachtlijst. Je bent nu ingeschreven voor \"" +
                      session + "\".\n\nWanneer: " + belgian_time(when) + where(lang, venue) +
                      "\n\nKan je toch niet komen? Schrijf je dan hier uit, zodat de volgende de plaats krijgt:\n\n" + link + closing(lang);
    }
    return e;
}

Email session_reminder_email(Language lang, const std::string& to, const std::string& name, const std::string& session,
                             const std::string& when, const std::string& venue, const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "Reminder: " + session + " on " + belgian_time(when);
        e.body_text = greeting(lang, name) + "A reminder that you are registered for \"" + session + "\".\n\nWhen: " + belgian_time(when) +
                      where(lang, venue) + "\n\nDetails, and cancelling if you cannot come:\n\n" + link + closing(lang);
    } else {
        e.subject = "Herinnering: " + session + " op " + belgian_time(when);
        e.body_text = greeting(lang, name) + "Een herinnering: je bent ingeschreven voor \"" + session + "\".\n\nWanneer: " +
                      belgian_time(when) + where(lang, venue) + "\n\nDetails, en uitschrijven als je niet kan komen:\n\n" + link +
                      closing(lang);
    }
    return e;
}

Email session_report_email(Language lang, const std::string& to, const std::string& name, const std::string& session,
                           const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "Report published: " + session;
        e.body_text = greeting(lang, name) + "The report of \"" + session + "\" is online. Read it here:\n\n" + link + closing(lang);
    } else {
        e.subject = "Verslag gepubliceerd: " + session;
        e.body_text = greeting(lang, name) + "Het verslag van \"" + session + "\" staat online. Lees het hier:\n\n" + link + closing(lang);
    }
    return e;
}

Email playbook_link_email(Language lang, const std::string& to, const std::string& name, const std::string& link,
                          const std::string& valid_until) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "Your STEMkompas playbook";
        e.body_text = greeting(lang, name) + "Thank you for your interest. Download the playbook here (the link works until " +
                      belgian_date(valid_until) + "):\n\n" + link + closing(lang);
    } else {
        e.subject = "Je STEMkompas-playbook";
        e.body_text = greeting(lang, name) + "Bedankt voor je interesse. Download het playbook hier (de link werkt tot " +
                      belgian_date(valid_until) + "):\n\n" + link + closing(lang);
    }
    return e;
}

}  // namespace sk::mail
