// Mails of the action plan (nl and en). See templates_plan.h.
#include "mail/templates_plan.h"

#include "mail/template_text.h"

namespace sk::mail {

namespace {

using core::Language;

// A comment is quoted in full up to this many bytes (cut at a UTF-8 boundary); the rest is on the site.
std::string excerpt(const std::string& body) {
    constexpr std::size_t kMax = 600;
    if (body.size() <= kMax) return body;
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;
    return body.substr(0, cut) + " …";
}

}  // namespace

Email plan_comment_email(Language lang, const std::string& to, const std::string& name, const std::string& school, const std::string& goal,
                         const std::string& author, const std::string& body, const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "New comment on the action plan of " + school;
        e.body_text = greeting(lang, name) + author + " commented on the goal \"" + goal + "\":\n\n" + excerpt(body) +
                      "\n\nRead and answer in the action plan:\n\n" + link + closing(lang);
    } else {
        e.subject = "Nieuwe reactie op het actieplan van " + school;
        e.body_text = greeting(lang, name) + author + " reageerde op het doel \"" + goal + "\":\n\n" + excerpt(body) +
                      "\n\nLees en antwoord in het actieplan:\n\n" + link + closing(lang);
    }
    return e;
}

Email plan_overdue_action_email(Language lang, const std::string& to, const std::string& name, const std::string& school,
                                const std::string& action, const std::string& goal, const std::string& due_on, const std::string& link) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "Action overdue: " + action;
        e.body_text = greeting(lang, name) + "The action \"" + action + "\" (goal \"" + goal + "\", " + school + ") was due on " +
                      belgian_date(due_on) + " and is not done yet. Update its status or due date in the action plan:\n\n" + link +
                      closing(lang);
    } else {
        e.subject = "Actie over tijd: " + action;
        e.body_text = greeting(lang, name) + "De actie \"" + action + "\" (doel \"" + goal + "\", " + school + ") moest klaar zijn op " +
                      belgian_date(due_on) + " en is nog niet afgerond. Pas de status of de deadline aan in het actieplan:\n\n" + link +
                      closing(lang);
    }
    return e;
}

}  // namespace sk::mail
