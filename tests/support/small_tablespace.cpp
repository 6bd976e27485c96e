#include "support/small_tablespace.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <memory>

#include "store/db.h"
#include "support/test_db.h"

namespace sk::test {

namespace {

std::unique_ptr<store::Db> admin() {
    const char* url = std::getenv("SK_TEST_PG_URL");
    return store::open(url ? url : "");
}

}  // namespace

SmallTablespace::SmallTablespace(const SmallFilesystem& disk) {
    if (test_backend() != "postgres" || !disk.mounted()) return;
    static std::atomic<int> counter{0};
    // Tablespaces belong to the whole cluster, which test processes running at the same time share.
    name_ = "sk_small_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
    admin()->exec_script("CREATE TABLESPACE " + name_ + " LOCATION '" + disk.path() + "/postgres'");
}

SmallTablespace::~SmallTablespace() {
    if (name_.empty()) return;
    try {
        admin()->exec_script("DROP TABLESPACE IF EXISTS " + name_);
    } catch (...) {
    }
}

}  // namespace sk::test
