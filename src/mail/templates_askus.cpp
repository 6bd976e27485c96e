// Mails of "Ask us" (nl and en). See templates.h. Times are Brussels local time, in words, so the
// promise in the receipt reads the same as the inbox shows it.
#include <date/date.h>
#include <date/tz.h>

#include "mail/template_text.h"
#include "mail/templates.h"

namespace sk::mail {

namespace {

using core::Language;

// Each line of `text` prefixed with "> ", as mail clients quote.
std::string quoted(const std::string& text) {
    std::string out = "> ";
    for (char c : text) {
        out += c;
        if (c == '\n') out += "> ";
    }
    return out;
}

}  // namespace

std::string question_topic_name(Language lang, const std::string& topic) {
    const bool en = lang == Language::en;
    if (topic == "registration") return en ? "Registration" : "Inschrijving";
    if (topic == "measurement") return en ? "Self-assessment" : "Zelfevaluatie";
    if (topic == "label") return en ? "STEM School Label" : "STEM-schoollabel";
    if (topic == "network") return en ? "Learning network" : "Lerend netwerk";
    if (topic == "award") return en ? "Award" : "Award";
    if (topic == "other") return en ? "Other" : "Andere";
    return en ? "General" : "Algemeen";
}

std::string brussels_moment_in_words(Language lang, std::int64_t unix_seconds) {
    static const date::time_zone* zone = date::locate_zone("Europe/Brussels");
    static const char* const nl_days[] = {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"};
    static const char* const en_days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static const char* const nl_months[] = {"januari", "februari", "maart", "april", "mei", "juni",
                                            "juli", "augustus", "september", "oktober", "november", "december"};
    static const char* const en_months[] = {"January", "February", "March", "April", "May", "June",
                                            "July", "August", "September", "October", "November", "December"};
    const auto local = zone->to_local(date::sys_seconds{std::chrono::seconds{unix_seconds}});
    const auto day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    const unsigned wd = date::weekday{day}.c_encoding();
    const unsigned m = static_cast<unsigned>(ymd.month()) - 1;
    const std::string time = date::format("%H:%M", date::floor<std::chrono::minutes>(local - day));
    const std::string dm = std::to_string(static_cast<unsigned>(ymd.day())) + " ";
    const std::string y = " " + std::to_string(static_cast<int>(ymd.year()));
    if (lang == Language::en) return std::string(en_days[wd]) + " " + dm + en_months[m] + y + " at " + time;
    return std::string(nl_days[wd]) + " " + dm + nl_months[m] + y + " om " + time;
}

Email question_receipt_email(Language lang, const std::string& to, const std::string& name, const std::string& question,
                             std::int64_t due_unix) {
    Email e;
    e.to = to;
    const auto due = brussels_moment_in_words(lang, due_unix);
    if (lang == Language::en) {
        e.subject = "We received your question";
        e.body_text = greeting(lang, name) + "Thank you for your question. We answer within 2 working days: you will have our answer by " +
                      due + " (Brussels time) at the latest.\n\nYour question:\n\n" + quoted(question) + closing(lang);
    } else {
        e.subject = "We hebben je vraag ontvangen";
        e.body_text = greeting(lang, name) + "Bedankt voor je vraag. We antwoorden binnen de 2 werkdagen: je hebt ons antwoord uiterlijk " +
                      due + " (Belgische tijd).\n\nJe vraag:\n\n" + quoted(question) + closing(lang);
    }
    return e;
}

Email question_answer_email(Language lang, const std::string& to, const std::string& name, const std::string& question,
                            const std::string& answer, const std::string& answered_by) {
    Email e;
    e.to = to;
    if (lang == Language::en) {
        e.subject = "Answer to your question";
        e.body_text = greeting(lang, name) + answer + "\n\n" + answered_by + "\n\nYour question was:\n\n" + quoted(question) + closing(lang);
    } else {
        e.subject = "Antwoord op je vraag";
        e.body_text = greeting(lang, name) + answer + "\n\n" + answered_by + "\n\nJe vraag was:\n\n" + quoted(question) + closing(lang);
    }
    return e;
}

Email question_forwarded_email(Language lang, const std::string& to, const std::string& asker_name, const std::string& asker_email,
                               const std::string& asker_organisation, const std::string& topic, const std::string& question,
                               const std::string& note, const std::string& forwarded_by) {
    Email e;
    e.to = to;
    const std::string who = asker_name + " <" + asker_email + ">" + (asker_organisation.empty() ? "" : ", " + asker_organisation);
    const std::string topic_name = question_topic_name(lang, topic);
    if (lang == Language::en) {
        e.subject = "Question forwarded to you: " + topic_name;
        e.body_text = greeting(lang, "") + forwarded_by + " forwarded a question that came in through STEMkompas. Please answer " +
                      asker_name + " directly at " + asker_email + ".\n\n" + (note.empty() ? "" : "Note: " + note + "\n\n") +
                      "From: " + who + "\nTopic: " + topic_name + "\n\n" + quoted(question) + closing(lang);
    } else {
        e.subject = "Vraag aan jou doorgestuurd: " + topic_name;
        e.body_text = greeting(lang, "") + forwarded_by + " stuurt je een vraag door die via STEMkompas binnenkwam. Antwoord " + asker_name +
                      " rechtstreeks op " + asker_email + ".\n\n" + (note.empty() ? "" : "Toelichting: " + note + "\n\n") +
                      "Van: " + who + "\nOnderwerp: " + topic_name + "\n\n" + quoted(question) + closing(lang);
    }
    return e;
}

Email question_overdue_email(Language lang, const std::string& to, const std::string& name, std::int64_t id,
                             const std::string& asker_name, const std::string& topic, std::int64_t due_unix, const std::string& link) {
    Email e;
    e.to = to;
    const auto due = brussels_moment_in_words(lang, due_unix);
    const std::string topic_name = question_topic_name(lang, topic);
    if (lang == Language::en) {
        e.subject = "Overdue: question #" + std::to_string(id) + " from " + asker_name;
        e.body_text = greeting(lang, name) + "The question of " + asker_name + " (" + topic_name + ") was due " + due +
                      " and has not been answered or forwarded yet. Open it here:\n\n" + link + closing(lang);
    } else {
        e.subject = "Te laat: vraag #" + std::to_string(id) + " van " + asker_name;
        e.body_text = greeting(lang, name) + "De vraag van " + asker_name + " (" + topic_name + ") moest beantwoord zijn tegen " + due +
                      " en is nog niet beantwoord of doorgestuurd. Open ze via:\n\n" + link + closing(lang);
    }
    return e;
}

}  // namespace sk::mail
