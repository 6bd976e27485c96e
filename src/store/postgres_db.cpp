// PostgreSQL backend on libpq. Parameters go as text and the server infers their types, so the same
// `$n` SQL runs here and on SQLite. Each distinct SQL text is prepared once per connection.
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstring>
#include <string>
#include <unordered_map>

#include "core/redact_url.h"
#include "store/db.h"

namespace sk::store {
namespace {

// Type OIDs from pg_type.h (server headers are not part of libpq-dev); they are fixed forever.
constexpr Oid kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

DbError::Kind kind_from_sqlstate(const char* state) {
    if (!state) return DbError::Kind::other;
    const std::string_view s(state);
    if (s == "23505") return DbError::Kind::unique_violation;
    if (s == "23503") return DbError::Kind::foreign_key_violation;
    if (s == "23514") return DbError::Kind::check_violation;
    if (s == "40001" || s == "40P01" || s == "55P03") return DbError::Kind::busy;
    // disk_full alone of class 53 (insufficient resources): out_of_memory and too_many_connections pass
    // with load and are no matter of the operator's disk; they stay 500s, as before.
    if (s == "53100") return DbError::Kind::disk_full;
    return DbError::Kind::other;
}

// libpq messages end with a newline; strip it so messages compose into one line.
std::string trimmed(const char* msg) {
    std::string s = msg ? msg : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

DbError pg_error(PGconn* conn, const PGresult* res) {
    if (!res) return DbError(DbError::Kind::other, "postgres: " + trimmed(PQerrorMessage(conn)));
    const char* state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    std::string msg = "postgres";
    if (state) msg += std::string(" [") + state + "]";
    msg += ": ";
    if (const char* primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)) {
        msg += primary;
        if (const char* detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL)) msg += std::string(" (") + detail + ")";
    } else {
        std::string text = trimmed(PQresultErrorMessage(res));
        msg += text.empty() ? trimmed(PQerrorMessage(conn)) : text;
    }
    return DbError(kind_from_sqlstate(state), msg);
}

struct ResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

bool ok(const PGresult* r) {
    if (!r) return false;
    const auto st = PQresultStatus(r);
    return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY;
}

Value cell(const PGresult* r, int row, int col) {
    if (PQgetisnull(r, row, col)) return Null{};
    const char* p = PQgetvalue(r, row, col);
    const auto len = static_cast<std::size_t>(PQgetlength(r, row, col));
    switch (PQftype(r, col)) {
        case kInt2:
        case kInt4:
        case kInt8: {
            std::int64_t v = 0;
            if (auto [end, ec] = std::from_chars(p, p + len, v); ec == std::errc() && end == p + len) return v;
            break;
        }
        case kFloat4:
        case kFloat8:
        case kNumeric: {
            // from_chars also reads PostgreSQL's "NaN" and "Infinity"; a numeric too large for a double
            // stays text rather than turning into a wrong number.
            double v = 0;
            if (auto [end, ec] = std::from_chars(p, p + len, v); ec == std::errc() && end == p + len) return v;
            break;
        }
        default: break;
    }
    return std::string(p, len);
}

std::string param_text(const Value& v) {
    if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
    if (auto p = std::get_if<double>(&v)) {
        char buf[32];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *p);
        return std::string(buf, end);
    }
    const auto& s = std::get<std::string>(v);
    // Text-format parameters are C strings: a NUL would silently cut the value short.
    if (s.find('\0') != std::string::npos) throw DbError(DbError::Kind::other, "postgres: text parameter contains a NUL byte");
    return s;
}

// Whether the process has seen the database go away and not yet come back: one log line each way for
// the whole process, however many connections (request threads, workers) notice it.
std::atomic<bool> g_database_away{false};

void note_away(const std::string& why) {
    if (!g_database_away.exchange(true)) spdlog::warn("database unreachable, reconnecting with back-off: {}", why);
}

void note_back() {
    if (g_database_away.exchange(false)) spdlog::info("database reachable again");
}

DbError unavailable(const std::string& why) { return DbError(DbError::Kind::unavailable, "database unavailable: " + why); }

// A statement that may run again after the connection broke under it: a read, or the start of a
// transaction (nothing happened yet). A write is never repeated: it may have been done before the reply
// was lost.
bool safe_to_repeat(std::string_view sql) {
    std::size_t i = 0;
    while (i < sql.size() && std::isspace(static_cast<unsigned char>(sql[i]))) ++i;
    auto starts = [&](std::string_view word) {
        if (sql.size() - i < word.size()) return false;
        for (std::size_t k = 0; k < word.size(); ++k)
            if (std::toupper(static_cast<unsigned char>(sql[i + k])) != word[k]) return false;
        return true;
    };
    return starts("SELECT") || starts("BEGIN") || starts("SET ");
}

class PostgresDb final : public Db {
public:
    explicit PostgresDb(const std::string& url) : url_(url) {
        // connect_timeout first, so a URL that sets its own wins: a server that does not answer must not
        // hold a request for minutes.
        const char* keys[] = {"connect_timeout", "dbname", "client_encoding", "fallback_application_name", nullptr};
        const char* values[] = {"3", url.c_str(), "UTF8", "stemkompas", nullptr};
        conn_ = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
        if (!conn_) throw DbError(DbError::Kind::other, "cannot connect to PostgreSQL: out of memory");
        if (PQstatus(conn_) != CONNECTION_OK) {
            // The message may echo the connection string (a malformed URI, say): never let the password out.
            std::string msg = core::redact_db_password_in(trimmed(PQerrorMessage(conn_)), url);
            PQfinish(conn_);
            throw DbError(DbError::Kind::other, "cannot connect to PostgreSQL: " + msg);
        }
        // Expected notices ("already exists, skipping") would otherwise be printed on stderr.
        PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
        try {
            exec_script("SET TimeZone = 'UTC'");
        } catch (...) {
            PQfinish(conn_);
            throw;
        }
    }
    ~PostgresDb() override { PQfinish(conn_); }

    Dialect dialect() const override { return Dialect::postgres; }

    Result exec(std::string_view sql, const std::vector<Value>& params) override {
        std::vector<std::string> texts(params.size());
        std::vector<const char*> ptrs(params.size(), nullptr);
        for (std::size_t i = 0; i < params.size(); ++i) {
            if (std::holds_alternative<Null>(params[i])) continue;
            texts[i] = param_text(params[i]);
            ptrs[i] = texts[i].c_str();
        }
        for (int attempt = 0;; ++attempt) {
            ensure_connected();
            const bool in_transaction = PQtransactionStatus(conn_) != PQTRANS_IDLE;
            std::string name;
            try {
                name = prepare(sql);
            } catch (const DbError&) {
                if (!lost()) throw;
                if (repeat_after_loss(sql, in_transaction, attempt)) continue;
                throw unavailable(trimmed(PQerrorMessage(conn_)));
            }
            ResultPtr res(PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()), ptrs.data(), nullptr,
                                         nullptr, /*resultFormat=*/0));
            if (ok(res.get())) return to_result(res.get());
            if (lost()) {
                if (repeat_after_loss(sql, in_transaction, attempt)) continue;
                throw unavailable(trimmed(PQerrorMessage(conn_)));
            }
            // After a schema change the server refuses a cached plan whose result columns changed
            // (SQLite re-prepares silently). Prepare afresh; retrying is only safe outside a transaction,
            // which the error has aborted.
            const char* state = res ? PQresultErrorField(res.get(), PG_DIAG_SQLSTATE) : nullptr;
            if (state && std::string_view(state) == "0A000") {
                forget(sql);
                if (!in_transaction && attempt == 0) continue;
            }
            throw pg_error(conn_, res.get());
        }
    }

    void exec_script(std::string_view sql) override {
        for (int attempt = 0;; ++attempt) {
            ensure_connected();
            const bool in_transaction = PQtransactionStatus(conn_) != PQTRANS_IDLE;
            ResultPtr res(PQexec(conn_, std::string(sql).c_str()));
            if (ok(res.get())) return;
            if (lost()) {
                if (repeat_after_loss(sql, in_transaction, attempt)) continue;
                throw unavailable(trimmed(PQerrorMessage(conn_)));
            }
            throw pg_error(conn_, res.get());
        }
    }

    void begin() override { exec_script("BEGIN"); }
    void commit() override { exec_script("COMMIT"); }
    // A transaction on a lost connection is gone with it: nothing to roll back.
    void rollback() override {
        if (PQstatus(conn_) == CONNECTION_OK) exec_script("ROLLBACK");
    }

private:
    bool lost() const { return PQstatus(conn_) != CONNECTION_OK; }

    // After the connection broke under `sql`: true when it may run again on a fresh connection (once,
    // outside a transaction, and only a statement that is safe to repeat). The reconnect itself happens
    // in ensure_connected, at once for this first try.
    bool repeat_after_loss(std::string_view sql, bool in_transaction, int attempt) {
        note_away(trimmed(PQerrorMessage(conn_)));
        cache_.clear();  // prepared statements die with the server session
        next_attempt_ = {};
        return !in_transaction && attempt == 0 && safe_to_repeat(sql);
    }

    // Reconnects a lost connection, at most once per back-off step (100 ms doubling to 1 s), so a
    // database that is away costs each request one quick failure (503) instead of a wait, and the first
    // request after it returns finds it within a second.
    void ensure_connected() {
        if (PQstatus(conn_) == CONNECTION_OK) return;
        const auto now = std::chrono::steady_clock::now();
        // Waiting out the back-off only while the database is away for the whole process: once another
        // connection got through, this one tries at once, so no request fails after the return.
        if (now < next_attempt_ && g_database_away) throw unavailable("reconnecting");
        PQreset(conn_);
        if (PQstatus(conn_) != CONNECTION_OK) {
            const std::string why = core::redact_db_password_in(trimmed(PQerrorMessage(conn_)), url_);
            note_away(why);
            backoff_ = std::min(backoff_ * 2, std::chrono::milliseconds(1000));
            next_attempt_ = now + backoff_;
            throw unavailable(why);
        }
        cache_.clear();
        backoff_ = std::chrono::milliseconds(50);
        ResultPtr tz(PQexec(conn_, "SET TimeZone = 'UTC'"));
        note_back();
    }

    const std::string& prepare(std::string_view sql) {
        std::string key(sql);
        if (auto it = cache_.find(key); it != cache_.end()) return it->second;
        std::string name = "sk_" + std::to_string(++prepared_);
        ResultPtr res(PQprepare(conn_, name.c_str(), key.c_str(), 0, /*paramTypes=*/nullptr));
        if (!ok(res.get())) throw pg_error(conn_, res.get());
        return cache_.emplace(std::move(key), std::move(name)).first->second;
    }

    void forget(std::string_view sql) {
        auto it = cache_.find(std::string(sql));
        if (it == cache_.end()) return;
        // Inside a failed transaction DEALLOCATE fails too; the orphaned statement only costs memory.
        ResultPtr res(PQexec(conn_, ("DEALLOCATE " + it->second).c_str()));
        cache_.erase(it);
    }

    static Result to_result(PGresult* r) {
        Result out;
        const int nrows = PQntuples(r), ncols = PQnfields(r);
        out.rows.reserve(nrows);
        for (int i = 0; i < nrows; ++i) {
            std::vector<Value> cells;
            cells.reserve(ncols);
            for (int c = 0; c < ncols; ++c) cells.push_back(cell(r, i, c));
            out.rows.emplace_back(std::move(cells));
        }
        // PQcmdTuples also counts SELECT rows; `affected` promises only rows changed.
        const std::string_view status = PQcmdStatus(r);
        const bool changes = status.starts_with("INSERT") || status.starts_with("UPDATE") ||
                             status.starts_with("DELETE") || status.starts_with("MERGE");
        if (changes) {
            const char* n = PQcmdTuples(r);
            std::from_chars(n, n + std::strlen(n), out.affected);
        }
        return out;
    }

    std::string url_;
    std::chrono::steady_clock::time_point next_attempt_{};
    std::chrono::milliseconds backoff_{50};
    PGconn* conn_ = nullptr;
    std::unordered_map<std::string, std::string> cache_;  // SQL text -> prepared statement name
    std::uint64_t prepared_ = 0;
};

}  // namespace

std::unique_ptr<Db> open_postgres(const std::string& url) { return std::make_unique<PostgresDb>(url); }

}  // namespace sk::store
