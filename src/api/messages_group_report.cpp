// API texts of the group report and the working groups (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& group_report_messages() {
    static const std::vector<MessageText> texts = {
        {"field.group_report_measurement", "Kies de nulmeting (baseline) of de eindmeting (final).",
         "Choose the baseline or the final measurement."},
        {"field.group_report_submitted", "Kies yes (ingediend) of no (niet ingediend).", "Choose yes (submitted) or no (not submitted)."},
        {"field.group_report_estimate", "Kies notSubmitted, none, competent, proficient of expert.",
         "Choose notSubmitted, none, competent, proficient or expert."},
        {"field.working_group_criteria", "Kies 1 tot {max} verschillende criteria uit het kader van dit traject.",
         "Choose 1 to {max} different criteria of this programme's framework."},
        {"field.working_group_ids", "Geef een lijst van organisatienummers.", "Give a list of organisation numbers."},
        {"field.working_group_school", "Organisatie {id} neemt niet als school deel aan dit traject.",
         "Organisation {id} does not take part in this programme as a school."},
        {"field.working_group_company", "Organisatie {id} neemt niet als bedrijf deel aan dit traject.",
         "Organisation {id} does not take part in this programme as a company."},
        {"field.working_group_status", "Kies open of gesloten (open, closed).", "Choose open or closed."},
        {"field.working_group_empty", "Geef minstens één veld om te wijzigen.", "Give at least one field to change."},
    };
    return texts;
}

}  // namespace sk::api
