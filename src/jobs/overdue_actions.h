// Overdue action-plan actions: an action with an owner, a due date before today (Europe/Brussels) and a
// status other than done gets ONE mail to its owner, in the owner's language, with a link to the plan.
// Once per action: `action_items.overdue_notified_at` is stamped with a conditional UPDATE and the mail is
// queued only when that update took effect, in the same transaction — restarts and several processes
// never send twice. Changing the due date clears the stamp (api/action_plan_api.cpp), so a new due date
// can be mailed about again. Runs in the maintenance loop (jobs/maintenance.h) with the phase reminders.
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace sk::jobs {

// Queues the overdue mails due at unix time `now`; returns how many it queued. Links point to `base_url`.
int queue_overdue_actions(store::Db& db, std::int64_t now, const std::string& base_url);

}  // namespace sk::jobs
