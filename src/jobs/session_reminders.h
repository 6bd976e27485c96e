// Session reminders: two days before a planned session starts, every participant holding a place
// (registered, not waitlisted) gets an e-mail, once. "Two days before" = the session starts within the
// next 48 hours (so a run that comes late, or a registration made later, still reminds before the start).
// Idempotent: the row in `session_reminders_sent` is inserted with ON CONFLICT DO NOTHING and the mail is
// queued only when that insert took effect, in the same transaction — restarts and several processes never
// send twice. Started by jobs/maintenance.cpp with the phase reminders.
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace sk::jobs {

inline constexpr std::int64_t kSessionReminderLead = 2 * 86400;

// Queues the reminders due at unix time `now`; returns how many it queued. Links point to `base_url`.
int queue_session_reminders(store::Db& db, std::int64_t now, const std::string& base_url);

}  // namespace sk::jobs
