// Numbered schema migrations, compiled into the binary from src/store/migrations/NNN_name.sql.
//
// A migration is written once for both databases. Two tokens are rewritten per dialect:
//   {{ID}}    an auto-increment integer primary key
//   {{BLOB}}  a binary column (BLOB / BYTEA)
// Where the two cannot share a text (triggers: SQLite's BEGIN … END against PostgreSQL's trigger
// functions), a section runs on one database only. It starts with a line `-- {{SQLITE}}` or
// `-- {{POSTGRES}}` and ends with `-- {{END}}`; sections do not nest.
// Applied versions are recorded in `schema_migrations`; each migration runs in its own transaction.
#pragma once

#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct Migration {
    int version;
    const char* name;
    const char* sql;
};

const std::vector<Migration>& embedded_migrations();

// The SQL of `m` for `dialect`, tokens rewritten.
std::string migration_sql(const Migration& m, Dialect dialect);

// Applies every migration newer than the database's version; returns how many ran.
int migrate(Db& db);

// The same, stopping after `version`: a database of an older schema, as an installation of that time had
// it (the upgrade tests fill one and then migrate it to the newest).
int migrate_to(Db& db, int version);

// The version this binary migrates to: the highest embedded migration.
int latest_schema_version();

// The highest applied version, 0 for an empty database.
int schema_version(Db& db);

}  // namespace sk::store
