#include "render/group_report_texts.h"

#include <array>

namespace sk::render {

namespace {

struct Text {
    std::string_view key, nl, en;
};

constexpr std::array kTexts = {
    Text{"title", "Groepsrapport", "Group report"},
    Text{"participation", "Deelname", "Participation"},
    Text{"schools", "Scholen in het traject", "Schools in the programme"},
    Text{"submitted", "Ingediende metingen", "Submitted measurements"},
    Text{"survey_leaders", "Vragenlijsten: schoolleiding", "Survey responses: leaders"},
    Text{"survey_teachers", "Vragenlijsten: leraren", "Survey responses: teachers"},
    Text{"survey_students", "Vragenlijsten: leerlingen", "Survey responses: students"},
    Text{"suppressed", "Minder dan 3 scholen dienden deze meting in. Om de scholen te beschermen toont het groepsrapport dan alleen de deelname.",
         "Fewer than 3 schools submitted this measurement. To protect the schools, the group report then shows participation only."},
    Text{"criteria", "Niveaus per criterium", "Levels per criterion"},
    Text{"criteria_intro", "Per criterium hoeveel scholen elk niveau kozen (de balk is 100 % van de scholen die het criterium invulden).",
         "Per criterion how many schools chose each level (the bar is 100% of the schools that answered the criterion)."},
    Text{"elements", "Gemiddeld niveau per sleutelelement", "Mean level per key element"},
    Text{"elements_intro", "0 = nog niet, 1 = competent, 2 = gevorderd, 3 = expert.", "0 = not yet, 1 = competent, 2 = proficient, 3 = expert."},
    Text{"focus", "Aandachtspunten", "Focus points"},
    Text{"focus_intro", "De 5 criteria met de laagste mediaan; bij gelijke mediaan eerst de grootste spreiding.",
         "The 5 criteria with the lowest median; with equal medians the widest spread first."},
    Text{"labels", "Labels", "Labels"},
    Text{"estimated", "Inschatting (meting)", "Estimate (measurement)"},
    Text{"decided", "Toegekend", "Decided"},
    Text{"progress", "Vooruitgang nulmeting → eindmeting", "Progress baseline → final"},
    Text{"compared", "Scholen vergeleken", "Schools compared"},
    Text{"mean_change", "Gemiddelde verandering", "Mean change"},
    Text{"improved", "Gestegen", "Improved"},
    Text{"stand", "Waar sta je?", "Where you stand"},
    Text{"stand_intro", "Het niveau van je school naast de mediaan van alle scholen.", "Your school's level next to the median of all schools."},
    Text{"own_level", "Jouw school", "Your school"},
    Text{"median", "Mediaan", "Median"},
    Text{"spread", "Spreiding", "Spread"},
    Text{"criterion", "Criterium", "Criterion"},
    Text{"element", "Sleutelelement", "Key element"},
    Text{"mean", "Gemiddelde", "Mean"},
    Text{"own_mean", "Jouw school", "Your school"},
    Text{"label", "Label", "Label"},
    Text{"count", "Aantal", "Count"},
    Text{"school_list", "Scholen", "Schools"},
    Text{"school_list_in_xlsx", "De lijst van de {n} scholen met hun labelinschatting staat in het rekenblad (XLSX) van dit rapport.",
         "The list of the {n} schools with their label estimate is in the spreadsheet (XLSX) of this report."},
    Text{"school", "School", "School"},
    Text{"estimate", "Labelinschatting", "Label estimate"},
    Text{"not_submitted", "niet ingediend", "not submitted"},
    Text{"answered", "Ingevuld", "Answered"},
    Text{"figure", "Cijfer", "Figure"},
    Text{"value", "Waarde", "Value"},
    Text{"date", "Datum", "Date"},
    Text{"page", "Pagina", "Page"},
    Text{"sheet_participation", "Deelname", "Participation"},
    Text{"sheet_criteria", "Criteria", "Criteria"},
    Text{"sheet_elements", "Sleutelelementen", "Key elements"},
    Text{"sheet_focus", "Aandachtspunten", "Focus points"},
    Text{"sheet_labels", "Labels", "Labels"},
    Text{"sheet_progress", "Vooruitgang", "Progress"},
    Text{"sheet_schools", "Scholen", "Schools"},
    Text{"programme", "Traject", "Programme"},
    Text{"measurement", "Meting", "Measurement"},
    Text{"suppressed_short", "Verborgen: minder dan 3 ingediende metingen", "Hidden: fewer than 3 submitted measurements"},
};

}  // namespace

std::string group_report_text(core::Language lang, std::string_view key) {
    for (const auto& t : kTexts)
        if (t.key == key) return std::string(lang == core::Language::en ? t.en : t.nl);
    return std::string(key);
}

std::string measurement_name(core::Language lang, const std::string& kind) {
    const bool en = lang == core::Language::en;
    if (kind == "baseline") return en ? "Baseline" : "Nulmeting";
    return en ? "Final measurement" : "Eindmeting";
}

std::string label_name(core::Language lang, core::Label label) {
    const bool en = lang == core::Language::en;
    switch (label) {
        case core::Label::none: return en ? "No label" : "Geen label";
        case core::Label::competent: return "Competent";
        case core::Label::proficient: return en ? "Proficient" : "Gevorderd";
        case core::Label::expert: return "Expert";
    }
    return "";
}

}  // namespace sk::render
