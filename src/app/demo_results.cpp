#include "app/demo_results.h"

#include <array>
#include <string>

#include "app/demo.h"
#include "store/measurements.h"
#include "store/surveys.h"

namespace sk::app {

namespace {

struct DemoAnswer {
    const char* level;
    const char* comment;
};

// A school that clearly reaches "competent" and is held back from "proficient" by a handful of
// criteria, one of them too far behind: the label estimate then has something to explain.
const std::array<DemoAnswer, 21> kBaseline = {{
    {"proficient", "Elke vakgroep werkt met een gedeelde STEM-visie die we in 2024 samen opstelden."},
    {"proficient", ""},
    {"competent", "Differentiëren lukt in de derde graad, in de eerste graad nog te weinig."},
    {"proficient", ""},
    {"expert", "Onze leerlingen presenteren elk jaar hun projecten aan ouders en bedrijven uit de regio."},
    {"proficient", ""},
    {"not_yet", "Nog geen vaste afspraken over evalueren van STEM-vaardigheden; dit is een werkpunt."},
    {"proficient", ""},
    {"competent", "Professionalisering gebeurt op eigen initiatief van leraren, niet gepland."},
    {"proficient", ""},
    {"proficient", "Labo's en makerspace zijn vernieuwd dankzij een projectsubsidie."},
    {"competent", ""},
    {"proficient", ""},
    {"expert", "Drie bedrijven uit de haven ontvangen elk jaar klassen en leveren begeleiders voor projecten."},
    {"proficient", ""},
    {"proficient", ""},
    {"competent", "Meisjes kiezen nog duidelijk minder vaak voor STEM-richtingen."},
    {"proficient", ""},
    {"proficient", ""},
    {"proficient", "We delen onze lessenreeksen met twee basisscholen in de buurt."},
    {"proficient", ""},
}};

// Deterministic "random" scores, so the demo looks the same every time it is loaded.
int score(std::uint32_t& state) {
    state = state * 1664525u + 1013904223u;
    return static_cast<int>((state >> 16) % 5) + 1;
}

}  // namespace

void add_demo_survey(store::Db& db, std::int64_t programme_id, std::int64_t school_id, std::int64_t coordinator_id, const std::string& group,
                     const std::string& variant, const std::string& code, int responses, int bias, std::int64_t now) {
    store::NewSurvey s;
    s.programme_id = programme_id;
    s.organisation_id = school_id;
    s.kind = "baseline";
    s.group = group;
    s.variant = variant;
    s.framework_id = kDemoFrameworkId;
    s.framework_version = kDemoFrameworkVersion;
    s.code = code;
    s.created_by = coordinator_id;
    const auto survey_id = store::create_survey(db, s, now);
    std::uint32_t state = static_cast<std::uint32_t>(code[0]) * 7919u + static_cast<std::uint32_t>(responses);
    for (int r = 0; r < responses; ++r) {
        core::SurveyResponse answers;
        for (std::size_t i = 0; i < kBaseline.size(); ++i) {
            const std::string id = (i + 1 < 10 ? "C0" : "C") + std::to_string(i + 1);
            const int raw = score(state);
            if (raw == 1 && r % 3 == 0) answers[id] = std::nullopt;  // "don't know", now and then
            else answers[id] = std::min(5, std::max(1, (raw + bias + 3) / 2));
        }
        store::insert_survey_response(db, survey_id, demo_date("2026-09-0" + std::to_string(1 + r % 9), now), answers);  // in the baseline's first days
    }
}

void load_demo_results(store::Db& db, std::int64_t programme_id, std::int64_t school_id, std::int64_t coordinator_id, std::int64_t now) {
    if (store::find_measurement(db, programme_id, school_id, "baseline")) return;
    const auto [measurement_id, created] =
        store::start_measurement(db, programme_id, school_id, "baseline", kDemoFrameworkId, kDemoFrameworkVersion, coordinator_id, now);
    for (std::size_t i = 0; i < kBaseline.size(); ++i) {
        const std::string id = (i + 1 < 10 ? "C0" : "C") + std::to_string(i + 1);
        store::save_answer_in(db, measurement_id, id, std::string(kBaseline[i].level), kBaseline[i].comment, 0, coordinator_id, now);
    }
    store::mark_submitted(db, measurement_id, coordinator_id, now);
    // Teachers a little more positive than the pupils; the leaders' 3 answers stay below the threshold.
    add_demo_survey(db, programme_id, school_id, coordinator_id, "teachers", "secondary", "DNTCHR26", 9, 3, now);
    add_demo_survey(db, programme_id, school_id, coordinator_id, "students", "secondary", "DNSTDN27", 14, 1, now);
    add_demo_survey(db, programme_id, school_id, coordinator_id, "leaders", "secondary", "DNKDRS28", 3, 4, now);
}

}  // namespace sk::app
