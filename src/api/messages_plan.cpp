// API texts of the action plan (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& plan_messages() {
    static const std::vector<MessageText> texts = {
        {"field.plan_criteria", "Kies minstens één criterium van het referentiekader, elk één keer.",
         "Choose at least one criterion of the framework, each once."},
        {"field.plan_criterion", "Kies een criterium van het referentiekader.", "Choose a criterion of the framework."},
        {"field.plan_target_level", "Kies een doelniveau: competent, gevorderd of expert.", "Choose a target level: competent, proficient or expert."},
        {"field.plan_owner", "Kies een coördinator of teamlid van deze school, of niemand.",
         "Choose a coordinator or team member of this school, or nobody."},
        {"field.plan_date", "Geef een geldige datum (JJJJ-MM-DD) of laat het leeg.", "Enter a valid date (YYYY-MM-DD) or leave it empty."},
        {"field.plan_end_before_start", "De einddatum mag niet voor de startdatum liggen.", "The end date cannot be before the start date."},
        {"field.plan_goal_status", "Kies een status: niet gestart, bezig, bereikt of geschrapt.",
         "Choose a status: not started, in progress, achieved or dropped."},
        {"field.plan_action_status", "Kies een status: te doen, bezig of klaar.", "Choose a status: to do, doing or done."},
        {"field.plan_from_proposal", "Dit criterium staat nu niet bij de voorstellen.", "This criterion is not among the current proposals."},
    };
    return texts;
}

}  // namespace sk::api
