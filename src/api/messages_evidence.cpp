// API texts of the evidence library (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& evidence_messages() {
    static const std::vector<MessageText> texts = {
        {"error.file_too_large", "Het bestand is te groot: een bewijsstuk mag hoogstens {limit} zijn.",
         "The file is too large: a piece of evidence may be at most {limit}."},
        {"error.file_type_not_allowed",
         "Dit soort bestand kan niet als bewijsstuk. Kies een PDF, een afbeelding (PNG, JPEG, GIF, WebP) of een document, "
         "rekenblad of presentatie (Word, Excel, PowerPoint, OpenDocument).",
         "This kind of file cannot be used as evidence. Choose a PDF, an image (PNG, JPEG, GIF, WebP) or a document, "
         "spreadsheet or presentation (Word, Excel, PowerPoint, OpenDocument)."},
        {"error.evidence_quota",
         "De opslagruimte van je school is te klein voor dit bestand ({size}): {used} van {limit} is in gebruik, nog {free} vrij. "
         "Verwijder eerst bewijsstukken die je niet meer nodig hebt.",
         "Your school's storage is too small for this file ({size}): {used} of {limit} is in use, {free} free. "
         "Remove evidence you no longer need first."},
        {"field.file_too_large", "Kies een bestand van hoogstens {limit}.", "Choose a file of at most {limit}."},
        {"field.file_type", "Kies een PDF, een afbeelding (PNG, JPEG, GIF, WebP) of een Office- of OpenDocument-bestand.",
         "Choose a PDF, an image (PNG, JPEG, GIF, WebP) or an Office or OpenDocument file."},
        {"field.file_empty", "Dit bestand is leeg. Kies een bestand met inhoud.", "This file is empty. Choose a file with content."},
        {"field.file_name", "Geef een geldige bestandsnaam, bijvoorbeeld actieplan.pdf.", "Give a valid file name, for example action-plan.pdf."},
        {"field.header_encoding", "Deze waarde is geen geldige tekst (verwacht: UTF-8, percent-gecodeerd).",
         "This value is not valid text (expected: percent-encoded UTF-8)."},
        {"field.control_characters", "Gebruik geen onzichtbare stuurtekens in deze tekst.", "Do not use invisible control characters in this text."},
        {"field.criteria_list", "Geef de criteria als een lijst van hoogstens {max} criteriumcodes, bijvoorbeeld C01,C07.",
         "Give the criteria as a list of at most {max} criterion codes, for example C01,C07."},
        {"field.criterion_unknown", "Het criterium {id} bestaat niet. Kies criteria van het kader, bijvoorbeeld C01 tot C21.",
         "The criterion {id} does not exist. Choose criteria of the framework, for example C01 to C21."},
        {"field.url_http", "Geef een volledig webadres dat begint met http:// of https://.",
         "Give a full web address that starts with http:// or https://."},
        {"field.url_not_link", "Alleen een link heeft een webadres; een bestand niet.", "Only a link has a web address; a file does not."},
    };
    return texts;
}

}  // namespace sk::api
