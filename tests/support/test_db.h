// A fresh, migrated database for one test, on the backend named by SK_TEST_DB:
//   sqlite (default)  a new file in a temporary folder, removed afterwards
//   postgres          a new database on the server at SK_TEST_PG_URL, dropped afterwards
// A missing SK_TEST_PG_URL under SK_TEST_DB=postgres fails the test; it is never skipped.
//
// Migrating and loading the demo data for every test cost most of an API test's time (on PostgreSQL
// ~0.5 s a test), so each test process does that once per `Seed` into a template and every test gets
// a copy of it: PostgreSQL `CREATE DATABASE … TEMPLATE`, SQLite a copy of the file. A copy is
// indistinguishable from a database made from scratch: same migrations, same rows, same sequences.
#pragma once

#include <memory>
#include <string>

#include "store/db.h"

namespace sk::test {

// What the database holds besides the schema.
enum class Seed {
    empty,              // nothing, not even the schema (the upgrade tests migrate it step by step)
    migrated,           // the schema only
    demo,               // `stemkompas demo` without the results school
    demo_with_results,  // `stemkompas demo` (with Ter Duinen's submitted baseline and surveys)
};

class TestDb {
public:
    // `sqlite_folder`: where the SQLite file's own temporary folder is made (a full-disk test puts it on a
    // small filesystem); /tmp when empty. PostgreSQL ignores it.
    explicit TestDb(Seed seed = Seed::migrated, const std::string& sqlite_folder = "");
    ~TestDb();
    TestDb(const TestDb&) = delete;
    TestDb& operator=(const TestDb&) = delete;

    const std::string& url() const { return url_; }  // open more connections to the same database
    store::Db& db() { return *db_; }                  // a migrated connection
    std::unique_ptr<store::Db> connect() const { return store::open(url_); }
    bool postgres() const { return postgres_; }
    // Empties the database (PostgreSQL: its schema; SQLite: its file) and reconnects: an empty database
    // again without the ~0.3 s a new PostgreSQL database costs. Connections from connect() must be closed.
    void clear();

private:
    void drop() noexcept;  // closes the connection and removes the database

    std::string url_;
    std::string cleanup_;  // SQLite: the folder; PostgreSQL: the database name
    bool postgres_ = false;
    std::unique_ptr<store::Db> db_;
};

// "sqlite" or "postgres", from SK_TEST_DB.
std::string test_backend();

}  // namespace sk::test
