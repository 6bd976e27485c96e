#include "api/messages.h"

#include <unordered_map>

namespace sk::api {

const std::vector<MessageText>& all_messages() {
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

        // --- team, progress board, import, audit (team_api.cpp, progress_api.cpp, imports_api.cpp, audit_api.cpp) ---

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
