#include "support/own_pg_cluster.h"

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>


namespace sk::test {

namespace {

const std::string kBin = "/usr/lib/postgresql/15/bin";

// initdb and postgres refuse to run as root.
std::string as_pg(const std::string& cmd) { return getuid() == 0 ? "runuser -u postgres -- " + cmd : cmd; }

void run(const std::string& cmd) {
    if (std::system((cmd + " >/dev/null 2>&1").c_str()) != 0) throw std::runtime_error("failed: " + cmd);
}

}  // namespace

OwnPgCluster::OwnPgCluster() {
    char tmpl[] = "/tmp/sk-own-pg-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
    dir_ = tmpl;
    if (getuid() == 0) run("chown postgres: " + dir_);
    run(as_pg(kBin + "/initdb -D " + dir_ + "/data -U postgres -A trust -E UTF8 --no-locale --no-sync"));
    std::ofstream(dir_ + "/data/postgresql.conf", std::ios::app)
        << "listen_addresses = ''\nunix_socket_directories = '" << dir_ << "'\nfsync = off\nfull_page_writes = off\n";
    // Only a Unix socket in this cluster's own folder: while the cluster is down, no other test can take
    // its address (a TCP port freed by a stopped cluster could be taken by a cluster of a test running
    // alongside, and the server would reconnect to the wrong database).
    port_ = 5432;
    start();
}

OwnPgCluster::~OwnPgCluster() {
    try {
        run(as_pg(kBin + "/pg_ctl stop -D " + dir_ + "/data -m immediate -w"));
    } catch (...) {
    }
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
}

std::string OwnPgCluster::url(const std::string& database) const {
    return "postgresql://postgres@/" + database + "?host=" + dir_ + "&port=" + std::to_string(port_);
}

void OwnPgCluster::start() {
    run(as_pg(kBin + "/pg_ctl start -D " + dir_ + "/data -l " + dir_ + "/server.log -w -t 30 -o '-p " + std::to_string(port_) + "'"));
}

void OwnPgCluster::stop() { run(as_pg(kBin + "/pg_ctl stop -D " + dir_ + "/data -m fast -w")); }

void OwnPgCluster::kill9() {
    std::ifstream pid_file(dir_ + "/data/postmaster.pid");
    pid_t pid = 0;
    pid_file >> pid;
    if (pid <= 0 || ::kill(pid, SIGKILL) != 0) throw std::runtime_error("no postmaster to kill");
    // Its children notice the postmaster is gone and exit; wait until nothing listens any more.
    for (int i = 0; i < 100 && ::kill(pid, 0) == 0; ++i) usleep(50'000);
    usleep(300'000);
}

}  // namespace sk::test
