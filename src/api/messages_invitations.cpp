// API texts of invitations (nl, en): inviting, and answering an invitation. See message_sets.h.
#include "api/message_sets.h"

namespace sk::api {

const std::vector<MessageText>& invitation_messages() {
    static const std::vector<MessageText> texts = {
        {"error.already_member", "Dit e-mailadres heeft deze rol al in deze organisatie.",
         "This e-mail address already has this role in this organisation."},
        {"error.already_invited", "Dit e-mailadres heeft al een openstaande uitnodiging voor deze rol.",
         "This e-mail address already has an open invitation for this role."},
        {"field.already_invited",
         "Dit e-mailadres heeft al een openstaande uitnodiging voor deze rol. Stuur die opnieuw als ze niet is aangekomen.",
         "This e-mail address already has an open invitation for this role. Resend it if it did not arrive."},
        {"error.invitation_expired", "Deze uitnodiging is verlopen. Vraag wie je uitnodigde om ze opnieuw te sturen.",
         "This invitation has expired. Ask the person who invited you to send it again."},
        {"error.invitation_revoked", "Deze uitnodiging is ingetrokken.", "This invitation has been withdrawn."},
        {"error.invitation_answered", "Deze uitnodiging is al beantwoord.", "This invitation has already been answered."},
    };
    return texts;
}

}  // namespace sk::api
