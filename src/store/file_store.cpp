#include "store/file_store.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "store/evidence.h"
#include "store/evidence_files.h"

namespace sk::store {

namespace fs = std::filesystem;

std::optional<FileStoreKind> parse_file_store_kind(std::string_view name) {
    if (name == "folder") return FileStoreKind::folder;
    if (name == "database") return FileStoreKind::database;
    return std::nullopt;
}

const char* file_store_kind_name(FileStoreKind kind) { return kind == FileStoreKind::folder ? "folder" : "database"; }

FileStoreKind default_file_store_kind(std::string_view db_url) {
    return db_url.starts_with("postgres://") || db_url.starts_with("postgresql://") ? FileStoreKind::database : FileStoreKind::folder;
}


std::optional<std::string> read_stored_file(FileStore& store, Db& db, const std::string& sha256) { return store.read(db, sha256); }

int adopt_files(Db& db, FileStore& from, FileStore& to, std::vector<std::string>* missing) {
    const auto have_list = to.hashes(db);
    const std::set<std::string> have(have_list.begin(), have_list.end());
    int moved = 0;
    for (const auto& sha : named_file_hashes(db)) {
        if (have.contains(sha)) continue;
        // One file in memory at a time (at most the 20 MiB upload limit): this runs at start-up and in
        // `copy`, never per request.
        const auto bytes = read_stored_file(from, db, sha);
        if (!bytes || sha256_hex(*bytes) != sha) {
            if (bytes) spdlog::error("file {} does not match its hash in the {} store; not moved", sha, file_store_kind_name(from.kind()));
            if (missing) missing->push_back(sha);
            continue;
        }
        to.add(db, *bytes, [](const std::string&) {});
        ++moved;
    }
    return moved;
}

int prune_file_cache(Db& db, const std::string& cache) {
    std::error_code ec;
    if (!fs::is_directory(cache, ec)) return 0;
    // One query for all (64 bytes a file: 6 MB for 100,000 files) rather than one per local copy.
    std::set<std::string> stored_hashes;
    for (const auto& r : db.exec("SELECT sha256 FROM stored_files", {}).rows) stored_hashes.insert(r.str(0));
    int removed = 0;
    for (const auto& entry : fs::recursive_directory_iterator(cache, ec)) {
        if (!entry.is_regular_file(ec)) continue;
        // A name that is no hash is a copy some crash left half-written.
        const bool stored = stored_hashes.contains(entry.path().filename().string());
        if (!stored && fs::remove(entry.path(), ec)) ++removed;
    }
    return removed;
}

}  // namespace sk::store
