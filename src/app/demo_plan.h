// Demo data for the action plan: Demoschool Ter Duinen (the demo school with a submitted baseline) gets a
// small plan with two goals and a few actions, so `make run` shows progress bars, an overdue badge and
// the exports without typing first. Sint-Lucas stays without a plan: the browser tests start it fresh.
#pragma once

#include <cstdint>

#include "store/db.h"

namespace sk::app {

// Idempotent: does nothing when the school's plan already has goals. Call inside the demo transaction.
void load_demo_plan(store::Db& db, std::int64_t programme_id, std::int64_t school_id, std::int64_t coordinator_id, std::int64_t now);

}  // namespace sk::app
