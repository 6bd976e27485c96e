#include "store/db.h"

#include <atomic>
#include <charconv>

namespace sk::store {

namespace {
DbError type_error(std::size_t i, const char* want) {
    return DbError(DbError::Kind::other, "column " + std::to_string(i) + " is not " + want);
}
}  // namespace

bool Row::is_null(std::size_t i) const { return std::holds_alternative<Null>(cells_.at(i)); }

std::int64_t Row::i64(std::size_t i) const {
    const Value& v = cells_.at(i);
    if (auto p = std::get_if<std::int64_t>(&v)) return *p;
    if (auto p = std::get_if<double>(&v)) return static_cast<std::int64_t>(*p);
    if (auto p = std::get_if<std::string>(&v)) {
        std::int64_t out = 0;
        auto [end, ec] = std::from_chars(p->data(), p->data() + p->size(), out);
        if (ec == std::errc() && end == p->data() + p->size()) return out;
        // PostgreSQL booleans come back as text.
        if (*p == "t") return 1;
        if (*p == "f") return 0;
    }
    throw type_error(i, "an integer");
}

double Row::f64(std::size_t i) const {
    const Value& v = cells_.at(i);
    if (auto p = std::get_if<double>(&v)) return *p;
    if (auto p = std::get_if<std::int64_t>(&v)) return static_cast<double>(*p);
    if (auto p = std::get_if<std::string>(&v)) {
        try {
            std::size_t used = 0;
            double d = std::stod(*p, &used);
            if (used == p->size()) return d;
        } catch (const std::exception&) {
        }
    }
    throw type_error(i, "a number");
}

std::string Row::str(std::size_t i) const {
    const Value& v = cells_.at(i);
    if (auto p = std::get_if<std::string>(&v)) return *p;
    if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
    if (auto p = std::get_if<double>(&v)) return std::to_string(*p);
    throw type_error(i, "text");
}

std::optional<std::string> Row::opt_str(std::size_t i) const {
    if (is_null(i)) return std::nullopt;
    return str(i);
}

std::optional<std::int64_t> Row::opt_i64(std::size_t i) const {
    if (is_null(i)) return std::nullopt;
    return i64(i);
}

const Row& Result::one() const {
    if (rows.empty()) throw DbError(DbError::Kind::other, "query returned no rows");
    return rows.front();
}

namespace {
std::atomic<SqliteSync> g_sqlite_sync{SqliteSync::normal};  // the library's default; the app's is full
}  // namespace

void set_sqlite_sync(SqliteSync sync) { g_sqlite_sync.store(sync); }
SqliteSync sqlite_sync() { return g_sqlite_sync.load(); }

std::unique_ptr<Db> open(const std::string& url) {
    if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) return open_postgres(url);
    return open_sqlite(url);
}

}  // namespace sk::store
