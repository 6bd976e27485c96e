// API texts of the operator's pages: organiser organisations and the security log (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& operator_messages() {
    static const std::vector<MessageText> texts = {
        {"field.organiser_name_taken", "Er bestaat al een organiserende organisatie met deze naam.",
         "An organiser organisation with this name already exists."},
        {"error.erasure_needs_operator",
         "Deze persoon hoort ook bij programma's van een andere organisator; de beheerder van het platform kan het account wissen.",
         "This person also belongs to another organiser's programmes; the platform operator can erase the account."},
        {"error.erasure_of_self", "Je eigen account wist iemand anders: een organisator of de beheerder van het platform.",
         "Someone else erases your own account: an organiser or the platform operator."},
        {"error.school_removal_programme_running",
         "Een school verwijder je pas als het programma voor haar afgelopen is (na de laatste fase, een verlenging inbegrepen).",
         "A school can be removed only once the programme is over for it (after the last phase, an extension included)."},
        {"error.school_removal_other_programmes",
         "Deze school neemt ook deel aan een ander programma; haar gegevens horen ook daarbij.",
         "This school also takes part in another programme; its data belongs to that one too."},
        {"field.confirm_school_name", "Typ de naam van de school zoals hij hier staat, om te bevestigen.",
         "Type the school's name as it is shown here, to confirm."},
        {"error.person_not_found", "Er is geen account met dit e-mailadres.", "There is no account with this e-mail address."},
        {"field.security_action", "Kies een soort gebeurtenis uit de lijst.", "Choose a kind of event from the list."},
        {"role.operator", "beheerder van het platform", "platform operator"},
        {"field.mail_status", "Kies een status: failed of retrying.", "Choose a status: failed or retrying."},
    };
    return texts;
}

}  // namespace sk::api
