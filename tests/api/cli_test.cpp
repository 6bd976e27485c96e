// The `stemkompas` command as an operator uses it: help texts, demo data, user add, and a server that
// starts, answers and stops cleanly on SIGTERM.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "support/http_client.h"
#include "support/test_db.h"
#include "support/paths.h"
#include "support/serve_process.h"

namespace fs = std::filesystem;

namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

}  // namespace

TEST(Cli, HelpNamesEveryCommandAndOption) {
    auto top = sk::test::run_cli("--help");
    EXPECT_EQ(top.status, 0);
    for (const char* word : {"serve", "migrate", "demo", "user"}) EXPECT_NE(top.text.find(word), std::string::npos) << word;
    auto serve = sk::test::run_cli("serve --help");
    EXPECT_EQ(serve.status, 0);
    for (const char* word : {"--db", "STEMKOMPAS_DB", "--port", "--base-url", "--smtp", "--web-dir", "--smtp-ca-file", "STEMKOMPAS_SMTP_CA_FILE"})
        EXPECT_NE(serve.text.find(word), std::string::npos) << word;
    auto user_add = sk::test::run_cli("user add --help");
    EXPECT_NE(user_add.text.find("--organisation"), std::string::npos);
    EXPECT_NE(sk::test::run_cli("no-such-command").status, 0);
}

// `demo --schools N` (app/demo_schools.h): a size outside the regional cap is refused before the database is
// opened, with the range; a size within it builds the programme and says how to sign in.
TEST(Cli, DemoSchoolsOutsideOneToTwentyThousandIsRefused) {
    for (const std::string n : {"0", "20001", "-5"}) {
        const auto out = sk::test::run_cli("demo --db /nonexistent/folder/db.sqlite --schools " + n);
        EXPECT_NE(out.status, 0) << n;
        EXPECT_NE(out.text.find("--schools: Value " + n + " not in range 1 to 20000"), std::string::npos) << out.text;
    }
    sk::test::TestDb db;
    const auto out = sk::test::run_cli("demo --db " + quoted(db.url()) + " --schools 12");
    ASSERT_EQ(out.status, 0) << out.text;
    for (const char* says : {"schools: 12 (", "label applications: ", "coordinator1@regio.demo.stemkompas.be … coordinator12@regio.demo.stemkompas.be",
                             "stemkompas-demo"})
        EXPECT_NE(out.text.find(says), std::string::npos) << says << "\n" << out.text;
}

TEST(Cli, DemoUserAddAndServeUntilSigterm) {
    sk::test::TestDb db;  // a fresh database of the backend under test
    const std::string url = quoted(db.url());
    auto demo = sk::test::run_cli("demo --db " + url);
    ASSERT_EQ(demo.status, 0) << demo.text;
    EXPECT_EQ(sk::test::run_cli("demo --db " + url).status, 0) << "demo data loads twice without harm";
    auto add = sk::test::run_cli("user add --db " + url + " --email Ann@Example.be --name Ann --role reviewer --organisation "
                   "'Jury en review' --kind organiser --password 'lang genoeg wachtwoord'");
    ASSERT_EQ(add.status, 0) << add.text;
    // The operator: a platform role without an organisation.
    auto op = sk::test::run_cli("user add --db " + url + " --email op@example.be --name Op --role operator --password 'lang genoeg wachtwoord'");
    ASSERT_EQ(op.status, 0) << op.text;
    EXPECT_NE(op.text.find("operator of the platform"), std::string::npos) << op.text;
    EXPECT_EQ(sk::test::run_cli("user add --db " + url + " --email c@example.be --name C --role reviewer --password 'lang genoeg wachtwoord'").status, 2)
        << "every other role needs an organisation";
    auto short_pw = sk::test::run_cli("user add --db " + url + " --email b@example.be --name B --organisation X --password kort");
    EXPECT_EQ(short_pw.status, 2);
    EXPECT_NE(short_pw.text.find("10 characters"), std::string::npos);

    char tmpl[] = "/tmp/sk-cli-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    const std::string dir = tmpl;
    const int port = sk::test::free_loopback_port();
    const pid_t pid = fork();
    if (pid == 0) {
        const std::string log = dir + "/out.log";
        freopen(log.c_str(), "w", stdout);
        freopen(log.c_str(), "a", stderr);
        const std::string port_s = std::to_string(port), fw = std::string(SK_SOURCE_DIR) + "/data/frameworks";
        execl(SK_BINARY, SK_BINARY, "serve", "--db", db.url().c_str(), "--port", port_s.c_str(), "--data-dir", dir.c_str(),
              "--web-dir", (dir + "/none").c_str(), "--frameworks-dir", fw.c_str(), "--threads", "2",
              "--print-demo-logins", static_cast<char*>(nullptr));
        _exit(127);
    }
    sk::test::HttpClient c("http://127.0.0.1:" + std::to_string(port));
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        try {
            up = c.get("/healthz").status == 200;
        } catch (const std::exception&) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    ASSERT_TRUE(up) << "server did not come up";
    EXPECT_EQ(c.login("ann@example.be", "lang genoeg wachtwoord").status, 200);
    EXPECT_EQ(c.get("/api/me").json_string("/memberships/0/role"), "reviewer");
    EXPECT_EQ(c.get("/api/me").body.find("\"operator\":true"), std::string::npos);
    sk::test::HttpClient op_client("http://127.0.0.1:" + std::to_string(port));
    EXPECT_EQ(op_client.login("op@example.be", "lang genoeg wachtwoord").status, 200);
    EXPECT_NE(op_client.get("/api/me").body.find("\"operator\":true"), std::string::npos);
    EXPECT_EQ(op_client.get("/api/operator/organisations").status, 200);
    // A password set again from the command line ends the account's sessions, and the operator sees it.
    ASSERT_EQ(sk::test::run_cli("user add --db " + url + " --email ann@example.be --name Ann --role reviewer --organisation 'Jury en review' "
                  "--kind organiser --password 'een ander wachtwoord'").status,
              0);
    EXPECT_EQ(c.get("/api/me").status, 401);
    EXPECT_NE(op_client.get("/api/operator/security-log?action=security.password_changed").body.find("command_line"), std::string::npos);

    kill(pid, SIGTERM);
    int status = 0;
    bool exited = false;
    for (int i = 0; i < 100 && !exited; ++i) {
        exited = waitpid(pid, &status, WNOHANG) == pid;
        if (!exited) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (!exited) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    EXPECT_TRUE(exited) << "SIGTERM must stop the server within 5 s";
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    std::ifstream in(dir + "/out.log");
    std::stringstream log;
    log << in.rdbuf();
    EXPECT_NE(log.str().find("http://127.0.0.1:" + std::to_string(port)), std::string::npos) << log.str();
    EXPECT_NE(log.str().find("coordinator@demo.stemkompas.be"), std::string::npos) << "demo logins are printed";
    EXPECT_NE(log.str().find("stopped"), std::string::npos);
    fs::remove_all(dir);
}

TEST(Cli, AnUnreachableDatabaseIsAClearError) {
    auto out = sk::test::run_cli("migrate --db postgresql://nobody:secret@127.0.0.1:1/none");
    EXPECT_NE(out.status, 0);
    EXPECT_NE(out.text.find("error:"), std::string::npos) << out.text;
}
