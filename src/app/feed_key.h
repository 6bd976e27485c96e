// The key of private calendar feed tokens (api/ical_api.cpp): 32 random bytes in a file beside the
// database, created on first start, so a copy of the database alone cannot forge feed URLs. The file is
// created owner-only (mode 0600 on open, not a chmod afterwards), so no other user can ever read it.
#pragma once

#include <string>

namespace sk::app {

// The key in `path`, made there first when it is missing or damaged. Processes (or threads) that start
// at once on one data folder all get the same key.
std::string load_or_create_feed_key(const std::string& path);

}  // namespace sk::app
