// The real `stemkompas` binary as a child process, for what only it does: main's umask, its start-up
// line, its exit code and error text, refusing a port another process holds. The in-process TestServer
// goes around main and cannot show those.
//
// Children start with umask 022, a typical login shell's, so a test of file modes sees what the binary
// sets itself, never what the test runner happened to have.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

namespace sk::test {

struct CliResult {
    int status = -1;   // the exit code; -1 when killed by a signal
    std::string text;  // stdout and stderr together
};

// Runs `stemkompas <args>` through the shell (quote arguments yourself) and waits for it; `env`: variable
// assignments for the command ("NAME='value'"), or empty.
CliResult run_cli(const std::string& args, const std::string& env = "");

// A loopback port that was free a moment ago.
int free_loopback_port();

// `stemkompas serve <args>`, with its output in a log file in `log_dir`. The destructor stops it.
class ServeProcess {
public:
    ServeProcess(const std::vector<std::string>& args, const std::string& log_dir);
    ~ServeProcess();
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    // Polls GET /healthz on `port` until it answers 200 (true) or the process ends or time runs out.
    bool wait_until_up(int port);
    // The exit code once the process ended by itself within `seconds` (-1 when a signal ended it).
    std::optional<int> wait_for_exit(int seconds);
    // SIGTERM, then waits (SIGKILL after 5 s); the exit code, -1 when it had to be killed.
    int stop();
    std::string log() const;

private:
    pid_t pid_ = -1;
    std::string log_path_;
    std::optional<int> status_;
};

// The arguments every test server needs besides its own: the frameworks of the checkout, no web app.
std::vector<std::string> serve_args(const std::string& db, int port, const std::string& data_dir);

}  // namespace sk::test
