// http/server.h below the requests (issue 21 point 4): the cap on open connections (503 and close beyond
// it), heads over the limit (431), idle connections closed after the keep-alive timeout, and the timeout
// counted per piece, so a slow upload or a slow reader is served while a stalled one is dropped. A real
// server on loopback with a trivial handler; the app's part (a real /healthz with 5,000 idle sockets) is
// tests/api/connections_test.cpp.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "http/server.h"
#include "support/raw_socket.h"

namespace http_connections_test {

using namespace std::chrono_literals;
using sk::test::RawSocket;

// The handler answers the body's size, or a body of ?size= bytes.
struct Served {
    sk::http::Server server;
    explicit Served(const std::function<void(sk::http::ServerOptions&)>& configure)
        : server(options(configure), [] {
              return [](sk::http::Request& req) {
                  if (auto it = req.query.find("size"); it != req.query.end())
                      return sk::http::Response::text(200, std::string(std::stoul(it->second), 'x'));
                  return sk::http::Response::text(200, "got " + std::to_string(req.body.size()));
              };
          }) {
        server.start();
    }
    ~Served() { server.stop(0); }
    static sk::http::ServerOptions options(const std::function<void(sk::http::ServerOptions&)>& configure) {
        sk::http::ServerOptions o;
        o.address = "127.0.0.1";
        o.port = 0;
        o.threads = 2;
        configure(o);
        return o;
    }
    std::uint16_t port() const { return server.port(); }
};

const std::string kGet = "GET / HTTP/1.1\r\nHost: t\r\n\r\n";

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

TEST(HttpConnections, OneConnectionOverTheCapIsAnswered503AndClosedAndTheSlotComesBack) {
    Served s([](auto& o) { o.max_connections = 3; });
    EXPECT_EQ(s.server.connection_cap(), 3);
    std::vector<RawSocket> held;
    for (int i = 0; i < 3; ++i) {
        held.emplace_back(s.port());
        ASSERT_TRUE(held.back().send(kGet));
        ASSERT_TRUE(starts_with(held.back().read_answer(), "HTTP/1.1 200")) << i;  // kept alive: still counted
    }

    RawSocket over(s.port());
    ASSERT_TRUE(over.send(kGet));
    const auto refused = over.read();  // up to the server's close
    EXPECT_TRUE(starts_with(refused, "HTTP/1.1 503 Service Unavailable\r\n")) << refused;
    EXPECT_NE(refused.find("Retry-After: 1\r\n"), std::string::npos);
    EXPECT_NE(refused.find("Connection: close\r\n"), std::string::npos);
    EXPECT_NE(refused.find(R"("code":"overloaded")"), std::string::npos);

    // A connection that ends frees its place for the next one.
    held.front().close();
    std::string answer;
    for (auto deadline = std::chrono::steady_clock::now() + 5s; std::chrono::steady_clock::now() < deadline;) {
        RawSocket next(s.port());
        next.send(kGet);
        answer = next.read_answer();
        if (starts_with(answer, "HTTP/1.1 200")) break;
        std::this_thread::sleep_for(20ms);
    }
    EXPECT_TRUE(starts_with(answer, "HTTP/1.1 200")) << answer;
}

TEST(HttpConnections, AHeadOverTheLimitIsAnswered431AndOneJustUnderItIsServed) {
    Served s([](auto& o) { o.header_limit = 4096; });
    const auto with_cookie = [](std::size_t n) { return "GET / HTTP/1.1\r\nHost: t\r\nCookie: a=" + std::string(n, 'c') + "\r\n\r\n"; };

    RawSocket big(s.port());
    ASSERT_TRUE(big.send(with_cookie(5000)));
    const auto refused = big.read();
    EXPECT_TRUE(starts_with(refused, "HTTP/1.1 431 Request Header Fields Too Large\r\n")) << refused;
    EXPECT_NE(refused.find(R"("code":"headers_too_large")"), std::string::npos);
    EXPECT_TRUE(big.closed_within(2s));

    // A request line alone over the limit counts the same.
    EXPECT_TRUE(starts_with(sk::test::raw_exchange(s.port(), "GET /" + std::string(5000, 'p') + " HTTP/1.1\r\nHost: t\r\n\r\n"),
                            "HTTP/1.1 431"));

    RawSocket fits(s.port());
    ASSERT_TRUE(fits.send(with_cookie(3900)));
    EXPECT_TRUE(starts_with(fits.read_answer(), "HTTP/1.1 200")) << "a head of ~3.95 KB is under the 4 KiB limit";
}

TEST(HttpConnections, AnIdleConnectionIsClosedAfterTheKeepAliveTimeout) {
    Served s([](auto& o) { o.idle_timeout = 300ms; });

    RawSocket after_a_request(s.port());
    ASSERT_TRUE(after_a_request.send(kGet));
    ASSERT_TRUE(starts_with(after_a_request.read_answer(), "HTTP/1.1 200"));
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_TRUE(after_a_request.closed_within(3s));
    EXPECT_GE(std::chrono::steady_clock::now() - t0, 250ms) << "closed before the timeout";

    RawSocket silent(s.port());  // never sends a byte
    EXPECT_TRUE(silent.closed_within(3s));

    // A head dribbled in a byte at a time gets no more time than an idle connection.
    RawSocket dribbling(s.port());
    const auto d0 = std::chrono::steady_clock::now();
    bool open = true;
    for (char c : std::string("GET / HTTP/1.1\r\nX-Slow: ") + std::string(200, 'z')) {
        if (!dribbling.send(std::string(1, c))) {
            open = false;
            break;
        }
        std::this_thread::sleep_for(10ms);
        if (std::chrono::steady_clock::now() - d0 > 1s) break;
    }
    EXPECT_TRUE(!open || dribbling.closed_within(1s)) << "a head still unfinished after the timeout ends the connection";
}

TEST(HttpConnections, ABodyThatKeepsComingIsReadPastTheTimeoutAndOneThatStallsIsDropped) {
    Served s([](auto& o) { o.idle_timeout = 300ms; });

    // 12 pieces 100 ms apart: 1.2 s in all, four times the timeout, never 300 ms without a byte.
    RawSocket slow(s.port());
    ASSERT_TRUE(slow.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 12\r\n\r\n"));
    for (int i = 0; i < 12; ++i) {
        std::this_thread::sleep_for(100ms);
        ASSERT_TRUE(slow.send("b")) << i;
    }
    const auto answer = slow.read_answer();
    EXPECT_TRUE(starts_with(answer, "HTTP/1.1 200")) << answer;
    EXPECT_NE(answer.find("got 12"), std::string::npos);

    RawSocket stalled(s.port());
    ASSERT_TRUE(stalled.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 12\r\n\r\nbbb"));
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_TRUE(stalled.closed_within(3s));
    EXPECT_GE(std::chrono::steady_clock::now() - t0, 250ms);
}

TEST(HttpConnections, ASlowReaderOfABigAnswerIsServedPastTheTimeout) {
    Served s([](auto& o) { o.idle_timeout = 300ms; });
    // More than the kernel buffers between us hold (up to 4 MiB on loopback), so the server must wait for us.
    constexpr std::size_t kSize = 8 << 20;
    RawSocket reader(s.port(), 8192);
    ASSERT_TRUE(reader.send("GET /?size=" + std::to_string(kSize) + " HTTP/1.1\r\nHost: t\r\n\r\n"));
    std::string got;
    const auto t0 = std::chrono::steady_clock::now();
    const auto complete = [&] { return got.find("\r\n\r\n") != std::string::npos && got.size() >= got.find("\r\n\r\n") + 4 + kSize; };
    while (!complete()) {
        const auto piece = reader.read(2s, 256 * 1024);
        if (piece.empty()) break;
        got += piece;
        std::this_thread::sleep_for(40ms);  // ~32 pauses: well over the timeout in all, never 300 ms at once
    }
    EXPECT_GT(std::chrono::steady_clock::now() - t0, 500ms);
    EXPECT_TRUE(complete()) << "the whole answer arrived: " << got.size() << " bytes";
}

}  // namespace http_connections_test
