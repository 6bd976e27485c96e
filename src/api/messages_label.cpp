// API texts of the reviewed label (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& label_messages() {
    static const std::vector<MessageText> texts = {
        {"error.application_open", "Er loopt al een labelaanvraag voor deze school in dit traject. Wacht op de beslissing of trek ze in.",
         "There is already an open label application for this school in this programme. Wait for the decision or withdraw it."},
        {"error.evidence_changed", "Een bewijsstuk is net verwijderd terwijl de aanvraag werd gemaakt. Dien de aanvraag opnieuw in.",
         "A piece of evidence was removed just as the application was being made. Submit the application again."},
        {"error.application_decided", "Over deze aanvraag is al beslist; ze kan niet meer veranderen.",
         "This application has been decided; it can no longer change."},
        {"error.application_not_open", "Deze aanvraag is niet meer lopend (ingetrokken of beslist).",
         "This application is no longer open (withdrawn or decided)."},
        {"error.application_not_in_review", "Deze aanvraag heeft nog geen beoordelaar of is niet meer in beoordeling.",
         "This application has no reviewer yet or is no longer in review."},
        {"error.certificate_not_found", "Er bestaat geen certificaat met deze code. Controleer de code.",
         "There is no certificate with this code. Check the code."},
        {"field.label_measurement", "Kies een ingediende meting van deze school in dit traject.",
         "Choose a submitted measurement of this school in this programme."},
        {"field.label_reviewer", "Kies een beoordelaar van de organisatie die dit traject organiseert.",
         "Choose a reviewer of the organisation that runs this programme."},
        {"field.label_due_on", "Geef een geldige datum (JJJJ-MM-DD), vandaag of later.", "Enter a valid date (YYYY-MM-DD), today or later."},
        {"field.label_accepted_level", "Kies een niveau: nog niet, competent, gevorderd of expert.",
         "Choose a level: not yet, competent, proficient or expert."},
        {"field.label_label", "Kies een label: geen, competent, gevorderd of expert.", "Choose a label: none, competent, proficient or expert."},
        {"field.label_unreviewed", "Aanvaard eerst een niveau voor dit criterium.", "Accept a level for this criterion first."},
        {"field.label_override_missing", "Dit label wijkt af van het voorstel ({proposed}): leg uit waarom.",
         "This label differs from the proposal ({proposed}): explain why."},
        {"field.label_override_short", "Leg de afwijking uit in minstens {min} tekens.", "Explain the difference in at least {min} characters."},
        {"field.label_override_long", "Houd de uitleg onder {max} tekens.", "Keep the explanation under {max} characters."},
        {"field.label_filter", "Kies competent, gevorderd of expert.", "Choose competent, proficient or expert."},
        {"field.label_province", "Kies een Vlaamse provincie of Brussel.", "Choose a Flemish province or Brussels."},
    };
    return texts;
}

}  // namespace sk::api
