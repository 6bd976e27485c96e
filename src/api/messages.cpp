#include "api/messages.h"

#include <unordered_map>

#include "api/message_sets.h"

namespace sk::api {

namespace {

const std::vector<MessageText>& base_messages() {
    static const std::vector<MessageText> texts = {
        // Errors (the "message" of the error shape)
        {"error.validation_failed", "Niet alle velden zijn correct ingevuld.", "Some fields are not filled in correctly."},
        {"error.malformed_json", "De aanvraag bevat geen geldige JSON.", "The request is not valid JSON."},
        {"error.unauthenticated", "Je bent niet aangemeld.", "You are not signed in."},
        {"error.invalid_credentials", "Dit e-mailadres en wachtwoord horen niet bij elkaar.",
         "This e-mail address and password do not match."},
        {"error.csrf_failed", "Deze aanvraag werd geweigerd omdat de beveiligingscode ontbreekt of niet klopt. Herlaad de pagina.",
         "This request was refused because its security token is missing or wrong. Reload the page."},
        {"error.forbidden", "Je hebt geen toegang tot dit onderdeel.", "You do not have access to this."},
        {"error.not_found", "Deze pagina of dit gegeven bestaat niet.", "This page or item does not exist."},
        {"error.method_not_allowed", "Deze bewerking is hier niet toegestaan.", "This operation is not allowed here."},
        {"error.conflict", "Dit bestaat al.", "This already exists."},
        {"error.payload_too_large", "De aanvraag is te groot (maximaal {limit}).", "The request is too large (at most {limit})."},
        {"error.unsupported_media_type", "Stuur de gegevens als JSON.", "Send the data as JSON."},
        {"error.rate_limited", "Te veel pogingen. Probeer het over {minutes} minuten opnieuw.",
         "Too many attempts. Try again in {minutes} minutes."},
        {"error.token_invalid", "Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe aan.",
         "This link is invalid, already used or expired. Ask for a new one."},
        {"error.unavailable", "De databank is even niet bereikbaar. Probeer het over enkele seconden opnieuw.",
         "The database cannot be reached right now. Try again in a few seconds."},
        {"error.busy", "Het is even heel druk. Probeer het over enkele seconden opnieuw.",
         "It is very busy right now. Try again in a few seconds."},
        {"error.storage_full",
         "De opslag van de server is vol: er werd niets bewaard. Probeer het later opnieuw; blijft het probleem, meld het dan aan de beheerder.",
         "The server's storage is full: nothing was saved. Please try again later; if it persists, tell the administrator."},
        {"error.internal", "Er liep iets mis aan onze kant. Probeer het later opnieuw.",
         "Something went wrong on our side. Please try again later."},
        {"error.bad_request", "Ongeldige aanvraag.", "Bad request."},
        // Field messages
        {"field.required", "Vul dit veld in.", "This field is required."},
        {"field.not_text", "Dit veld moet tekst zijn.", "This field must be text."},
        {"field.not_object", "Stuur een JSON-object.", "Send a JSON object."},
        {"field.too_long", "Gebruik hoogstens {max} tekens.", "Use at most {max} characters."},
        {"field.email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.",
         "Enter a valid e-mail address, for example name@school.be."},
        {"field.password_short", "Kies een wachtwoord van minstens {min} tekens.", "Choose a password of at least {min} characters."},
        {"field.language", "Kies Nederlands (nl) of Engels (en).", "Choose Dutch (nl) or English (en)."},
        {"field.role", "Kies een geldige rol.", "Choose a valid role."},
        {"field.role_not_allowed", "Je kunt niemand met deze rol uitnodigen.", "You cannot invite someone with this role."},
        {"field.already_member", "Deze persoon heeft deze rol al in deze organisatie.",
         "This person already has this role in this organisation."},
        {"field.unknown", "Dit veld is onbekend.", "This field is not known."},
        // --- programmes, registrations, review queue (programmes_api.cpp) ---
        {"error.programme_full", "Dit traject is volzet: er is geen plaats meer voor een extra school.",
         "This programme is full: there is no place left for another school."},
        {"error.registration_decided", "Over deze aanmelding is al beslist.", "This registration has already been decided on."},
        {"field.phone", "Vul een geldig telefoonnummer in, bijvoorbeeld 050 12 34 56.",
         "Enter a valid phone number, for example 050 12 34 56."},
        {"field.institution_number", "Het instellingsnummer bestaat uit precies 6 cijfers, bijvoorbeeld 123456.",
         "The institution number (instellingsnummer) is exactly 6 digits, for example 123456."},
        {"field.institution_taken", "Deze school (met dit instellingsnummer) is al aangemeld voor dit traject.",
         "This school (with this institution number) has already registered for this programme."},
        {"field.postcode", "Vul een Belgische postcode van 4 cijfers in (1000 tot 9999).",
         "Enter a Belgian postcode of 4 digits (1000 to 9999)."},
        {"field.province", "Kies een van de vijf Vlaamse provincies of Brussel.", "Choose one of the five Flemish provinces or Brussels."},
        {"field.network", "Kies een onderwijsnet: GO!, OVSG, POV, Katholiek Onderwijs Vlaanderen of ander.",
         "Choose an education network: GO!, OVSG, POV, Katholiek Onderwijs Vlaanderen or other."},
        {"field.level", "Kies basisonderwijs of secundair onderwijs.", "Choose primary or secondary education."},
        {"field.pupils", "Vul het aantal leerlingen in als een getal van {min} tot {max}.",
         "Enter the number of pupils as a number from {min} to {max}."},
        {"field.heard_from", "Kies hoe je van het traject hoorde.", "Choose how you heard about the programme."},
        {"field.consent", "Je kunt je pas aanmelden als je akkoord gaat met de privacyverklaring.",
         "You can only register when you agree to the privacy notice."},
        {"field.enterprise_number", "Het ondernemingsnummer bestaat uit 10 cijfers (begint met 0 of 1), bijvoorbeeld 0123.456.789.",
         "The enterprise number is 10 digits (starting with 0 or 1), for example 0123.456.789."},
        {"field.enterprise_taken", "Dit bedrijf (met dit ondernemingsnummer) is al aangemeld als mentor voor dit traject.",
         "This company (with this enterprise number) has already registered as mentor for this programme."},
        {"field.company_size", "Kies de grootte van het bedrijf: 1-9, 10-49, 50-249 of 250+ medewerkers.",
         "Choose the size of the company: 1-9, 10-49, 50-249 or 250+ employees."},
        {"field.expertise_required", "Kies minstens één sleutelelement waarin je expertise hebt.",
         "Choose at least one key element you have expertise in."},
        {"field.expertise", "Kies alleen sleutelelementen van het kader van dit traject.",
         "Choose only key elements of this programme's framework."},
        {"field.capacity", "Vul in hoeveel scholen je kunt begeleiden: een getal van {min} tot {max}.",
         "Enter how many schools you can mentor: a number from {min} to {max}."},
        {"field.school_year", "Vul een schooljaar in zoals 2026-2027.", "Enter a school year like 2026-2027."},
        {"field.audience", "Kies basisonderwijs (primary) of secundair onderwijs (secondary).",
         "Choose primary or secondary education."},
        {"field.framework", "Kies een kader dat op dit platform bestaat.", "Choose a framework that exists on this platform."},
        {"field.max_schools", "Vul een maximum aantal scholen in van {min} tot {max}.",
         "Enter a maximum number of schools from {min} to {max}."},
        {"field.max_schools_below", "Er zijn al {count} scholen aanvaard; het maximum kan niet lager.",
         "{count} schools have already been accepted; the maximum cannot be lower."},
        {"field.boolean", "Kies ja (true) of nee (false).", "Choose yes (true) or no (false)."},
        {"field.phases", "Geef de fasen als een lijst.", "Send the phases as a list."},
        {"field.phase_kind", "Kies een geldige fase: nulmeting, actieplan, lerend netwerk, label, eindmeting of uitreiking.",
         "Choose a valid phase: baseline, action plan, learning network, label, final measurement or award."},
        {"field.phase_duplicate", "Elke fase mag maar één keer voorkomen.", "Each phase may occur only once."},
        {"field.date", "Vul een geldige datum in als JJJJ-MM-DD, bijvoorbeeld 2026-09-01.",
         "Enter a valid date as YYYY-MM-DD, for example 2026-09-01."},
        {"field.phase_order", "De sluitingsdatum mag niet voor de openingsdatum liggen.", "The closing date cannot be before the opening date."},
        {"field.status", "Kies pending, accepted of refused.", "Choose pending, accepted or refused."},
        {"field.kind", "Kies school of mentor.", "Choose school or mentor."},
        // Paging, sorting and search of every paged list (api/paging.h).
        {"field.filter_value", "Kies een van deze waarden: {values}.", "Choose one of these values: {values}."},
        {"field.page", "Geef een paginanummer vanaf 1.", "Give a page number of 1 or more."},
        {"field.id_list", "Geef tot {max} nummers, gescheiden door komma's.", "Give up to {max} numbers, separated by commas."},
        {"field.page_size", "Kies een paginagrootte van {min} tot {max}.", "Choose a page size from {min} to {max}."},
        {"field.sort", "Sorteer op een van deze velden: {fields} (met - ervoor voor aflopend).",
         "Sort by one of these fields: {fields} (with - before it for descending)."},

        // --- team, progress board, import, audit (team_api.cpp, progress_api.cpp, imports_api.cpp, audit_api.cpp) ---
        {"error.last_coordinator",
         "Dit is de laatste coördinator van de school. Nodig eerst een andere coördinator uit voor je deze persoon verwijdert.",
         "This is the school's last coordinator. Invite another coordinator before you remove this person."},
        {"field.team_function", "Kies leiding (leader), leraar (teacher) of ondersteuning (support).",
         "Choose leader, teacher or support."},
        {"field.team_function_role", "Een functie in het team kan alleen bij de rol teamlid.",
         "A team function only goes with the role team member."},
        {"progress.bad_phase", "Kies een fase van dit programma.", "Choose a phase of this programme."},
        {"progress.bad_status", "Kies not_started, in_progress, submitted of overdue.",
         "Choose not_started, in_progress, submitted or overdue."},
        {"progress.sheet", "Voortgang", "Progress"},
        {"progress.column.name", "School", "School"},
        {"progress.column.institution_number", "Instellingsnummer", "Institution number"},
        {"progress.column.province", "Provincie", "Province"},
        {"progress.phase.baseline", "Nulmeting", "Baseline measurement"},
        {"progress.phase.action_plan", "Actieplan", "Action plan"},
        {"progress.phase.learning_network", "Lerend netwerk", "Learning network"},
        {"progress.phase.label", "Label", "Label"},
        {"progress.phase.final", "Eindmeting", "Final measurement"},
        {"progress.phase.award", "Award", "Award"},
        {"progress.status.not_started", "Niet gestart", "Not started"},
        {"progress.status.in_progress", "Bezig", "In progress"},
        {"progress.status.submitted", "Ingediend", "Submitted"},
        {"progress.status.overdue", "Te laat", "Overdue"},
        {"progress.province.antwerpen", "Antwerpen", "Antwerp"},
        {"progress.province.limburg", "Limburg", "Limburg"},
        {"progress.province.oost-vlaanderen", "Oost-Vlaanderen", "East Flanders"},
        {"progress.province.vlaams-brabant", "Vlaams-Brabant", "Flemish Brabant"},
        {"progress.province.west-vlaanderen", "West-Vlaanderen", "West Flanders"},
        {"progress.province.brussel", "Brussel", "Brussels"},
        {"import.bad_mode", "Kies preview, all of valid.", "Choose preview, all or valid."},
        {"import.empty", "Het bestand bevat geen rijen onder de kopregel.", "The file has no rows below the header line."},
        {"import.bad_csv", "Het bestand is geen geldige CSV (regel {line}): controleer de aanhalingstekens.",
         "The file is not valid CSV (line {line}): check the quotes."},
        {"import.missing_column", "Deze kolom ontbreekt in de kopregel.", "This column is missing from the header line."},
        {"import.too_many_rows", "Importeer hoogstens {max} rijen per bestand.", "Import at most {max} rows per file."},
        {"import.file_too_large", "Het bestand is groter dan {limit}: splits het in kleinere bestanden.",
         "The file is larger than {limit}: split it into smaller files."},
        {"import.not_all_valid", "Niet alle rijen zijn geldig; er werd niets geïmporteerd.",
         "Not every row is valid; nothing was imported."},
        {"import.institution_number", "Een instellingsnummer heeft 6 cijfers.", "An institution number has 6 digits."},
        {"import.postcode", "Een postcode heeft 4 cijfers (1000–9999).", "A postcode has 4 digits (1000–9999)."},
        {"import.province", "Kies antwerpen, limburg, oost-vlaanderen, vlaams-brabant, west-vlaanderen of brussel.",
         "Choose antwerpen, limburg, oost-vlaanderen, vlaams-brabant, west-vlaanderen or brussel."},
        {"import.network", "Kies go, ovsg, pov, kov of other.", "Choose go, ovsg, pov, kov or other."},
        {"import.level", "Kies primary of secondary.", "Choose primary or secondary."},
        {"import.pupils", "Vul een aantal leerlingen in van 1 tot 5000.", "Enter a number of pupils from 1 to 5000."},
        {"import.enterprise_number", "Een ondernemingsnummer heeft 10 cijfers, bijvoorbeeld 0123.456.789.",
         "An enterprise number has 10 digits, for example 0123.456.789."},
        {"import.size", "Kies 1-9, 10-49, 50-249 of 250+.", "Choose 1-9, 10-49, 50-249 or 250+."},
        {"import.expertise", "Geef sleutelelementen van het kader, gescheiden door |, bijvoorbeeld E1|E4.",
         "Give key elements of the framework, separated by |, for example E1|E4."},
        {"import.capacity", "Vul een aantal scholen in van 1 tot 20.", "Enter a number of schools from 1 to 20."},
        {"import.duplicate_in_file", "Dit nummer staat al op regel {line} van dit bestand.",
         "This number is already on line {line} of this file."},
        {"import.already_exists", "Er bestaat al een organisatie met dit nummer.", "An organisation with this number already exists."},
        {"import.programme_full", "Het programma is vol: er is plaats voor {max} scholen.",
         "The programme is full: there is room for {max} schools."},
        {"audit.bad_actor", "Kies een gebruiker (een nummer).", "Choose a user (a number)."},

        // Roles (used in e-mails)
        {"role.organiser", "organisator", "organiser"},
        {"role.coordinator", "coördinator", "coordinator"},
        {"role.team_member", "teamlid", "team member"},
        {"role.mentor", "mentor", "mentor"},
        {"role.reviewer", "beoordelaar", "reviewer"},
        {"role.jury", "jurylid", "jury member"},
    };
    return texts;
}

}  // namespace

const std::vector<MessageText>& all_messages() {
    static const std::vector<MessageText> texts = [] {
        std::vector<MessageText> all;
        for (const auto* set : {&base_messages(), &measurement_messages(), &survey_messages(), &results_messages(), &evidence_messages(),
                                 &label_messages(), &askus_messages(), &session_messages(), &group_report_messages(),
                                 &mentoring_messages(), &plan_messages(), &award_messages(), &operator_messages(),
                                 &invitation_messages(), &api_token_messages()})
            all.insert(all.end(), set->begin(), set->end());
        return all;
    }();
    return texts;
}

std::string message(core::Language lang, std::string_view key, const std::map<std::string, std::string>& args) {
    static const auto index = [] {
        std::unordered_map<std::string_view, const MessageText*> m;
        for (const auto& t : all_messages()) m.emplace(t.key, &t);
        return m;
    }();
    auto it = index.find(key);
    if (it == index.end()) return std::string(key);
    std::string text(lang == core::Language::en ? it->second->en : it->second->nl);
    for (const auto& [name, value] : args) {
        const std::string token = "{" + name + "}";
        for (std::size_t pos = 0; (pos = text.find(token, pos)) != std::string::npos; pos += value.size())
            text.replace(pos, token.size(), value);
    }
    return text;
}

}  // namespace sk::api
