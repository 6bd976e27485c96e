// Demo data of mentoring: the demo company (mentor@) is the confirmed mentor of the demo school with
// results (Demoschool Ter Duinen), so `make run` shows the mentor's schools, the school's mentor and the
// meeting log at once. Never Sint-Lucas: the browser tests match that school themselves.
#pragma once

#include <cstdint>

#include "store/db.h"

namespace sk::app {

// Idempotent: does nothing when the school already has a pair in the programme. Call inside the demo
// transaction, after both organisations take part and have a profile.
void load_demo_mentoring(store::Db& db, std::int64_t programme_id, std::int64_t school_id, std::int64_t company_id, std::int64_t now);

}  // namespace sk::app
