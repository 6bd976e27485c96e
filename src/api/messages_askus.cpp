// API texts of "Ask us" (nl, en). See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& askus_messages() {
    static const std::vector<MessageText> texts = {
        {"error.question_answered", "Deze vraag is al beantwoord; het antwoord kan niet meer veranderen.",
         "This question has already been answered; the answer can no longer change."},
        {"field.question_topic", "Kies een onderwerp uit de lijst.", "Choose a topic from the list."},
        {"field.question_short", "Beschrijf je vraag in minstens {min} tekens.", "Describe your question in at least {min} characters."},
        {"field.question_consent", "We kunnen je vraag pas beantwoorden als je akkoord gaat dat we je gegevens daarvoor bewaren.",
         "We can only answer your question if you agree that we keep your details to do so."},
        {"field.question_programme", "Deze vraag hoort bij een traject dat niet (meer) bestaat. Stel ze op de algemene pagina.",
         "This question belongs to a programme that does not exist (any more). Ask it on the general page."},
        {"field.question_status", "Kies een status: new, taken, answered, forwarded of open.",
         "Choose a status: new, taken, answered, forwarded or open."},
    };
    return texts;
}

}  // namespace sk::api
