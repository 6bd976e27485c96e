// API texts of sessions, resources and the playbook (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& session_messages() {
    static const std::vector<MessageText> texts = {
        {"error.session_cancelled", "Deze sessie is geannuleerd; inschrijven kan niet meer.",
         "This session has been cancelled; you can no longer register."},
        {"error.session_started", "Deze sessie is al begonnen; inschrijven kan niet meer.",
         "This session has already started; you can no longer register."},
        {"error.session_not_started", "Aanwezigheden noteer je pas als de sessie begonnen is.",
         "You can record attendance only once the session has started."},
        {"field.session_type", "Kies een soort sessie: inspiratie, groei, focusgroep, uitwisseling, werkgroepoverleg of andere.",
         "Choose a session type: inspiration, growth, focus group, exchange, working group meeting or other."},
        {"field.session_time", "Geef datum en uur als JJJJ-MM-DDTUU:MM, bijvoorbeeld 2026-12-01T14:00.",
         "Enter date and time as YYYY-MM-DDTHH:MM, for example 2026-12-01T14:00."},
        {"field.session_time_nonexistent", "Dit uur bestaat niet in België: de klok springt dan een uur vooruit. Kies een ander uur.",
         "This time does not exist in Belgium: the clocks go forward an hour then. Choose another time."},
        {"field.session_end_order", "Het einde moet na het begin liggen.", "The end must be after the start."},
        {"field.session_too_long", "Een sessie duurt hoogstens {days} dagen.", "A session lasts at most {days} days."},
        {"field.session_capacity", "Geef het aantal plaatsen als een getal van {min} tot {max}.",
         "Enter the number of places as a number from {min} to {max}."},
        {"field.session_host_school", "Kies een school die aan dit traject deelneemt.", "Choose a school taking part in this programme."},
        {"field.session_audience", "Kies als doelgroep het traject of een werkgroep.", "Choose the programme or a working group as audience."},
        {"field.session_working_group", "Kies een werkgroep van dit traject.", "Choose a working group of this programme."},
        {"field.session_status", "Kies gepland of geannuleerd.", "Choose planned or cancelled."},
        {"field.session_attended", "Geef een lijst van deelnemers die ingeschreven zijn voor deze sessie.",
         "Give a list of participants registered for this session."},
        {"field.resource_kind", "Kies een soort: playbook, goede praktijk, sessieverslag of andere.",
         "Choose a kind: playbook, best practice, session report or other."},
        {"field.element_unknown", "Het sleutelelement {id} bestaat niet. Kies sleutelelementen van het kader.",
         "The key element {id} does not exist. Choose key elements of the framework."},
        {"field.elements_list", "Geef een lijst van sleutelelementcodes, bijvoorbeeld [\"E1\"].",
         "Give a list of key element ids, for example [\"E1\"]."},
        {"field.resource_programme", "Kies een traject dat je organiseert, of geen (voor iedereen).",
         "Choose a programme you run, or none (for everyone)."},
        {"field.playbook_consent", "Je kunt het playbook pas aanvragen als je akkoord gaat met de privacyverklaring.",
         "You can only request the playbook when you agree to the privacy notice."},
    };
    return texts;
}

}  // namespace sk::api
