// The limit settings of `stemkompas serve` as an operator meets them: named alike in --help, each with its
// environment variable, and a mistake refused before anything starts, with what is wrong.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

#include "support/paths.h"

namespace cli_limits_test {

namespace {

struct Output {
    int status = -1;
    std::string text;
};

// `env`: variable assignments for the command ("NAME='value'"), or empty.
Output run(const std::string& args, const std::string& env = "") {
    Output out;
    const std::string cmd = env + " " + std::string(SK_BINARY) + " " + args + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return out;
    std::array<char, 4096> buf;
    while (auto n = fread(buf.data(), 1, buf.size(), p)) out.text.append(buf.data(), n);
    const int rc = pclose(p);
    out.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    return out;
}

TEST(CliLimits, HelpNamesTheLimitSettings) {
    const auto help = run("serve --help");
    ASSERT_EQ(help.status, 0);
    for (const char* word : {"--registration-limit", "STEMKOMPAS_REGISTRATION_LIMIT", "--question-limit", "STEMKOMPAS_QUESTION_LIMIT",
                             "--idle-timeout-staff", "STEMKOMPAS_IDLE_TIMEOUT_STAFF", "--idle-timeout ", "STEMKOMPAS_IDLE_TIMEOUT)",
                             "--trusted-proxy", "STEMKOMPAS_TRUSTED_PROXY"})
        EXPECT_NE(help.text.find(word), std::string::npos) << word;
}

TEST(CliLimits, MistakesAreRefusedWithWhatIsWrong) {
    struct Row {
        std::string args;
        std::string says;
    };
    // Each is refused while the options are read: the database named is never opened.
    const std::vector<Row> rows = {
        {"--trusted-proxy 10.1.2.3/8", "did you mean 10.0.0.0/8?"},
        {"--trusted-proxy proxy.example", "proxy.example: not an IPv4 or IPv6 address"},
        {"--trusted-proxy 10.0.0.0/8 --trusted-proxy ::1/200", "0 to 128 bits"},
        {"--idle-timeout-staff 60", "not in range 600 to 1209600"},
        {"--idle-timeout 0", "not in range 600 to 1209600"},
        {"--question-limit 0", "--question-limit"},
    };
    for (const auto& r : rows) {
        const auto out = run("serve --db /nonexistent/folder/db.sqlite " + r.args);
        EXPECT_NE(out.status, 0) << r.args;
        EXPECT_NE(out.text.find(r.says), std::string::npos) << r.args << ": " << out.text;
    }
    // The variable takes a comma-separated list; each entry is checked.
    const auto from_env = run("serve --db /nonexistent/folder/db.sqlite", "STEMKOMPAS_TRUSTED_PROXY='10.0.0.0/8,::1,bad'");
    EXPECT_NE(from_env.status, 0);
    EXPECT_NE(from_env.text.find("bad: not an IPv4 or IPv6 address"), std::string::npos) << from_env.text;
}

}  // namespace

}  // namespace cli_limits_test
