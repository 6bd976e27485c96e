// The bytes of evidence files, in a content-addressed folder: <dir>/<first two hex digits>/<sha256>.
// Identical uploads share one file; a file is written to a temporary name in its final folder, fsynced
// and renamed (then the folder fsynced), so a crash leaves either no file or the whole file, never a
// torn one under the real name. Rows in the database (store/evidence.h, label_application_files) name
// files by hash; a file is removed only when none does (see remove_unused_file).
#pragma once

#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>

#include "store/db.h"

namespace sk::store {

// Hex SHA-256 of `bytes` (64 lower-case characters).
std::string sha256_hex(std::string_view bytes);
// The path of a stored file (it may not exist). `sha256` must be 64 hex digits.
std::string evidence_file_path(const std::string& dir, const std::string& sha256);

// Writes `bytes` unless a file with its hash exists; returns the hash. When the disk refuses it throws
// StorageFull (store/storage_full.h) for a full disk, std::runtime_error otherwise, and leaves no
// temporary file behind.
std::string put_evidence_file(const std::string& dir, std::string_view bytes);
// The stored bytes; nullopt when the file is missing.
std::optional<std::string> read_evidence_file(const std::string& dir, const std::string& sha256);

// A file named by a row that is not committed yet must not be collected by a concurrent removal that
// sees no row naming it. Writers hold this shared guard until their row is committed (or rolled back):
// an upload from put_evidence_file on, a label application from reading the evidence rows it pins (in
// label_application_files) on. remove_unused_file takes it exclusively around "is it named?" + unlink.
std::shared_lock<std::shared_mutex> evidence_write_guard();
// Deletes the stored file unless a row (committed, on `db`) still names it. Call after the transaction
// that removed a row has committed. Returns whether a file was removed.
bool remove_unused_file(Db& db, const std::string& dir, const std::string& sha256);

}  // namespace sk::store
