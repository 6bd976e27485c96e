// Phase-closing reminders: 7 days and 1 day before a phase closes (Europe/Brussels calendar days, a
// school's own extension included), every coordinator of each participating school that has not
// submitted the phase gets an e-mail. A 7-day reminder missed on its day (the job did not run) goes late,
// up to 2 days before closing, saying how many days are really left. Each (programme, school, phase, 7|1) goes once: the row in
// `phase_reminders` is inserted with ON CONFLICT DO NOTHING and the mails are queued only when that
// insert took effect, in the same transaction — so restarts and several processes never send twice.
//
// Nothing is submitted yet (phase data arrives with later issues), so every participating school is
// reminded; `school_submitted` in phase_reminders.cpp is where that fact plugs in.
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace sk::jobs {

// Queues the reminders due at unix time `now`; returns how many reminders (school × phase) it queued.
// Links point to `base_url`.
int queue_phase_reminders(store::Db& db, std::int64_t now, const std::string& base_url);

}  // namespace sk::jobs
