#include "support/serve_process.h"

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <thread>

#include "support/file_readers.h"
#include "support/http_client.h"
#include "support/paths.h"

namespace sk::test {

namespace {

int exit_code(int wait_status) { return WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1; }

}  // namespace

CliResult run_cli(const std::string& args, const std::string& env) {
    CliResult out;
    const std::string cmd = "umask 022; " + env + " " + std::string(SK_BINARY) + " " + args + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return out;
    std::array<char, 4096> buf;
    while (auto n = fread(buf.data(), 1, buf.size(), p)) out.text.append(buf.data(), n);
    out.status = exit_code(pclose(p));
    return out;
}

int free_loopback_port() {
    const int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
    close(s);
    return ntohs(a.sin_port);
}

std::vector<std::string> serve_args(const std::string& db, int port, const std::string& data_dir) {
    return {"--db", db, "--port", std::to_string(port), "--data-dir", data_dir, "--web-dir", data_dir + "/no-web-app",
            "--frameworks-dir", std::string(SK_SOURCE_DIR) + "/data/frameworks", "--threads", "2"};
}

ServeProcess::ServeProcess(const std::vector<std::string>& args, const std::string& log_dir) {
    static int started = 0;
    log_path_ = log_dir + "/serve-" + std::to_string(++started) + ".log";
    std::vector<std::string> argv_strings = {SK_BINARY, "serve"};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& s : argv_strings) argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_ = fork();
    if (pid_ == 0) {
        ::umask(022);
        if (!freopen(log_path_.c_str(), "w", stdout) || !freopen(log_path_.c_str(), "a", stderr)) _exit(126);
        execv(SK_BINARY, argv.data());
        _exit(127);
    }
}

ServeProcess::~ServeProcess() {
    if (!status_ && pid_ > 0) stop();
}

bool ServeProcess::wait_until_up(int port) {
    HttpClient c("http://127.0.0.1:" + std::to_string(port));
    for (int i = 0; i < 300; ++i) {
        if (wait_for_exit(0)) return false;
        try {
            if (c.get("/healthz").status == 200) return true;
        } catch (const std::exception&) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

std::optional<int> ServeProcess::wait_for_exit(int seconds) {
    if (status_) return status_;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    for (;;) {
        int ws = 0;
        if (waitpid(pid_, &ws, WNOHANG) == pid_) {
            status_ = exit_code(ws);
            return status_;
        }
        if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

int ServeProcess::stop() {
    if (status_) return *status_;
    kill(pid_, SIGTERM);
    if (auto code = wait_for_exit(5)) return *code;
    kill(pid_, SIGKILL);
    int ws = 0;
    waitpid(pid_, &ws, 0);
    status_ = -1;
    return -1;
}

std::string ServeProcess::log() const { return read_file(log_path_); }

}  // namespace sk::test
