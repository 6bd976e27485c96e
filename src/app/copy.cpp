#include "app/copy.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>

#include "core/hex.h"
#include "store/migrations.h"

namespace sk::app {
namespace {

namespace fs = std::filesystem;
using store::Db;
using store::Dialect;
using store::Row;
using store::Value;

// Rows read per query and held in memory at once, per table. A row of this schema is at most a few KB
// (JSON answers, texts), so a batch stays well under a few MB whatever the table's size.
constexpr std::size_t kBatchRows = 500;
// Parameters per INSERT. PostgreSQL: many rows per round trip instead of one (row-at-a-time is ~85 µs a
// row on loopback), below its limit of 65,535. SQLite has no round trip to save; when the Db seam still
// looked each `$n` up by name per call, a 1,500-parameter INSERT made a 540,000-row load 4.7 times slower
// than statements of about 200 (8.5 s, 1.8 s). It caches the slots now; 200 stays until measured again.
constexpr std::size_t kMaxParamsPostgres = 10000;
constexpr std::size_t kMaxParamsSqlite = 200;

bool is_postgres_url(std::string_view url) { return url.starts_with("postgresql://") || url.starts_with("postgres://"); }

std::string quote_ident(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

struct Column {
    std::string name;
    bool binary = false;  // BLOB / BYTEA
};

struct Table {
    std::string name;
    std::vector<Column> columns;    // sorted by name: the same order on both engines, whatever the DDL history
    std::vector<std::size_t> key;   // indexes into columns, in primary-key order
    std::set<std::string> parents;  // tables its foreign keys reference (itself excluded)

    bool has_binary() const {
        return std::any_of(columns.begin(), columns.end(), [](const Column& c) { return c.binary; });
    }
    // Rows per batch: a table of file chunks (1 MiB each, store/database_file_store.cpp) holds a few at a time.
    std::size_t batch_rows() const { return has_binary() ? 4 : kBatchRows; }
};

std::string upper(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// The tables of `db` (schema_migrations excluded), sorted by name, from the catalog.
std::vector<Table> read_catalog(Db& db) {
    const bool pg = db.dialect() == Dialect::postgres;
    std::vector<Table> tables;
    const auto names =
        pg ? db.exec(
                 "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                 "AND table_type = 'BASE TABLE'")
           : db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    for (const auto& r : names.rows) {
        Table t;
        t.name = r.str(0);
        if (t.name == "schema_migrations") continue;
        std::vector<std::pair<std::int64_t, std::string>> key_names;  // (position, column)
        if (pg) {
            for (const auto& c : db.exec("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = "
                                         "current_schema() AND table_name = $1",
                                         {t.name})
                                     .rows) {
                t.columns.push_back({c.str(0), c.str(1) == "bytea"});
            }
            for (const auto& c :
                 db.exec("SELECT k.column_name, k.ordinal_position FROM information_schema.table_constraints c "
                         "JOIN information_schema.key_column_usage k ON k.constraint_schema = c.constraint_schema "
                         "AND k.constraint_name = c.constraint_name AND k.table_name = c.table_name "
                         "WHERE c.table_schema = current_schema() AND c.table_name = $1 AND c.constraint_type = 'PRIMARY KEY'",
                         {t.name})
                     .rows)
                key_names.emplace_back(c.i64(1), c.str(0));
            for (const auto& c : db.exec("SELECT DISTINCT p.relname FROM pg_constraint f JOIN pg_class p ON p.oid = f.confrelid "
                                         "WHERE f.contype = 'f' AND f.conrelid = quote_ident($1)::regclass",
                                         {t.name})
                                     .rows)
                t.parents.insert(c.str(0));
        } else {
            for (const auto& c : db.exec("SELECT name, type, pk FROM pragma_table_info($1)", {t.name}).rows) {
                t.columns.push_back({c.str(0), upper(c.opt_str(1).value_or("")).find("BLOB") != std::string::npos});
                if (c.i64(2) > 0) key_names.emplace_back(c.i64(2), c.str(0));
            }
            for (const auto& c : db.exec("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list($1)", {t.name}).rows)
                t.parents.insert(c.str(0));
        }
        t.parents.erase(t.name);
        std::sort(t.columns.begin(), t.columns.end(), [](const Column& a, const Column& b) { return a.name < b.name; });
        std::sort(key_names.begin(), key_names.end());
        for (const auto& [pos, name] : key_names) {
            const auto it = std::find_if(t.columns.begin(), t.columns.end(), [&](const Column& c) { return c.name == name; });
            if (it != t.columns.end()) t.key.push_back(static_cast<std::size_t>(it - t.columns.begin()));
        }
        tables.push_back(std::move(t));
    }
    std::sort(tables.begin(), tables.end(), [](const Table& a, const Table& b) { return a.name < b.name; });
    return tables;
}

// What copy needs of a table: a primary key to read it in a stable order with bounded memory (keyset
// pagination). A binary column (stored_file_chunks.bytes) travels as hex through the Db seam, whose
// parameters and cells are text (for_each_batch, insert_rows), and is held as raw bytes in between, so
// its checksum is the same on both engines.
void check_copyable(const Table& t) {
    if (t.key.empty())
        throw std::runtime_error("table " + t.name + " has no primary key; copy reads every table in primary-key order");
    for (const auto& c : t.columns)
        if (c.binary && std::find(t.key.begin(), t.key.end(), static_cast<std::size_t>(&c - t.columns.data())) != t.key.end())
            throw std::runtime_error("column " + t.name + "." + c.name + " is binary and part of the primary key, which copy cannot page by");
}

std::string bytes_of_hex(const std::string& hex) {
    auto bytes = core::hex_decode(hex);
    if (!bytes) throw std::runtime_error("a binary cell did not come back as hex");
    return std::move(*bytes);
}

// Tables and columns must be the same on both sides: both are at the same schema version, so a
// difference means a hand-made change, which copy should not guess about.
void check_same_schema(const std::vector<Table>& source, const std::vector<Table>& target) {
    std::map<std::string, const Table*> by_name;
    for (const auto& t : target) by_name[t.name] = &t;
    for (const auto& s : source) {
        const auto it = by_name.find(s.name);
        if (it == by_name.end()) throw std::runtime_error("table " + s.name + " is in the source but not in the target");
        const auto& t = *it->second;
        std::vector<std::string> a, b;
        for (const auto& c : s.columns) a.push_back(c.name);
        for (const auto& c : t.columns) b.push_back(c.name);
        if (a != b) throw std::runtime_error("table " + s.name + " has different columns in the source and the target");
        by_name.erase(it);
    }
    if (!by_name.empty()) throw std::runtime_error("table " + by_name.begin()->first + " is in the target but not in the source");
}

// The applied schema version without writing anything (store::schema_version creates its bookkeeping
// table first, which the read-only source must not and a target that is refused should not get).
int applied_version(Db& db) {
    const auto exists = db.dialect() == Dialect::postgres
                            ? db.exec(
                                  "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                                  "AND table_name = 'schema_migrations'")
                            : db.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
    if (exists.empty()) return 0;
    return static_cast<int>(db.exec("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").one().i64(0));
}

// Parents before children (Kahn's algorithm, ties by name so the order is the same every run).
// PostgreSQL checks each row's foreign keys as it is inserted (our constraints are not DEFERRABLE, and
// switching checks off there needs a superuser), so the order is what makes the load possible; SQLite
// gets the same order. A cycle of foreign keys between tables would need deferred constraints: refused.
// A table that references itself (none does today) is loaded in key order, which suits rows that point
// at older rows only.
std::vector<const Table*> load_order(const std::vector<Table>& tables) {
    std::map<std::string, const Table*> waiting;
    for (const auto& t : tables) waiting[t.name] = &t;
    std::vector<const Table*> order;
    std::set<std::string> loaded;
    while (!waiting.empty()) {
        bool progressed = false;
        for (auto it = waiting.begin(); it != waiting.end();) {
            const bool ready = std::all_of(it->second->parents.begin(), it->second->parents.end(),
                                           [&](const std::string& p) { return loaded.count(p) > 0 || !waiting.count(p); });
            if (!ready) {
                ++it;
                continue;
            }
            order.push_back(it->second);
            loaded.insert(it->first);
            it = waiting.erase(it);
            progressed = true;
        }
        if (!progressed)
            throw std::runtime_error("the foreign keys of table " + waiting.begin()->first +
                                     " form a cycle; copy cannot order the load");
    }
    return order;
}

// Calls `fn` with every batch of rows of `t` (columns in t.columns order), in primary-key order: keyset
// pagination (WHERE key > last key), so each query is a range scan of the key's index and memory stays one
// batch. The order is the engine's own (a text key sorts by its collation), which is why the checksum
// below does not depend on the order of the rows.
template <class Fn>
void for_each_batch(Db& db, const Table& t, Fn&& fn) {
    std::string columns, order, keys;
    const bool pg = db.dialect() == Dialect::postgres;
    for (const auto& c : t.columns) {
        const auto name = quote_ident(c.name);
        columns += (columns.empty() ? "" : ", ") + (!c.binary ? name : pg ? "encode(" + name + ", 'hex')" : "hex(" + name + ")");
    }
    for (std::size_t i = 0; i < t.key.size(); ++i) {
        order += (i ? ", " : "") + quote_ident(t.columns[t.key[i]].name);
        keys += (i ? ", " : "") + std::string("$") + std::to_string(i + 1);
    }
    const std::string head = "SELECT " + columns + " FROM " + quote_ident(t.name);
    const std::string tail = " ORDER BY " + order + " LIMIT " + std::to_string(t.batch_rows());
    const std::string first = head + tail;
    const std::string next = head + " WHERE (" + order + ") > (" + keys + ")" + tail;
    std::vector<Value> last;
    for (;;) {
        auto result = db.exec(last.empty() ? first : next, last);
        if (result.rows.empty()) return;
        const Row& end = result.rows.back();
        last.clear();
        for (auto k : t.key) last.push_back(end.raw(k));
        if (t.has_binary()) {
            for (auto& row : result.rows) {
                std::vector<Value> cells;
                for (std::size_t i = 0; i < row.size(); ++i)
                    cells.push_back(t.columns[i].binary && !row.is_null(i) ? Value(bytes_of_hex(row.str(i))) : row.raw(i));
                row = Row(std::move(cells));
            }
        }
        fn(result.rows);
        if (result.rows.size() < t.batch_rows()) return;
    }
}

// A table's checksum: the SHA-256 of each row's canonical rendering, added up modulo 2^256. The rendering
// is the same for the same data on both engines (the Db seam gives integers as integers and text as text
// on both): NULL `N`, an integer `I<decimal>;`, a double `F<shortest round-trip form>;`, text
// `T<byte length>:<bytes>`, columns in name order. Every cell says where it ends, so no two different
// rows render alike. The sum does not depend on the order of the rows: SQLite sorts text keys bytewise
// and PostgreSQL by the database's collation (en_US.UTF-8 puts 'a' before 'B'), and reading both in one
// forced order ("C") would cost PostgreSQL a sort per batch instead of an index scan. A sum can be
// forged by someone who chooses rows on purpose, unlike one hash over all rows; it is here to catch a
// copy that went wrong, which it does like any hash (a changed, missing or extra row changes it).
class Checksum {
public:
    void add(const Row& row) {
        std::string s;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const Value& v = row.raw(i);
            if (std::holds_alternative<store::Null>(v)) {
                s += 'N';
            } else if (auto p = std::get_if<std::int64_t>(&v)) {
                s += 'I' + std::to_string(*p) + ';';
            } else if (auto d = std::get_if<double>(&v)) {
                std::array<char, 32> buf{};
                auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), *d);
                s += 'F' + std::string(buf.data(), end) + ';';
            } else {
                const auto& text = std::get<std::string>(v);
                s += 'T' + std::to_string(text.size()) + ':' + text;
            }
        }
        std::array<unsigned char, crypto_hash_sha256_BYTES> h{};
        crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char*>(s.data()), s.size());
        unsigned carry = 0;
        for (std::size_t i = h.size(); i-- > 0;) {  // big-endian addition
            const unsigned t = sum_[i] + h[i] + carry;
            sum_[i] = static_cast<unsigned char>(t);
            carry = t >> 8;
        }
        ++rows_;
    }
    std::int64_t rows() const { return rows_; }
    std::string hex() const {
        std::array<char, crypto_hash_sha256_BYTES * 2 + 1> out{};
        sodium_bin2hex(out.data(), out.size(), sum_.data(), sum_.size());
        return out.data();
    }

private:
    std::array<unsigned char, crypto_hash_sha256_BYTES> sum_{};
    std::int64_t rows_ = 0;
};

TableSum checksum_of(Db& db, const Table& t) {
    Checksum sum;
    for_each_batch(db, t, [&](const std::vector<Row>& rows) {
        for (const auto& r : rows) sum.add(r);
    });
    return {t.name, sum.rows(), sum.hex()};
}

void insert_rows(Db& db, const Table& t, const std::vector<Row>& rows) {
    const std::size_t ncols = t.columns.size();
    const bool pg = db.dialect() == Dialect::postgres;
    const std::size_t max_params = pg ? kMaxParamsPostgres : kMaxParamsSqlite;
    const std::size_t per_statement = std::max<std::size_t>(1, max_params / ncols);
    std::string columns;
    for (const auto& c : t.columns) columns += (columns.empty() ? "" : ", ") + quote_ident(c.name);
    for (std::size_t start = 0; start < rows.size(); start += per_statement) {
        const std::size_t n = std::min(per_statement, rows.size() - start);
        std::string sql = "INSERT INTO " + quote_ident(t.name) + " (" + columns + ") VALUES ";
        std::vector<Value> params;
        params.reserve(n * ncols);
        for (std::size_t r = 0; r < n; ++r) {
            sql += r ? ", (" : "(";
            for (std::size_t c = 0; c < ncols; ++c) {
                const Value& v = rows[start + r].raw(c);
                const bool bytes = t.columns[c].binary && std::holds_alternative<std::string>(v);
                params.push_back(bytes && pg ? Value(core::hex_encode(std::get<std::string>(v))) : v);
                const std::string placeholder = "$" + std::to_string(params.size());
                sql += c ? ", " : "";
                sql += !bytes ? placeholder : pg ? "decode(" + placeholder + ", 'hex')" : "CAST(" + placeholder + " AS BLOB)";
            }
            sql += ')';
        }
        db.exec(sql, params);
    }
}

// Triggers keep derived values (surveys.response_count counts survey_responses) and would count every
// copied row a second time on top of the copied value. Suspended for the load, inside its transaction,
// so a failed copy leaves them as they were: SQLite cannot disable a trigger, so it is dropped and
// created again from its own SQL; PostgreSQL disables the user triggers of each table (the owner may;
// foreign-key checks are internal triggers and stay on).
class SuspendedTriggers {
public:
    explicit SuspendedTriggers(Db& db) : db_(db) {
        if (db.dialect() == Dialect::postgres) {
            for (const auto& r : db.exec("SELECT DISTINCT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                                         "WHERE NOT g.tgisinternal AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE "
                                         "nspname = current_schema())")
                                     .rows) {
                tables_.push_back(r.str(0));
                db.exec_script("ALTER TABLE " + quote_ident(tables_.back()) + " DISABLE TRIGGER USER");
            }
        } else {
            for (const auto& r : db.exec("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").rows) {
                sql_.push_back(r.str(1));
                db.exec_script("DROP TRIGGER " + quote_ident(r.str(0)));
            }
        }
    }
    void restore() {
        for (const auto& t : tables_) db_.exec_script("ALTER TABLE " + quote_ident(t) + " ENABLE TRIGGER USER");
        for (const auto& s : sql_) db_.exec_script(s);
    }

private:
    Db& db_;
    std::vector<std::string> tables_;  // PostgreSQL
    std::vector<std::string> sql_;     // SQLite
};

// The highest id the source ever issued for `table`'s generated key, deleted rows included; 0 if none.
std::int64_t last_issued_id(Db& db, const std::string& table, const std::string& column) {
    if (db.dialect() == Dialect::postgres) {
        return db
            .exec("SELECT COALESCE(pg_sequence_last_value(pg_get_serial_sequence(quote_ident($1), $2)::regclass), 0)",
                  {table, column})
            .one()
            .i64(0);
    }
    const auto r = db.exec("SELECT seq FROM sqlite_sequence WHERE name = $1", {table});
    return r.empty() ? 0 : r.one().i64(0);
}

// Rows were inserted with their ids, which leaves PostgreSQL's identity sequences at 1: the next insert
// would collide. Each generated key continues after the larger of the copied rows' highest id and the
// id the source last issued, so an id of a deleted row is not handed out again on the target either
// (AUTOINCREMENT's promise on SQLite; links and logs may still name old ids).
void continue_generated_ids(Db& source, Db& target) {
    if (target.dialect() == Dialect::postgres) {
        for (const auto& r :
             target
                 .exec("SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) "
                       "FROM information_schema.columns WHERE table_schema = current_schema() "
                       "AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')")
                 .rows) {
            const std::string table = r.str(0), column = r.str(1), sequence = r.str(2);
            const std::int64_t max_id =
                target.exec("SELECT COALESCE(MAX(" + quote_ident(column) + "), 0) FROM " + quote_ident(table)).one().i64(0);
            const std::int64_t next_after = std::max(max_id, last_issued_id(source, table, column));
            if (next_after > 0)
                target.exec("SELECT setval($1::regclass, $2::bigint, true)", {sequence, next_after});
            else
                target.exec("SELECT setval($1::regclass, 1, false)", {sequence});
        }
        return;
    }
    // SQLite: an AUTOINCREMENT table's counter is its row in sqlite_sequence, which the inserts above
    // already raised to the highest copied id.
    for (const auto& r : target.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'").rows) {
        const std::string table = r.str(0);
        const auto key = target.exec("SELECT name FROM pragma_table_info($1) WHERE pk = 1", {table});
        if (key.empty()) continue;
        const std::int64_t issued = last_issued_id(source, table, key.one().str(0));
        const auto updated = target.exec("UPDATE sqlite_sequence SET seq = MAX(seq, $2) WHERE name = $1", {table, issued});
        if (updated.affected == 0 && issued > 0)
            target.exec("INSERT INTO sqlite_sequence (name, seq) VALUES ($1, $2)", {table, issued});
    }
}

// A read snapshot of the source for the whole copy, so the copied rows and their checksums are of one
// moment even if something still writes (the server should be stopped anyway: later writes are not
// copied). Db::begin_snapshot is a no-op on PostgreSQL, which needs REPEATABLE READ for one snapshot
// across statements.
class SourceSnapshot {
public:
    explicit SourceSnapshot(Db& db) : db_(db) {
        if (db.dialect() == Dialect::postgres)
            db.exec_script("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        else
            db.begin_snapshot();
    }
    ~SourceSnapshot() {
        try {
            if (db_.dialect() == Dialect::postgres)
                db_.exec_script("COMMIT");
            else
                db_.end_snapshot();
        } catch (...) {
        }
    }
    SourceSnapshot(const SourceSnapshot&) = delete;
    SourceSnapshot& operator=(const SourceSnapshot&) = delete;

private:
    Db& db_;
};

}  // namespace

std::string copy_url(std::string_view url) {
    if (url.starts_with("sqlite:")) {
        url.remove_prefix(7);
        if (url.starts_with("//")) url.remove_prefix(2);  // sqlite:///var/x.db -> /var/x.db
    }
    return std::string(url);
}

std::vector<TableSum> table_checksums(Db& db) {
    std::vector<TableSum> out;
    for (const auto& t : read_catalog(db)) {
        check_copyable(t);
        out.push_back(checksum_of(db, t));
    }
    return out;
}

CopySummary copy_database(const std::string& from_url, const std::string& to_url,
                          const std::function<void(const TableSum&)>& on_table) {
    const std::string from = copy_url(from_url), to = copy_url(to_url);
    if (from.empty() || to.empty()) throw std::runtime_error("--from and --to each need a SQLite file or a postgresql:// URL");
    if (from == to) throw std::runtime_error("--from and --to are the same database");
    const int latest = store::latest_schema_version();

    // The source first, so a wrong source creates nothing on the target side.
    if (!is_postgres_url(from) && !fs::is_regular_file(from)) throw std::runtime_error("no SQLite database at " + from);
    auto source = is_postgres_url(from) ? store::open(from) : store::open_sqlite_readonly(from);
    const int version = applied_version(*source);
    if (version < latest)
        throw std::runtime_error("the source is at schema version " + std::to_string(version) + ", this binary copies version " +
                                 std::to_string(latest) +
                                 ": run `stemkompas migrate --db SOURCE` on it first (with the server stopped), then copy");
    if (version > latest)
        throw std::runtime_error("the source is at schema version " + std::to_string(version) + ", newer than this binary's " +
                                 std::to_string(latest) + ": copy with the stemkompas that migrated it");

    // The target: empty before anything is written to it (not even a migration), then migrated.
    if (!is_postgres_url(to)) {
        const auto parent = fs::path(to).parent_path();
        if (!parent.empty()) fs::create_directories(parent);
    }
    auto target = store::open(to);
    for (const auto& t : read_catalog(*target))
        if (!target->exec("SELECT 1 FROM " + quote_ident(t.name) + " LIMIT 1").empty())
            throw std::runtime_error("the target already holds data (table " + t.name +
                                     " has rows); copy into a new, empty database. Nothing was changed");
    if (applied_version(*target) > latest)
        throw std::runtime_error("the target's schema is newer than this binary's; use an empty database");
    store::migrate(*target);

    SourceSnapshot snapshot(*source);
    const auto source_tables = read_catalog(*source);
    check_same_schema(source_tables, read_catalog(*target));
    for (const auto& t : source_tables) check_copyable(t);

    CopySummary summary;
    summary.schema_version = version;
    store::Transaction tx(*target);
    SuspendedTriggers triggers(*target);
    for (const Table* t : load_order(source_tables)) {
        Checksum sum;
        for_each_batch(*source, *t, [&](const std::vector<Row>& rows) {
            for (const auto& r : rows) sum.add(r);
            insert_rows(*target, *t, rows);
        });
        summary.tables.push_back({t->name, sum.rows(), sum.hex()});
        if (on_table) on_table(summary.tables.back());
    }
    triggers.restore();
    continue_generated_ids(*source, *target);

    // Verified inside the load's transaction, read back through the target's own engine: a difference
    // rolls everything back and the target stays empty.
    std::string differ;
    for (const auto& s : summary.tables) {
        const auto it =
            std::find_if(source_tables.begin(), source_tables.end(), [&](const Table& t) { return t.name == s.table; });
        const auto copied = checksum_of(*target, *it);
        if (copied.rows != s.rows || copied.checksum != s.checksum)
            differ += "\n  " + s.table + ": source " + std::to_string(s.rows) + " rows " + s.checksum.substr(0, 16) +
                      "…, target " + std::to_string(copied.rows) + " rows " + copied.checksum.substr(0, 16) + "…";
    }
    if (!differ.empty()) throw std::runtime_error("the copy differs from the source, so nothing was committed:" + differ);
    tx.commit();
    return summary;
}

}  // namespace sk::app
