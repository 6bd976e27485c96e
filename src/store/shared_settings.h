// Secrets and settings that every server process on one database must share (migration 023): a value
// is made once, by whichever process asks first, and every process reads the same one after.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "store/db.h"

namespace sk::store {

// The value stored under `name`; when there is none yet, `make()` is stored (unless a concurrent process
// stored its own first) and the stored value is returned either way.
std::string shared_setting(Db& db, const std::string& name, const std::function<std::string()>& make, std::int64_t now);

}  // namespace sk::store
