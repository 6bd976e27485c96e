// A PostgreSQL tablespace on a small filesystem (support/small_filesystem.h), so a table moved into it
// meets the full disk while the cluster's own files do not: a PostgreSQL whose WAL cannot be written
// stops (PANIC) instead of answering an error. Made on the test cluster at SK_TEST_PG_URL; dropped with
// the object, which must outlive no database using it (declare it before the TestDb or TestServer).
#pragma once

#include <string>

#include "support/small_filesystem.h"

namespace sk::test {

class SmallTablespace {
public:
    // Nothing is made unless SK_TEST_DB=postgres and `disk` is a mounted filesystem with a folder of the
    // "postgres" user (SmallFilesystem's `owner`): then name() is empty.
    explicit SmallTablespace(const SmallFilesystem& disk);
    ~SmallTablespace();
    SmallTablespace(const SmallTablespace&) = delete;
    SmallTablespace& operator=(const SmallTablespace&) = delete;

    const std::string& name() const { return name_; }

private:
    std::string name_;
};

}  // namespace sk::test
