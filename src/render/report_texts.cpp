#include "render/report_texts.h"

#include <cstdio>
#include <cstdlib>
#include <map>

namespace sk::render {

namespace {

struct Texts {
    std::string_view nl;
    std::string_view en;
};

const std::map<std::string_view, Texts>& table() {
    static const std::map<std::string_view, Texts> t = {
        {"title", {"Schoolrapport zelfevaluatie", "School report: self-assessment"}},
        {"programme", {"Traject", "Programme"}},
        {"measurement", {"Meting", "Measurement"}},
        {"kind.baseline", {"Nulmeting", "Baseline measurement"}},
        {"kind.final", {"Eindmeting", "Final measurement"}},
        {"status.open", {"nog niet ingediend", "not submitted yet"}},
        {"status.submitted", {"ingediend", "submitted"}},
        {"date", {"Datum", "Date"}},
        {"framework", {"Referentiekader", "Framework"}},
        {"version", {"versie", "version"}},
        {"page", {"pagina", "page"}},
        {"overview", {"Overzicht per sleutelelement", "Overview per key element"}},
        {"overview.intro",
         {"Scores van 0 tot 100. Zelfevaluatie: het gekozen niveau per criterium (Nog niet 0, Expert 100), gemiddeld per "
          "sleutelelement. Vragenlijst: het gemiddelde antwoord op de schaal van 1 tot 5, omgerekend naar 0 tot 100.",
          "Scores from 0 to 100. Self-assessment: the level chosen per criterion (Not yet 0, Expert 100), averaged per key "
          "element. Survey: the mean answer on the 1 to 5 scale, converted to 0 to 100."}},
        {"self", {"Zelfevaluatie", "Self-assessment"}},
        {"element", {"Sleutelelement", "Key element"}},
        {"criterion", {"Criterium", "Criterion"}},
        {"level", {"Niveau", "Level"}},
        {"descriptor", {"Beschrijving van het niveau", "Description of the level"}},
        {"comment", {"Toelichting", "Comment"}},
        {"not_answered", {"niet ingevuld", "not answered"}},
        {"no_value", {"–", "–"}},
        {"label.heading", {"Inschatting van het label", "Label estimate"}},
        {"label.sentence", {"Op basis van deze zelfevaluatie is het geschatte label: {label}.",
                            "Based on this self-assessment, the estimated label is: {label}."}},
        {"label.none", {"nog geen label", "no label yet"}},
        {"label.top", {"Dit is het hoogste niveau.", "This is the highest level."}},
        {"label.next", {"Voor het niveau {next} moeten minstens {needed} criteria op dat niveau of hoger staan; nu zijn dat er {at}.",
                        "For the level {next} at least {needed} criteria must be at that level or higher; now {at} are."}},
        {"label.missing", {"Er ontbreken nog {missing} criteria.", "{missing} more criteria are needed."}},
        {"label.missing.one", {"Er ontbreekt nog 1 criterium.", "1 more criterion is needed."}},
        {"label.blockers", {"Wat het niveau {next} nog tegenhoudt:", "What still holds the level {next} back:"}},
        {"label.blocker", {"nu {level}, nog {gap} niveau(s)", "now {level}, {gap} level(s) to go"}},
        {"label.too_far", {"ligt te ver onder het niveau: houdt het label op zich al tegen",
                           "too far below the level: on its own this prevents the label"}},
        {"label.note", {"Een inschatting op basis van de eigen antwoorden; het echte label kent een jury toe.",
                        "An estimate from the school's own answers; the actual label is awarded by a jury."}},
        {"details", {"Antwoorden per sleutelelement", "Answers per key element"}},
        {"survey.heading", {"Vragenlijsten", "Surveys"}},
        {"survey.none", {"Er is nog geen vragenlijst met minstens 5 antwoorden; kleinere groepen worden niet getoond.",
                         "There is no survey with at least 5 responses yet; smaller groups are not shown."}},
        {"survey.responses", {"{group}: {n} antwoorden", "{group}: {n} responses"}},
        {"survey.responses.partly", {"{group}: {n} antwoorden, waarvan de eerste {counted} meetellen",
                                     "{group}: {n} responses, of which the first {counted} count"}},
        {"survey.rule", {"Antwoorden tellen per vijf mee, in de volgorde waarin ze binnenkwamen; een gemiddelde steunt op minstens vijf "
                         "scores (‘weet niet’ is geen score). Een criterium met minder scores wordt niet getoond.",
                         "Responses count in blocks of five, in the order they came in; a mean rests on at least five scores (“don't "
                         "know” is not a score). A criterion with fewer scores is not shown."}},
        {"survey.divergent", {"Grootste verschillen tussen zelfevaluatie en vragenlijsten", "Largest differences between self-assessment and surveys"}},
        {"survey.divergent.row", {"verschil {spread}: hoogst {high} ({highv}), laagst {low} ({lowv})",
                                  "difference {spread}: highest {high} ({highv}), lowest {low} ({lowv})"}},
        {"survey.mean", {"gemiddelde {mean} op 5 ({n} scores, {dk} weet niet)", "mean {mean} of 5 ({n} scores, {dk} don't know)"}},
        {"group.leaders", {"Schoolleiding", "School leaders"}},
        {"group.teachers", {"Leraren", "Teachers"}},
        {"group.students", {"Leerlingen", "Students"}},
        {"group.mentor", {"Mentor", "Mentor"}},
        {"comparison.heading", {"Nulmeting en eindmeting", "Baseline and final measurement"}},
        {"comparison.baseline", {"Nulmeting", "Baseline"}},
        {"comparison.final", {"Eindmeting", "Final"}},
        {"comparison.change", {"Verschil", "Change"}},
        {"sheet", {"Antwoorden", "Answers"}},
        {"column.mean", {"{group} (gemiddelde op 5)", "{group} (mean of 5)"}},
    };
    return t;
}

}  // namespace

std::string report_text(core::Language lang, std::string_view key) {
    auto it = table().find(key);
    if (it == table().end()) return std::string(key);
    return std::string(lang == core::Language::en ? it->second.en : it->second.nl);
}

std::string report_text(core::Language lang, std::string_view key, const std::map<std::string, std::string>& args) {
    std::string s = report_text(lang, key);
    for (const auto& [name, value] : args) {
        const std::string placeholder = "{" + name + "}";
        for (auto pos = s.find(placeholder); pos != std::string::npos; pos = s.find(placeholder, pos + value.size()))
            s.replace(pos, placeholder.size(), value);
    }
    return s;
}

std::string format_number(core::Language lang, double value, int decimals) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string s = buf;
    if (s == "-0.0" || s == "-0") s = s.substr(1);
    if (lang == core::Language::nl)
        for (auto& c : s)
            if (c == '.') c = ',';
    return s;
}

std::string format_date(core::Language lang, const std::string& iso) {
    if (iso.size() != 10) return iso;
    if (lang == core::Language::nl) return iso.substr(8, 2) + "-" + iso.substr(5, 2) + "-" + iso.substr(0, 4);
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    const int m = std::atoi(iso.substr(5, 2).c_str());
    if (m < 1 || m > 12) return iso;
    return std::to_string(std::atoi(iso.substr(8, 2).c_str())) + " " + months[m - 1] + " " + iso.substr(0, 4);
}

}  // namespace sk::render
