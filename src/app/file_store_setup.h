// Which file store an installation uses (store/file_store.h) and what a server does with it at start.
#pragma once

#include <memory>
#include <string>

#include "store/db.h"
#include "store/file_store.h"

namespace sk::app {

// The kind named by `name` ("folder", "database"), or the default for `db_url` when `name` is empty.
// Throws std::invalid_argument for another name.
store::FileStoreKind file_store_kind(const std::string& name, const std::string& db_url);

// The store of that kind over `data_dir`: the folder store in <data dir>/evidence, the database store
// with its local copies in <data dir>/file-cache.
std::shared_ptr<store::FileStore> make_file_store(store::FileStoreKind kind, const std::string& data_dir);

// For `serve`: the store, after a database store has taken in the files of <data dir>/evidence that rows
// name and it lacks (an installation that used the folder before; run by every process, so each adds
// what its own folder has), and dropped local copies of files other processes removed.
std::shared_ptr<store::FileStore> open_file_store(store::Db& db, const std::string& kind_name, const std::string& db_url,
                                                  const std::string& data_dir);

// For `copy`, after the rows: puts the files the copied rows name into the target's store of `kind`,
// from the source's data folder (<from_data_dir>/evidence) and from the copied stored_files rows, checking
// each against its hash. With the folder store as target, the files are then written to
// <to_data_dir>/evidence and their rows leave the target database. Returns the number moved; `missing`
// gets the hashes found nowhere.
int move_files_after_copy(store::Db& target, store::FileStoreKind kind, const std::string& from_data_dir, const std::string& to_data_dir,
                          std::vector<std::string>& missing);

}  // namespace sk::app
