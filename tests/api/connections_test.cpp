// The app under a crowd of idle connections (issue 21 point 4): with 5,000 sockets open and silent, a new
// client's GET /healthz is answered at once, through the whole pipeline and the database. The server's own
// rules (cap, 431, timeouts) are shown with a trivial handler in tests/unit/http_connections_test.cpp.
#include <gtest/gtest.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>
#include <vector>

#include "support/raw_socket.h"
#include "support/test_server.h"

namespace connections_test {

using namespace std::chrono_literals;

// 5,000 sockets here and 5,000 in the server, in this one process: raise the limit if the machine's is lower
// (root may raise the hard limit too, as systemd's LimitNOFILE= does for the service).
void ensure_descriptors(rlim_t wanted) {
    rlimit lim{};
    ASSERT_EQ(::getrlimit(RLIMIT_NOFILE, &lim), 0);
    if (lim.rlim_cur >= wanted) return;
    rlimit raised{std::max(lim.rlim_cur, wanted), std::max(lim.rlim_max, wanted)};
    ASSERT_EQ(::setrlimit(RLIMIT_NOFILE, &raised), 0) << "this test needs " << wanted << " open files; the limit is " << lim.rlim_max;
}

TEST(Connections, FiveThousandIdleSocketsDoNotSlowHealthz) {
    constexpr int kIdle = 5000;
    ensure_descriptors(2 * kIdle + 2048);
    sk::test::TestServer server(sk::test::TestServerOptions{.demo_data = false});
    ASSERT_GT(server.app().connection_cap(), kIdle + 10);
    const auto port = sk::test::port_of_url(server.base_url());

    std::vector<sk::test::RawSocket> idle;
    idle.reserve(kIdle);
    for (int i = 0; i < kIdle; ++i) {
        idle.emplace_back(port);
        ASSERT_TRUE(idle.back().connected()) << "socket " << i;
        if (i % 2 == 1) {
            ASSERT_TRUE(idle.back().send("GET /healthz HTTP/1.1\r\nHost: t\r\n"));  // half a head, never finished
        }
    }
    // The kernel completes a connection before the server takes it from the queue; measure once the server
    // holds them all, so the figure is about serving beside idle sockets, not about the queue in front of us.
    for (auto deadline = std::chrono::steady_clock::now() + 20s;
         server.app().open_connections() < kIdle && std::chrono::steady_clock::now() < deadline;)
        std::this_thread::sleep_for(10ms);
    ASSERT_GE(server.app().open_connections(), kIdle);

    auto client = server.client();
    std::vector<std::chrono::microseconds> times;
    for (int i = 0; i < 5; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const auto health = client.get("/healthz");
        times.push_back(std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0));
        ASSERT_EQ(health.status, 200) << health.body;
        EXPECT_EQ(health.json_string("/database"), "ok");
    }
    for (auto t : times) EXPECT_LT(t, 100ms) << "GET /healthz took " << t.count() << " µs";
    std::cout << "GET /healthz with " << kIdle << " idle sockets open, µs:";
    for (auto t : times) std::cout << ' ' << t.count();
    std::cout << '\n';

    const auto metrics = client.get("/metrics").body;
    const auto gauge = metrics.find("\nstemkompas_http_open_connections ");
    ASSERT_NE(gauge, std::string::npos) << metrics;
    EXPECT_GE(std::stoi(metrics.substr(gauge + 34)), kIdle) << "the idle sockets and this request's own";
    EXPECT_NE(metrics.find("stemkompas_http_connections_refused_total 0\n"), std::string::npos);

    // They are held, not refused: one of them still gets an answer when it finally asks.
    ASSERT_TRUE(idle.front().send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"));
    EXPECT_EQ(idle.front().read_answer().rfind("HTTP/1.1 200", 0), 0u);
}

}  // namespace connections_test
