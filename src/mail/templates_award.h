// Mails of the award (nl and en): a juror's invitation and the announced result to a candidate school.
#pragma once

#include <string>

#include "core/language.h"
#include "mail/outbox.h"

namespace sk::mail {

// An invitation into the jury of `programme`'s award round. `link`: for an account without a password the
// set-password link (valid 7 days, `sets_password`; choosing the password accepts), else the page where
// the person signs in and accepts (/invitations).
Email award_juror_invited_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                                const std::string& link, bool sets_password);
// To a coordinator of a candidate `school`: the winners of `programme`'s award are announced; `won` says whether
// the school is one of them. Details at `link`.
Email award_result_email(core::Language lang, const std::string& to, const std::string& name, const std::string& programme,
                         const std::string& school, bool won, const std::string& link);

}  // namespace sk::mail
