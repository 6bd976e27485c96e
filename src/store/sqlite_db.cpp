// SQLite backend: one connection, WAL, foreign keys on, busy timeout. `$n` placeholders are bound by
// name, which SQLite accepts as-is. Writers of this process take turns (store/sqlite_writer_turns.h).
#include <sqlite3.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text_fold.h"
#include "store/db.h"
#include "store/sqlite_writer_turns.h"
#include "store/storage_full.h"

namespace sk::store {
namespace {

// The errno of a failed I/O error: SQLite keeps it only on some paths (sqlite3_system_errno is 0 after a
// failed WAL write), but its own write is the last system call that failed, so `errno_now` (read right
// after the call returned) still holds it.
int io_errno(sqlite3* h, int rc, int errno_now) {
    if ((rc & 0xFF) != SQLITE_IOERR) return 0;
    return sqlite3_system_errno(h) != 0 ? sqlite3_system_errno(h) : errno_now;
}

DbError::Kind sqlite_kind(sqlite3* h, int rc, int err) {
    const int ext = sqlite3_extended_errcode(h);
    if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY) return DbError::Kind::unique_violation;
    if (ext == SQLITE_CONSTRAINT_FOREIGNKEY) return DbError::Kind::foreign_key_violation;
    if (ext == SQLITE_CONSTRAINT_CHECK) return DbError::Kind::check_violation;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) return DbError::Kind::busy;
    // SQLite says SQLITE_FULL for ENOSPC itself, but a quota or a file size limit arrives as an I/O error.
    if (rc == SQLITE_FULL || is_storage_full_errno(err)) return DbError::Kind::disk_full;
    return DbError::Kind::other;
}

// Call right after the failed call, before anything else can change errno. SQLite's "disk I/O error"
// alone does not tell the operator which; the system's reason does.
DbError sqlite_error(sqlite3* h, int rc, const char* text = nullptr) {
    const int err = io_errno(h, rc, errno);
    std::string msg = std::string("sqlite: ") + (text ? text : sqlite3_errmsg(h));
    if (err != 0) msg += std::string(" (") + std::strerror(err) + ")";
    return DbError(sqlite_kind(h, rc, err), msg);
}

// sk_fold(text): lower case without accents (core::fold_search), the search function of the paged lists;
// PostgreSQL has it from migration 019. NULL stays NULL.
void sqlite_sk_fold(sqlite3_context* ctx, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(ctx);
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const auto folded = core::fold_search(std::string_view(text ? text : "", static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
    sqlite3_result_text(ctx, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

// SQLite counts every allocation under one process-wide mutex (SQLITE_CONFIG_MEMSTATUS, on by default), so the
// request threads, each on its own connection, queued on it (futex calls) for statistics nothing reads: it was
// ~3% of a GET /api/me (bench/README.md). Must be set before SQLite initialises, hence before the first open.
void configure_sqlite_once() {
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);  // SQLITE_MISUSE when SQLite is already initialised: harmless
        return true;
    }();
    (void)configured;
}

class SqliteDb final : public Db {
public:
    SqliteDb(const std::string& path, bool read_only) {
        configure_sqlite_once();
        const int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
        if (int rc = sqlite3_open_v2(path.c_str(), &h_, flags, nullptr); rc != SQLITE_OK) {
            std::string msg = h_ ? sqlite3_errmsg(h_) : "out of memory";
            sqlite3_close(h_);
            h_ = nullptr;
            throw DbError(DbError::Kind::other, "cannot open SQLite database " + path + ": " + msg);
        }
        sqlite3_busy_timeout(h_, 5000);
        sqlite3_create_function_v2(h_, "sk_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, sqlite_sk_fold, nullptr, nullptr, nullptr);
        if (read_only) return;  // the file's journal mode stays as it is, and it never writes
        // A temporary or in-memory database has no other connection to take turns with.
        if (const char* file = sqlite3_db_filename(h_, "main"); file && *file) turns_ = sqlite_writer_turns(file);
        // See SqliteSync (db.h); bench/autosave.sh measures the cost of FULL.
        const std::string mode = sqlite_sync() == SqliteSync::full ? "FULL" : "NORMAL";
        exec_script("PRAGMA journal_mode=WAL; PRAGMA synchronous=" + mode + "; PRAGMA foreign_keys=ON;");
    }
    ~SqliteDb() override {
        for (auto& [sql, prepared] : cache_) sqlite3_finalize(prepared.st);
        sqlite3_close(h_);  // rolls back an open transaction first, so the turn is given after it
        give_turn();
    }

    Dialect dialect() const override { return Dialect::sqlite; }

    Result exec(std::string_view sql, const std::vector<Value>& params) override {
        const Prepared& prepared = prepare(sql);
        sqlite3_stmt* st = prepared.st;
        struct Reset {
            sqlite3_stmt* s;
            ~Reset() { sqlite3_reset(s); sqlite3_clear_bindings(s); }
        } reset{st};
        for (std::size_t i = 0; i < params.size(); ++i) {
            const int idx = i < prepared.slots.size() ? prepared.slots[i] : 0;
            if (idx == 0) continue;  // a parameter the statement does not use
            int rc = SQLITE_OK;
            const Value& v = params[i];
            if (std::holds_alternative<Null>(v)) rc = sqlite3_bind_null(st, idx);
            else if (auto p = std::get_if<std::int64_t>(&v)) rc = sqlite3_bind_int64(st, idx, *p);
            else if (auto p = std::get_if<double>(&v)) rc = sqlite3_bind_double(st, idx, *p);
            else {
                const auto& s = std::get<std::string>(v);
                rc = sqlite3_bind_text(st, idx, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
            }
            if (rc != SQLITE_OK) throw sqlite_error(h_, rc);
        }
        // sqlite3_changes64 keeps the count of the last INSERT/UPDATE/DELETE, even after a SELECT or DDL
        // statement; comparing the running total tells whether this statement changed anything.
        const sqlite3_int64 total_before = sqlite3_total_changes64(h_);
        // A writing statement outside a transaction is a transaction of its own: it takes a turn too.
        struct StatementTurn {
            SqliteDb* db;
            bool taken = false;
            ~StatementTurn() {
                if (taken) db->give_turn();
            }
        } statement_turn{this};
        if (!has_turn_ && sqlite3_get_autocommit(h_) && !sqlite3_stmt_readonly(st)) statement_turn.taken = take_turn();
        Result out;
        for (;;) {
            int rc = sqlite3_step(st);
            if (rc == SQLITE_DONE) break;
            if (rc != SQLITE_ROW) throw sqlite_error(h_, rc);
            // Read after the step: a schema change re-prepares the statement there, and `SELECT *`
            // may then have more columns than before.
            const int ncol = sqlite3_column_count(st);
            std::vector<Value> cells;
            cells.reserve(ncol);
            for (int c = 0; c < ncol; ++c) {
                switch (sqlite3_column_type(st, c)) {
                    case SQLITE_NULL: cells.emplace_back(Null{}); break;
                    case SQLITE_INTEGER: cells.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(st, c))); break;
                    case SQLITE_FLOAT: cells.emplace_back(sqlite3_column_double(st, c)); break;
                    default: {
                        auto p = reinterpret_cast<const char*>(sqlite3_column_blob(st, c));
                        cells.emplace_back(std::string(p ? p : "", sqlite3_column_bytes(st, c)));
                    }
                }
            }
            out.rows.emplace_back(std::move(cells));
        }
        out.affected = sqlite3_total_changes64(h_) == total_before ? 0 : sqlite3_changes64(h_);
        return out;
    }

    void exec_script(std::string_view sql) override {
        std::string s(sql);
        char* err = nullptr;
        // A COMMIT runs here: its kind (busy, disk_full) matters as much as a statement's.
        if (const int rc = sqlite3_exec(h_, s.c_str(), nullptr, nullptr, &err); rc != SQLITE_OK) {
            auto error = sqlite_error(h_, rc, err ? err : "unknown error");
            sqlite3_free(err);
            throw error;
        }
    }

    void begin_snapshot() override { exec("BEGIN", std::vector<Value>{}); }  // prepared once, cached
    void end_snapshot() override { exec("COMMIT", std::vector<Value>{}); }
    void begin() override {
        const bool taken = take_turn();
        try {
            exec_script("BEGIN IMMEDIATE");
        } catch (...) {
            if (taken) give_turn();
            throw;
        }
    }
    // A failed COMMIT (busy, a deferred constraint) leaves the transaction open: the turn is kept until
    // the rollback that follows.
    void commit() override {
        exec_script("COMMIT");
        give_turn_when_done();
    }
    void rollback() override {
        try {
            exec_script("ROLLBACK");
        } catch (...) {
            give_turn_when_done();
            throw;
        }
        give_turn_when_done();
    }

private:
    // Longer than any turn of a bounded batch; past it the writer goes on under SQLite's busy timeout.
    static constexpr std::chrono::milliseconds kMaxTurnWait{10000};

    bool take_turn() {
        if (!turns_ || has_turn_) return false;
        has_turn_ = turns_->acquire(kMaxTurnWait);
        return has_turn_;
    }
    void give_turn() {
        if (!has_turn_) return;
        has_turn_ = false;
        turns_->release();
    }
    void give_turn_when_done() {
        if (sqlite3_get_autocommit(h_)) give_turn();
    }

    // A cached statement and where each `$n` binds: slots[n - 1] is its index in the statement (0 when the
    // statement does not use it), worked out once instead of a name lookup per parameter per call.
    struct Prepared {
        sqlite3_stmt* st = nullptr;
        std::vector<int> slots;
    };

    const Prepared& prepare(std::string_view sql) {
        if (auto it = cache_.find(sql); it != cache_.end()) return it->second;
        sqlite3_stmt* st = nullptr;
        if (int rc = sqlite3_prepare_v3(h_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st, nullptr);
            rc != SQLITE_OK) {
            throw sqlite_error(h_, rc);
        }
        Prepared prepared{st, {}};
        for (int idx = 1, n = sqlite3_bind_parameter_count(st); idx <= n; ++idx) {
            const char* name = sqlite3_bind_parameter_name(st, idx);
            if (!name || name[0] != '$') continue;
            const auto number = static_cast<std::size_t>(std::strtoul(name + 1, nullptr, 10));
            if (number == 0) continue;
            if (prepared.slots.size() < number) prepared.slots.resize(number, 0);
            prepared.slots[number - 1] = idx;
        }
        return cache_.emplace(std::string(sql), std::move(prepared)).first->second;
    }

    // Finds a cached statement by the caller's string_view, without building a std::string per call.
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    sqlite3* h_ = nullptr;
    std::shared_ptr<SqliteWriterTurns> turns_;
    bool has_turn_ = false;
    std::unordered_map<std::string, Prepared, SqlHash, std::equal_to<>> cache_;
};

}  // namespace

std::unique_ptr<Db> open_sqlite(const std::string& path) { return std::make_unique<SqliteDb>(path, false); }
std::unique_ptr<Db> open_sqlite_readonly(const std::string& path) { return std::make_unique<SqliteDb>(path, true); }

}  // namespace sk::store
