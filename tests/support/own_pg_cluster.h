// A PostgreSQL cluster of one test's own, for tests that restart or kill the server: the shared test
// cluster (scripts/pg-test-cluster.sh) serves suites running at the same time, which must not see that.
#pragma once

#include <string>

namespace sk::test {

class OwnPgCluster {
public:
    OwnPgCluster();  // initdb in a fresh temp folder, start it listening on a Unix socket in that folder
    ~OwnPgCluster();  // stop immediately and remove the folder
    OwnPgCluster(const OwnPgCluster&) = delete;
    OwnPgCluster& operator=(const OwnPgCluster&) = delete;

    std::string url(const std::string& database = "postgres") const;
    void kill9();  // SIGKILL to the postmaster, as a crash; start() brings it back (crash recovery)
    void start();
    void stop();   // pg_ctl stop -m fast: what an update or a planned fail-over does first

private:
    std::string dir_;
    int port_ = 0;
};

}  // namespace sk::test
