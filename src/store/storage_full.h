// "The disk is full" as one signal, whichever writer met it. The data folder (evidence files, exports on
// their way out) and a SQLite database share one filesystem, so a full disk shows up in several places;
// each turns it into StorageFull (files) or DbError::Kind::disk_full (the database), and the pipeline
// answers both with 507 storage_full instead of a 500 (docs/operations.md, "When the disk fills").
#pragma once

#include <stdexcept>
#include <string>

namespace sk::store {

// A file write refused for lack of space. Whoever throws it has removed what it had written.
class StorageFull : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// ENOSPC (no space left), EDQUOT (the quota of the server's user) and EFBIG (a file size limit such as
// systemd's LimitFSIZE=): the write can work again once the operator makes room, unlike a broken disk.
bool is_storage_full_errno(int err);

// Throws StorageFull when `err` is one of the above, std::runtime_error otherwise; the message names
// `what`, `path` and the system's reason for the operator's log.
[[noreturn]] void throw_file_error(const std::string& what, const std::string& path, int err);

}  // namespace sk::store
