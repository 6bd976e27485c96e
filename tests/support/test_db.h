// A fresh, migrated database for one test, on the backend named by SK_TEST_DB:
//   sqlite (default)  a new file in a temporary folder, removed afterwards
//   postgres          a new database on the server at SK_TEST_PG_URL, dropped afterwards
// A missing SK_TEST_PG_URL under SK_TEST_DB=postgres fails the test; it is never skipped.
#pragma once

#include <memory>
#include <string>

#include "store/db.h"

namespace sk::test {

class TestDb {
public:
    TestDb();
    ~TestDb();
    TestDb(const TestDb&) = delete;
    TestDb& operator=(const TestDb&) = delete;

    const std::string& url() const { return url_; }  // open more connections to the same database
    store::Db& db() { return *db_; }                  // a migrated connection
    std::unique_ptr<store::Db> connect() const { return store::open(url_); }
    bool postgres() const { return postgres_; }

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
