#include "jobs/retention.h"

#include "store/batched_delete.h"

namespace sk::jobs {

namespace {
constexpr std::int64_t kDay = 24 * 3600;
}  // namespace

RetentionResult apply_retention(store::Db& db, std::int64_t now, const Retention& keep) {
    RetentionResult r;
    r.refused_registrations = store::delete_in_batches(db, "registrations", "id", "status = 'refused' AND decided_at <= $1",
                                                       {now - keep.refused_registrations_days * kDay});
    // Failed mail is done too: the organisers had the period to try it again.
    r.sent_mail = store::delete_in_batches(db, "outbox", "id", "(sent_at IS NOT NULL AND sent_at <= $1) OR (failed_at IS NOT NULL AND failed_at <= $1)",
                                           {now - keep.sent_mail_days * kDay});
    r.security_events = store::delete_in_batches(db, "audit_log", "id", "action LIKE 'security.%' AND created_at <= $1",
                                                 {now - keep.security_events_days * kDay});
    r.token_uses = store::delete_in_batches(db, "api_token_uses", "id", "used_at <= $1", {now - keep.security_events_days * kDay});
    r.closed_survey_tokens = store::delete_in_batches(db, "survey_tokens", "token_hash",
                                                      "survey_id IN (SELECT id FROM surveys WHERE status = 'closed')", {});
    return r;
}

}  // namespace sk::jobs
