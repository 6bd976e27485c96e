// `stemkompas backup` and `stemkompas restore`: a consistent copy of the database and the files folder,
// taken while the server runs, with a manifest of SHA-256 sums that restore checks before it touches
// anything.
//
//   OUT/database.sqlite   SQLite: the online backup API (one snapshot; see backup.cpp for why in one step)
//   OUT/database.pgdump   PostgreSQL: pg_dump --format=custom (one snapshot by pg_dump's own transaction)
//   OUT/files/...         <data dir>/evidence/<aa>/<sha256> and <data dir>/feed.key
//   OUT/manifest.json     format version, time, schema version, database kind, every file's path, size, SHA-256
//
// The mail folder (.eml files written when no SMTP server is set) is not backed up: it is an outbox for
// delivery, not state; the outbox rows in the database say what was sent. Both functions throw
// std::runtime_error with a message for the operator (database passwords are never in it).
#pragma once

#include <string>

namespace sk::app {

struct BackupSummary {
    std::string database_file;  // relative to OUT
    int schema_version = 0;
    int files = 0;              // entries in the manifest, the database included
};

// `binary_version` goes into the manifest (null when empty).
BackupSummary backup(const std::string& db_url, const std::string& data_dir, const std::string& out,
                     const std::string& binary_version = "");

struct RestoreSummary {
    int schema_version = 0;
    int files = 0;
};

RestoreSummary restore(const std::string& from, const std::string& db_url, const std::string& data_dir, bool force);

}  // namespace sk::app
