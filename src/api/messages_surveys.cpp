// API texts of the surveys area (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& survey_messages() {
    static const std::vector<MessageText> texts = {
        {"error.survey_exists", "Voor deze meting en deze groep is er al een vragenlijst.",
         "There is already a survey for this measurement and this group."},
        {"error.survey_statements_missing", "Voor het kader van dit traject zijn nog geen stellingen voor vragenlijsten beschikbaar.",
         "There are no survey statements yet for this programme's framework."},
        {"error.survey_closed", "Deze vragenlijst is afgesloten. Je kunt niet meer antwoorden.",
         "This survey is closed. Answers are no longer accepted."},
        {"error.survey_token_invalid",
         "Dit antwoordformulier is al gebruikt of verlopen. Open de vragenlijst opnieuw om te antwoorden.",
         "This answer form has already been used or has expired. Open the survey again to answer."},
        {"field.survey_kind", "Kies de nulmeting (baseline) of de eindmeting (final).",
         "Choose the baseline or the final measurement."},
        {"field.survey_group", "Kies een groep: schoolleiding, leraren, leerlingen of mentor.",
         "Choose a group: leaders, teachers, students or mentor."},
        {"field.survey_answers", "Stuur de antwoorden als een object met per stelling een score.",
         "Send the answers as an object with a score per statement."},
        {"field.survey_answer_missing", "Beantwoord deze stelling (of kies 'weet ik niet').",
         "Answer this statement (or choose 'don't know')."},
        {"field.survey_score", "Kies een score van 1 tot 5, of 'weet ik niet'.", "Choose a score from 1 to 5, or 'don't know'."},
    };
    return texts;
}

}  // namespace sk::api
