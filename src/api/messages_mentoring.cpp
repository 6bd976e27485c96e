// API texts of mentor matching and the meeting log (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& mentoring_messages() {
    static const std::vector<MessageText> texts = {
        {"error.capacity_full", "Dit bedrijf begeleidt al zoveel scholen als het kan ({capacity}). Kies een ander bedrijf of maak eerst een plaats vrij.",
         "This company already mentors as many schools as it can ({capacity}). Choose another company or free a place first."},
        {"error.follow_up_has_action", "Van deze afspraak is al een actie gemaakt.", "This follow-up has already become an action."},
        {"field.matching_company", "Kies een mentorbedrijf dat aan dit traject deelneemt.", "Choose a mentor company that takes part in this programme."},
        {"field.matching_status", "Kies proposed (voorgesteld) of confirmed (bevestigd).", "Choose proposed or confirmed."},
        {"field.matching_province", "Kies antwerpen, limburg, oost-vlaanderen, vlaams-brabant, west-vlaanderen of brussel.",
         "Choose antwerpen, limburg, oost-vlaanderen, vlaams-brabant, west-vlaanderen or brussel."},
        {"field.matching_free", "Laat leeg of kies yes (alleen bedrijven met een vrije plaats).", "Leave empty or choose yes (only companies with a free place)."},
        {"field.meeting_date", "Geef een geldige datum (JJJJ-MM-DD).", "Enter a valid date (YYYY-MM-DD)."},
        {"field.meeting_date_ahead", "Kies een datum binnen {days} dagen vanaf vandaag.", "Choose a date within {days} days from today."},
        {"field.meeting_follow_ups", "Stuur de afspraken als een lijst.", "Send the follow-ups as a list."},
        {"field.meeting_follow_ups_many", "Noteer hoogstens {max} afspraken per overleg.", "Note at most {max} follow-ups per meeting."},
        {"field.meeting_follow_up_id", "Deze afspraak hoort niet bij dit overleg.", "This follow-up does not belong to this meeting."},
        {"field.meeting_goal", "Kies een doel uit het actieplan van deze school.", "Choose a goal of this school's action plan."},
    };
    return texts;
}

}  // namespace sk::api
