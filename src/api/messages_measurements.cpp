// API texts of the measurements area (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& measurement_messages() {
    static const std::vector<MessageText> texts = {
        {"error.phase_not_open", "Deze fase is nog niet geopend: ze opent op {opensOn}.",
         "This phase has not opened yet: it opens on {opensOn}."},
        {"error.phase_closed", "Deze fase is afgesloten op {closesOn}. Vraag de organisator om meer tijd als je nog iets wilt aanpassen.",
         "This phase closed on {closesOn}. Ask the organiser for more time if you still want to change something."},
        {"error.edit_conflict",
         "Iemand anders heeft dit antwoord net gewijzigd. Bekijk de nieuwe versie en pas ze aan waar nodig; je eigen tekst is niet "
         "bewaard.",
         "Someone else has just changed this answer. Look at the new version and adjust it where needed; your own text was not saved."},
        {"error.measurement_locked", "Deze meting is ingediend en kan niet meer gewijzigd worden, tenzij de organisator ze heropent.",
         "This measurement has been submitted and can no longer be changed unless the organiser reopens it."},
        {"error.measurement_not_submitted", "Deze meting is niet ingediend; er is niets te heropenen.",
         "This measurement has not been submitted; there is nothing to reopen."},
        {"error.framework_unavailable", "Het kader van dit traject is niet beschikbaar op deze server. Neem contact op met de beheerder.",
         "The framework of this programme is not available on this server. Contact the administrator."},
        {"field.measurement_level", "Kies een niveau: not_yet, competent, proficient of expert (of null om het leeg te laten).",
         "Choose a level: not_yet, competent, proficient or expert (or null to leave it empty)."},
        {"field.measurement_version", "Stuur de versie van het antwoord dat je las, als geheel getal vanaf 0.",
         "Send the version of the answer you read, as a whole number from 0."},
        {"field.measurement_unanswered", "Kies een niveau voor dit criterium voor je indient.",
         "Choose a level for this criterion before you submit."},
        {"field.evidence_list", "Geef de bewijsstukken als een lijst van nummers.", "Send the evidence as a list of numbers."},
        {"field.evidence_unknown", "Dit bewijsstuk bestaat niet.", "This piece of evidence does not exist."},
        {"field.extension_before_phase", "De nieuwe sluitingsdatum mag niet voor de sluitingsdatum van de fase ({closesOn}) liggen.",
         "The new closing date cannot be before the phase's own closing date ({closesOn})."},
    };
    return texts;
}

}  // namespace sk::api
