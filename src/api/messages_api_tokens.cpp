// API texts of personal API tokens (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& api_token_messages() {
    static const std::vector<MessageText> texts = {
        {"error.api_token_invalid", "Dit API-token is onbekend, ingetrokken of verlopen. Maak een nieuw token aan in je account.",
         "This API token is unknown, revoked or expired. Create a new token in your account."},
        {"error.token_read_only", "Dit API-token mag alleen lezen. Gebruik een token om te lezen en te schrijven om iets te wijzigen.",
         "This API token may only read. Use a read-and-write token to change something."},
        {"error.token_not_allowed", "Dit kan alleen wie in de browser is aangemeld, niet met een API-token.",
         "Only someone signed in in the browser can do this, not with an API token."},
        {"field.token_scope", "Kies wat het token mag: alleen lezen, of lezen en schrijven.", "Choose what the token may do: read only, or read and write."},
        {"field.token_validity", "Kies hoe lang het token geldig blijft: 7, 30, 90 of 365 dagen.",
         "Choose how long the token stays valid: 7, 30, 90 or 365 days."},
    };
    return texts;
}

}  // namespace sk::api
