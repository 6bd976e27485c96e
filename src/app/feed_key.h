// The key of private calendar feed tokens (api/ical_api.cpp): 32 random bytes kept in the database
// (shared_settings, migration 023), so every server process on one database gives and accepts the same
// feed URLs. Made once, by the first process that needs it.
//
// Before issue 22 the key was a file beside the database (<data dir>/feed.key), so that a copy of the
// database alone could not forge feed URLs. That bought little: a feed shows a school's session dates and
// titles, which the same copy holds in plain rows. An installation upgrading keeps its old key (and so the
// calendar subscriptions people already have): the file's key is what goes into the database.
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace sk::app {

// The installation's key; made (from `legacy_path` when that holds a whole key, else at random) when the
// database has none yet. Processes starting at once all get the same key.
std::string load_feed_key(store::Db& db, const std::string& legacy_path, std::int64_t now);

}  // namespace sk::app
