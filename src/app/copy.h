// `stemkompas copy --from URL --to URL`: moves an installation's database between SQLite and PostgreSQL
// (either way, or between two databases of one kind), row for row, and proves it with a row count and a
// checksum per table on both sides.
//
//   * The source must be at this binary's schema version (else: run `stemkompas migrate` on it first); it
//     is read in one snapshot and never written (a SQLite file is opened read-only).
//   * The target is created or migrated to the same version and must hold no rows: copy never merges.
//   * Every table but schema_migrations is copied, listed from the catalogs (sqlite_master,
//     information_schema), which must agree on tables and columns. Tables are loaded parents first (an
//     order computed from the foreign keys), in batches in primary-key order, in ONE transaction on the
//     target, with the target's triggers suspended (they maintain counts, which are copied as they are).
//     Identity / AUTOINCREMENT counters continue after the source's last issued id.
//   * The checksums are compared before the commit: on any difference nothing is committed.
//
// Files (evidence/, feed.key) are not in the database and stay in the data folder.
// Failures throw std::runtime_error (store::DbError for database errors); messages may contain the
// URLs as given, so the caller redacts passwords (core::redact_db_password_in) before showing them.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "store/db.h"

namespace sk::app {

struct TableSum {
    std::string table;
    std::int64_t rows = 0;
    std::string checksum;  // 64 hex digits: the SHA-256 of each row, added up (copy.cpp); independent of row order
};

struct CopySummary {
    int schema_version = 0;
    std::vector<TableSum> tables;  // in load order, as verified on both sides
};

// A URL as `copy` takes it: `postgresql://…` / `postgres://…`, or a SQLite file as a plain path (as
// every other command takes it) or with a `sqlite:` prefix (`sqlite:/var/lib/x.db`, `sqlite:///var/lib/x.db`).
// Returns what store::open takes.
std::string copy_url(std::string_view url);

// Copies `from` into `to`; `on_table` is called after each table is loaded (progress).
CopySummary copy_database(const std::string& from, const std::string& to,
                          const std::function<void(const TableSum&)>& on_table = {});

// Row count and checksum of every table of `db` but schema_migrations, by table name. Equal data gives
// equal sums on SQLite and PostgreSQL.
std::vector<TableSum> table_checksums(store::Db& db);

}  // namespace sk::app
