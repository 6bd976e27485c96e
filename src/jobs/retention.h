// How long the platform keeps what it no longer needs (issue 20, point 4; docs/privacy.md, "How long").
// The periods are the operator's to set (serve --keep-…-days); the maintenance loop applies them once a
// day, and `apply_retention` is the whole job for tests and one-off use. Expired sessions, used or
// expired one-time links and survey tokens are swept by jobs/maintenance.h more often.
#pragma once

#include <cstdint>

#include "store/db.h"

namespace sk::jobs {

struct Retention {
    int refused_registrations_days = 180;  // a refused school or company may ask why for half a year
    int sent_mail_days = 90;               // sent and failed mail, for "did you get the mail?" questions and "try again"
    int security_events_days = 730;        // the security log (and the uses of API tokens): two school years
};

struct RetentionResult {
    std::int64_t refused_registrations = 0;
    std::int64_t sent_mail = 0;
    std::int64_t security_events = 0;
    std::int64_t token_uses = 0;            // requests made with API tokens: kept as long as the security log
    std::int64_t closed_survey_tokens = 0;  // a closed survey's tokens can no longer be used
};

RetentionResult apply_retention(store::Db& db, std::int64_t now, const Retention& keep);

}  // namespace sk::jobs
