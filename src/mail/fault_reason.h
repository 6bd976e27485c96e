// What went wrong with a delivery, in one word a person can be told: read from the outbox's last_error
// (the text of a mail::SendError or mail::MessageError), so rows failed before this existed get one too.
// The web app turns the word into a sentence in the reader's language; the technical text stays beside it.
#pragma once

#include <string_view>

namespace sk::mail {

// "refused"     the mail server refused this message for good (5xx: no such mailbox, spam)
// "busy"        the mail server asked to try later (4xx: mailbox full or busy)
// "unreachable" no mail server answered at the configured address
// "timeout"     the mail server stopped answering
// "dropped"     the connection broke off during the delivery
// "certificate" the mail server's TLS certificate is not trusted, or TLS failed
// "setup"       the mail server refuses the platform itself: its sign-in or its sender address (for the
//               operator to fix; every message fails alike until then)
// "address"     the recipient's address cannot be used
// "other"       anything else (the technical text says more)
std::string_view fault_reason(std::string_view last_error);

}  // namespace sk::mail
