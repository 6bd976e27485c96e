// Removing a school that leaves, with all its data (issue 20, point 3; docs/privacy.md, "A school that
// leaves"): its measurements, survey responses, evidence, action plan, meetings, label applications,
// award candidacies, team roles and invitations, registrations and profile. The database cascades from
// the organisation row; the rows that name it without a cascade (its registrations) go first. The files
// its evidence and label applications named are returned, for remove_unused_file once committed: a file
// another school uploaded too stays (store/evidence_files.h). The accounts of its team stay (they may
// belong elsewhere); each person can ask to be erased.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

// The last day of a programme for one school: its latest phase closing, an extension included; empty
// when the programme has no phases.
std::optional<std::string> programme_last_day(Db& db, std::int64_t programme_id, std::int64_t school_id);

// Inside the caller's transaction; nullopt when there is no such school. Returns the hashes of the files
// it named.
std::optional<std::vector<std::string>> remove_school(Db& db, std::int64_t school_id);

}  // namespace sk::store
