// Where the bytes of uploaded files live: evidence files, session attachments and resource files, all
// content-addressed by SHA-256 and named by rows (evidence, label_application_files, session_attachments,
// resources). Two stores behind one interface (docs/architecture.md, "Files"):
//
//   folder    <data dir>/evidence/<aa>/<sha256> (store/evidence_files.h). One machine; the default on SQLite.
//   database  the stored_files and stored_file_chunks tables (migration 023), so every server process on
//             one PostgreSQL sees the same files; the default on PostgreSQL. Downloads are sent from a
//             local copy each process makes on first use (<data dir>/file-cache), written one chunk at a
//             time and checked against the hash, so no request holds a whole file in memory.
//
// Both keep the same rules: identical bytes are stored once, a file is removed only when no committed row
// names it, and a row is never committed naming a file that is not stored.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "store/db.h"

namespace sk::store {

enum class FileStoreKind { folder, database };

// "folder" / "database"; nullopt for anything else.
std::optional<FileStoreKind> parse_file_store_kind(std::string_view name);
const char* file_store_kind_name(FileStoreKind kind);
// The default for a database URL: the database store on PostgreSQL, the folder on SQLite.
FileStoreKind default_file_store_kind(std::string_view db_url);

class FileStore {
public:
    virtual ~FileStore() = default;
    virtual FileStoreKind kind() const = 0;

    // Stores `bytes` and runs `record(sha256)` in a transaction on `db` that it commits: either the file
    // is stored and the rows `record` wrote name it, or (on any exception, rethrown) neither. Full disks
    // throw StorageFull (files) or DbError disk_full. Returns the hash.
    virtual std::string add(Db& db, std::string_view bytes, const std::function<void(const std::string& sha256)>& record) = 0;

    // For a transaction that names files already stored in new rows (a label snapshot): hold the guard
    // from before the rows are read until the commit, and pin each file inside the transaction. A pinned
    // file cannot be removed before the transaction ends. False when the file is no longer stored.
    virtual std::shared_lock<std::shared_mutex> pin_guard() = 0;
    virtual bool pin(Db& db, const std::string& sha256) = 0;

    // A local file holding the bytes, for the server to send (http::FileBody); nullopt when the store has
    // no such file. Throws std::runtime_error when the stored bytes do not match their hash.
    virtual std::optional<std::string> local_path(Db& db, const std::string& sha256) = 0;

    // The bytes, whole, without a local copy (checked against the hash like one); nullopt when not stored. For
    // `copy`, start-up and a download whose local copy cannot be written (a full local disk).
    virtual std::optional<std::string> read(Db& db, const std::string& sha256) = 0;

    // Call after the transaction that removed a row naming the file has committed: deletes the bytes
    // unless a committed row (of any process) still names them. Returns whether they were deleted.
    virtual bool remove_unused(Db& db, const std::string& sha256) = 0;

    // Every stored hash, in order (backup, copy, tests).
    virtual std::vector<std::string> hashes(Db& db) = 0;
};

// `folder`: the evidence folder (<data dir>/evidence).
std::unique_ptr<FileStore> make_folder_file_store(std::string folder);
// `cache`: the folder for local copies (<data dir>/file-cache), created on first use.
std::unique_ptr<FileStore> make_database_file_store(std::string cache);

// The bytes of a stored file (whole, in memory); nullopt when missing. The same as store.read().
std::optional<std::string> read_stored_file(FileStore& store, Db& db, const std::string& sha256);

// Moves files into `to` that rows on `db` name and `to` lacks, taking them from `from` (the other kind,
// e.g. the folder an installation used before it moved to the database store). Each file is checked
// against its hash before it is stored. Returns the number moved; hashes found in neither are listed in
// `missing` when given.
int adopt_files(Db& db, FileStore& from, FileStore& to, std::vector<std::string>* missing = nullptr);

// Deletes the local copies (database store's cache) of files no longer stored: other processes' removals.
int prune_file_cache(Db& db, const std::string& cache);

}  // namespace sk::store
