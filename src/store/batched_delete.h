// Deleting many rows without holding the writer for long: see jobs/batches.h for why jobs write in
// bounded batches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

// DELETE FROM `table` WHERE `condition`, at most `batch` rows per statement (each its own transaction
// unless the caller opened one), chosen by the unique column `key`. Returns the rows deleted.
std::int64_t delete_in_batches(Db& db, const std::string& table, const std::string& key, const std::string& condition,
                               const std::vector<Value>& params, std::size_t batch = 200);

}  // namespace sk::store
