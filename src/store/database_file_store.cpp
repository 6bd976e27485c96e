// The database store: file bytes in stored_files / stored_file_chunks (migration 023), shared by every
// server process on the database.
//
// Removal across processes. A file may be removed only when no committed row names it, and a row must not
// be committed naming a removed file. Both sides lock the file's stored_files row, so the database orders
// them whatever process they run in:
//   * a writer (add, pin) takes a KEY SHARE lock on the row inside the transaction that commits its row
//     (or inserts the stored_files row itself, which is as good: nobody else sees it before the commit);
//   * the remover takes FOR UPDATE, which waits for every such writer to end, and only then asks whether a
//     row names the file: a new statement, so under READ COMMITTED it sees what they committed.
// A writer that comes after the remover waits for it in turn, finds the row gone and stores the file
// again. SQLite needs none of this: its write transactions (BEGIN IMMEDIATE) run one at a time.
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <filesystem>
#include <random>

#include "core/hex.h"
#include "store/evidence.h"
#include "store/evidence_files.h"
#include "store/file_store.h"
#include "store/storage_full.h"

namespace sk::store {

namespace {

namespace fs = std::filesystem;

// Big enough that a 20 MiB upload is 20 rows, small enough that a download holds little at a time.
constexpr std::size_t kChunk = 1 << 20;

std::string from_hex(const std::string& hex) {
    auto bytes = core::hex_decode(hex);
    if (!bytes) throw DbError(DbError::Kind::other, "stored file chunk is not hex");
    return std::move(*bytes);
}

class DatabaseFileStore final : public FileStore {
public:
    explicit DatabaseFileStore(std::string cache) : cache_(std::move(cache)) {}

    FileStoreKind kind() const override { return FileStoreKind::database; }

    std::string add(Db& db, std::string_view bytes, const std::function<void(const std::string&)>& record) override {
        const auto sha = sha256_hex(bytes);
        Transaction tx(db);
        store_once(db, sha, bytes);
        record(sha);
        tx.commit();
        return sha;
    }

    std::shared_lock<std::shared_mutex> pin_guard() override { return {}; }  // the row lock in pin() does it

    bool pin(Db& db, const std::string& sha256) override { return lock_shared(db, sha256); }

    std::optional<std::string> local_path(Db& db, const std::string& sha256) override {
        const auto path = evidence_file_path(cache_, sha256);  // checks the hash's form
        std::error_code ec;
        if (fs::is_regular_file(path, ec)) return path;  // same name, same bytes: a copy never goes stale
        if (db.exec("SELECT 1 FROM stored_files WHERE sha256 = $1", {sha256}).empty()) return std::nullopt;

        const auto folder = fs::path(path).parent_path().string();
        if (!fs::create_directories(folder, ec) && ec) throw_file_error("cannot create", folder, ec.value());
        std::string tmp = path + ".tmp-";
        {
            std::random_device rd;
            tmp += std::to_string(rd()) + std::to_string(rd());
        }
        const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) throw_file_error("cannot create", tmp, errno);
        bool whole = false;
        try {
            whole = stream(db, sha256, [&](std::string_view piece) {
                for (std::size_t done = 0; done < piece.size();) {
                    const auto n = ::write(fd, piece.data() + done, piece.size() - done);
                    if (n < 0 && errno == EINTR) continue;
                    if (n <= 0) throw_file_error("cannot write", tmp, n == 0 ? ENOSPC : errno);
                    done += static_cast<std::size_t>(n);
                }
            });
        } catch (...) {
            ::close(fd);
            ::unlink(tmp.c_str());
            throw;
        }
        if (::close(fd) != 0) {
            const int err = errno;
            ::unlink(tmp.c_str());
            throw_file_error("cannot close", tmp, err);
        }
        if (!whole) {  // removed meanwhile by another process
            ::unlink(tmp.c_str());
            return std::nullopt;
        }
        if (::rename(tmp.c_str(), path.c_str()) != 0) {
            const int err = errno;
            ::unlink(tmp.c_str());
            throw_file_error("cannot rename", tmp, err);
        }
        return path;
    }

    std::optional<std::string> read(Db& db, const std::string& sha256) override {
        evidence_file_path(cache_, sha256);  // checks the hash's form
        std::string bytes;
        if (!stream(db, sha256, [&](std::string_view piece) { bytes.append(piece); })) return std::nullopt;
        return bytes;
    }

    bool remove_unused(Db& db, const std::string& sha256) override {
        bool removed = false;
        {
            Transaction tx(db);
            const bool pg = db.dialect() == Dialect::postgres;
            if (!db.exec(pg ? "SELECT 1 FROM stored_files WHERE sha256 = $1 FOR UPDATE" : "SELECT 1 FROM stored_files WHERE sha256 = $1",
                         {sha256})
                     .empty() &&
                !file_hash_in_use(db, sha256)) {
                db.exec("DELETE FROM stored_file_chunks WHERE sha256 = $1", {sha256});
                db.exec("DELETE FROM stored_files WHERE sha256 = $1", {sha256});
                removed = true;
            }
            tx.commit();
        }
        if (removed) {
            std::error_code ec;
            fs::remove(evidence_file_path(cache_, sha256), ec);
        }
        return removed;
    }

    std::vector<std::string> hashes(Db& db) override {
        std::vector<std::string> out;
        for (const auto& r : db.exec("SELECT sha256 FROM stored_files ORDER BY sha256", {}).rows) out.push_back(r.str(0));
        return out;
    }

private:
    // Hands the stored bytes to `sink` one chunk at a time, checking them against their hash: false when the
    // file is not stored (or was removed while being read); std::runtime_error when the bytes do not match.
    static bool stream(Db& db, const std::string& sha256, const std::function<void(std::string_view)>& sink) {
        const auto file = db.exec("SELECT size, chunks FROM stored_files WHERE sha256 = $1", {sha256});
        if (file.empty()) return false;
        const auto size = file.one().i64(0);
        const auto chunks = file.one().i64(1);
        crypto_hash_sha256_state state;
        crypto_hash_sha256_init(&state);
        std::int64_t read = 0;
        const bool pg = db.dialect() == Dialect::postgres;
        for (std::int64_t seq = 0; seq < chunks; ++seq) {
            const auto r = db.exec(pg ? "SELECT encode(bytes, 'hex') FROM stored_file_chunks WHERE sha256 = $1 AND seq = $2"
                                      : "SELECT bytes FROM stored_file_chunks WHERE sha256 = $1 AND seq = $2",
                                   {sha256, seq});
            if (r.empty()) return false;
            const std::string piece = pg ? from_hex(r.one().str(0)) : r.one().str(0);
            crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(piece.data()), piece.size());
            sink(piece);
            read += static_cast<std::int64_t>(piece.size());
        }
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&state, digest);
        if (read != size || core::hex_encode(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest)) != sha256)
            throw std::runtime_error("stored file " + sha256 + " does not match its hash (" + std::to_string(read) + " of " +
                                     std::to_string(size) + " bytes)");
        return true;
    }

    // Whether the file is stored, locking its row against removal until the transaction ends.
    static bool lock_shared(Db& db, const std::string& sha256) {
        return !db.exec(db.dialect() == Dialect::postgres ? "SELECT 1 FROM stored_files WHERE sha256 = $1 FOR KEY SHARE"
                                                          : "SELECT 1 FROM stored_files WHERE sha256 = $1",
                        {sha256})
                    .empty();
    }

    // Inside the caller's transaction: the file is stored (and locked) when it returns.
    static void store_once(Db& db, const std::string& sha256, std::string_view bytes) {
        const bool pg = db.dialect() == Dialect::postgres;
        const std::int64_t chunks = static_cast<std::int64_t>((bytes.size() + kChunk - 1) / kChunk);
        // Two rounds at most: a concurrent writer of the same bytes commits (we then lock theirs), or a
        // concurrent remover deletes (we then insert ours).
        for (int round = 0; round < 3; ++round) {
            if (lock_shared(db, sha256)) return;
            const auto inserted = db.exec(
                "INSERT INTO stored_files (sha256, size, chunks, stored_at) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING",
                {sha256, static_cast<std::int64_t>(bytes.size()), chunks, static_cast<std::int64_t>(std::time(nullptr))});
            if (inserted.affected == 0) continue;
            for (std::int64_t seq = 0; seq < chunks; ++seq) {
                const auto piece = bytes.substr(static_cast<std::size_t>(seq) * kChunk, kChunk);
                // PostgreSQL takes text parameters as C strings, so the bytes travel as hex; SQLite binds
                // them as they are and stores them as a BLOB.
                if (pg) {
                    db.exec("INSERT INTO stored_file_chunks (sha256, seq, bytes) VALUES ($1, $2, decode($3, 'hex'))", {sha256, seq, core::hex_encode(piece)});
                } else {
                    db.exec("INSERT INTO stored_file_chunks (sha256, seq, bytes) VALUES ($1, $2, CAST($3 AS BLOB))", {sha256, seq, std::string(piece)});
                }
            }
            return;
        }
        throw DbError(DbError::Kind::busy, "stored file " + sha256 + " keeps changing under concurrent writers");
    }

    std::string cache_;
};

}  // namespace

std::unique_ptr<FileStore> make_database_file_store(std::string cache) { return std::make_unique<DatabaseFileStore>(std::move(cache)); }

}  // namespace sk::store
