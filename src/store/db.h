// The database seam of STEMkompas.
//
// Every query is written once, with PostgreSQL-style `$1..$n` placeholders, and runs unchanged on
// both backends (SQLite binds `$1` as a named parameter). Keep SQL to the common subset: RETURNING,
// ON CONFLICT, CTEs, window functions; integers for booleans and for timestamps (unix seconds).
//
// A `Db` is one connection and is not thread-safe: each worker thread opens its own.
// Failures throw `DbError`; `DbError::kind()` tells a unique/foreign-key violation apart from
// everything else so repositories can turn it into a user-facing message.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace sk::store {

// A bound parameter or a result cell.
struct Null {};
using Value = std::variant<Null, std::int64_t, double, std::string>;

// An optional field as a bound parameter: its value, or NULL when empty.
inline Value nullable(const std::optional<std::int64_t>& v) { return v ? Value(*v) : Value(Null{}); }
inline Value nullable(const std::optional<std::string>& v) { return v ? Value(*v) : Value(Null{}); }

class DbError : public std::runtime_error {
public:
    // unavailable: the database cannot be reached now (connection lost, server restarting); the
    // connection reconnects with back-off, so the same call may work a moment later (HTTP 503).
    // disk_full: the database's disk (SQLite: the file's filesystem; PostgreSQL: SQLSTATE 53100) has no room
    // for the write; the transaction is not committed, and writes work again once the operator makes room
    // (HTTP 507, store/storage_full.h).
    enum class Kind { other, unique_violation, foreign_key_violation, check_violation, busy, unavailable, disk_full };
    DbError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

// One result row. Cells keep the backend's value: SQLite gives its storage type; PostgreSQL gives
// integers for int2/4/8, doubles for float4/8 and NUMERIC (so SUM(BIGINT) is a double there), text
// for the rest. The accessors convert, so callers never care which backend answered.
class Row {
public:
    explicit Row(std::vector<Value> cells) : cells_(std::move(cells)) {}
    std::size_t size() const { return cells_.size(); }
    bool is_null(std::size_t i) const;
    std::int64_t i64(std::size_t i) const;            // throws DbError on NULL or non-number
    double f64(std::size_t i) const;
    std::string str(std::size_t i) const;             // NULL -> throws
    std::optional<std::string> opt_str(std::size_t i) const;
    std::optional<std::int64_t> opt_i64(std::size_t i) const;
    const Value& raw(std::size_t i) const { return cells_.at(i); }

private:
    std::vector<Value> cells_;
};

struct Result {
    std::vector<Row> rows;
    std::int64_t affected = 0;  // rows changed by INSERT/UPDATE/DELETE
    bool empty() const { return rows.empty(); }
    const Row& one() const;     // the first row; throws DbError when there is none
};

enum class Dialect { sqlite, postgres };

class Db {
public:
    virtual ~Db() = default;
    virtual Dialect dialect() const = 0;
    virtual Result exec(std::string_view sql, const std::vector<Value>& params) = 0;
    Result exec(std::string_view sql) { return exec(sql, {}); }
    Result exec(std::string_view sql, std::initializer_list<Value> params) {
        return exec(sql, std::vector<Value>(params));
    }
    // Runs a script of several statements without parameters (migrations).
    virtual void exec_script(std::string_view sql) = 0;
    virtual void begin() = 0;   // a write transaction (SQLite: BEGIN IMMEDIATE)
    virtual void commit() = 0;
    virtual void rollback() = 0;
    // A read-only snapshot around several reads. On SQLite every statement outside a transaction opens
    // and closes its own read transaction (two fcntl calls on the -shm file each); one snapshot per
    // request saves most of that. No-op on PostgreSQL, where it would add round trips. Never write
    // inside a snapshot: SQLite may refuse to upgrade it.
    virtual void begin_snapshot() {}
    virtual void end_snapshot() {}
};

// How SQLite commits: `normal` (WAL, synchronous=NORMAL) survives a crash of the process but may lose the
// last commits on a power loss; `full` fsyncs the WAL on every commit, so every acknowledged write survives
// a power loss too. Process-wide (every connection to the file must agree); the app sets it from
// --sqlite-sync before opening connections. Has no effect on PostgreSQL.
enum class SqliteSync { normal, full };
void set_sqlite_sync(SqliteSync sync);
SqliteSync sqlite_sync();

// Opens `url`: a `postgresql://` or `postgres://` URL selects PostgreSQL, anything else is a SQLite
// file path. SQLite connections use WAL, foreign keys on and a busy timeout.
std::unique_ptr<Db> open(const std::string& url);
std::unique_ptr<Db> open_sqlite(const std::string& path);
// An existing file, read only and left exactly as it is: no WAL switch (a backup's copy is in rollback-journal
// mode and must keep its checksum), nothing created. For `copy`'s source.
std::unique_ptr<Db> open_sqlite_readonly(const std::string& path);
std::unique_ptr<Db> open_postgres(const std::string& url);

// A read snapshot for the lifetime of the object (see Db::begin_snapshot).
class Snapshot {
public:
    explicit Snapshot(Db& db) : db_(db) { db_.begin_snapshot(); }
    ~Snapshot() {
        try { db_.end_snapshot(); } catch (...) {}
    }
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;

private:
    Db& db_;
};

// Commits on `commit()`, rolls back when it goes out of scope without one.
class Transaction {
public:
    explicit Transaction(Db& db) : db_(db) { db_.begin(); }
    ~Transaction() {
        if (!done_) {
            try { db_.rollback(); } catch (...) {}
        }
    }
    void commit() { db_.commit(); done_ = true; }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Db& db_;
    bool done_ = false;
};

}  // namespace sk::store
