// Whether a user is a mentor of a company with a CONFIRMED mentor match to a school in a programme: the
// mentor's standing towards that school's action plan (and, in the mentoring area, its results and
// meetings). Reads `mentor_matches` (012_mentoring.sql).
#pragma once

#include <cstdint>

#include "store/db.h"

namespace sk::store {

bool is_confirmed_mentor(Db& db, std::int64_t user_id, std::int64_t programme_id, std::int64_t school_org_id);

}  // namespace sk::store
