// The limit settings of `stemkompas serve` as an operator meets them: named alike in --help, each with its
// environment variable, and a mistake refused before anything starts, with what is wrong.
#include <gtest/gtest.h>

#include <string>

#include "support/serve_process.h"

namespace cli_limits_test {

namespace {

using sk::test::run_cli;

TEST(CliLimits, HelpNamesTheLimitSettings) {
    const auto help = run_cli("serve --help");
    ASSERT_EQ(help.status, 0);
    for (const char* word : {"--registration-limit", "STEMKOMPAS_REGISTRATION_LIMIT", "--question-limit", "STEMKOMPAS_QUESTION_LIMIT",
                             "--idle-timeout-staff", "STEMKOMPAS_IDLE_TIMEOUT_STAFF", "--idle-timeout ", "STEMKOMPAS_IDLE_TIMEOUT)",
                             "--trusted-proxy", "STEMKOMPAS_TRUSTED_PROXY", "--maintenance-interval", "STEMKOMPAS_MAINTENANCE_INTERVAL",
                             "--max-connections", "STEMKOMPAS_MAX_CONNECTIONS", "--keep-alive-timeout", "STEMKOMPAS_KEEP_ALIVE_TIMEOUT"})
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
        {"--maintenance-interval 0", "not in range 1 to 86400"},
        {"--max-connections 0", "--max-connections"},
        {"--keep-alive-timeout 0", "not in range 1 to 3600"},
    };
    for (const auto& r : rows) {
        const auto out = run_cli("serve --db /nonexistent/folder/db.sqlite " + r.args);
        EXPECT_NE(out.status, 0) << r.args;
        EXPECT_NE(out.text.find(r.says), std::string::npos) << r.args << ": " << out.text;
    }
    // The variable takes a comma-separated list; each entry is checked.
    const auto from_env = run_cli("serve --db /nonexistent/folder/db.sqlite", "STEMKOMPAS_TRUSTED_PROXY='10.0.0.0/8,::1,bad'");
    EXPECT_NE(from_env.status, 0);
    EXPECT_NE(from_env.text.find("bad: not an IPv4 or IPv6 address"), std::string::npos) << from_env.text;
}

}  // namespace

}  // namespace cli_limits_test
