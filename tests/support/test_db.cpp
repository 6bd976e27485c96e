#include "support/test_db.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "store/migrations.h"

namespace sk::test {

std::string test_backend() {
    const char* v = std::getenv("SK_TEST_DB");
    return v && std::string(v) == "postgres" ? "postgres" : "sqlite";
}

TestDb::TestDb() {
    if (test_backend() == "postgres") {
        throw std::runtime_error("SK_TEST_DB=postgres: the PostgreSQL test backend is not built yet");
    }
    char tmpl[] = "/tmp/sk-test-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("cannot create a temporary folder");
    cleanup_ = tmpl;
    url_ = cleanup_ + "/test.db";
    db_ = store::open(url_);
    store::migrate(*db_);
}

TestDb::~TestDb() {
    db_.reset();
    if (!postgres_ && !cleanup_.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(cleanup_, ec);
    }
}

}  // namespace sk::test
