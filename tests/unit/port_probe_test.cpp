// http/port_probe.h: a listener of another process on our address and port is found, with or without
// SO_REUSEPORT; a port that is free, or only holds connections of a server that just stopped, is not.
#include "http/port_probe.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>

namespace port_probe_test {

using sk::http::ensure_port_is_free;

// A socket bound to `address`:`port` (0: any) and listening unless told not to; closed with the object.
struct Listener {
    int fd = -1;
    int port = 0;
    Listener(const char* address, int wanted_port, bool reuse_port, bool listening = true) {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (reuse_port) ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<std::uint16_t>(wanted_port));
        ::inet_pton(AF_INET, address, &a.sin_addr);
        if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) throw std::runtime_error("bind failed");
        if (listening && ::listen(fd, 8) != 0) throw std::runtime_error("listen failed");
        socklen_t len = sizeof a;
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
        port = ntohs(a.sin_port);
    }
    ~Listener() { close(); }
    void close() {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
};

std::string refusal(const std::string& address, int port) {
    try {
        ensure_port_is_free(address, static_cast<std::uint16_t>(port));
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "";
}

TEST(PortProbe, AListenerIsFoundWhateverItsOptions) {
    const struct {
        const char* listens_on;
        bool reuse_port;
        const char* probe;
    } rows[] = {
        {"127.0.0.1", false, "127.0.0.1"},
        {"127.0.0.1", true, "127.0.0.1"},  // the case the kernel alone would let us join
        {"0.0.0.0", true, "127.0.0.1"},    // a wildcard listener covers every address
        {"0.0.0.0", false, "0.0.0.0"},
    };
    for (const auto& row : rows) {
        Listener other(row.listens_on, 0, row.reuse_port);
        EXPECT_EQ(refusal(row.probe, other.port), std::string(row.probe) + ":" + std::to_string(other.port) +
                                                      " is already in use by another process")
            << row.listens_on << (row.reuse_port ? " with" : " without") << " SO_REUSEPORT";
    }
}

TEST(PortProbe, AFreePortAndPortZeroPass) {
    Listener taken("127.0.0.1", 0, false);
    const int port = taken.port;
    taken.close();
    EXPECT_EQ(refusal("127.0.0.1", port), "");
    EXPECT_EQ(refusal("127.0.0.1", 0), "") << "any free port";
    Listener bound_only("127.0.0.1", 0, true, /*listening=*/false);
    EXPECT_EQ(refusal("127.0.0.1", bound_only.port), "") << "only a listener counts";
}

// A server that just stopped leaves its closed connections in TIME_WAIT on its port for a minute; a
// restart must not take them for another process (the probe sets SO_REUSEADDR, as the acceptors do).
TEST(PortProbe, ConnectionsInTimeWaitOfAStoppedServerPass) {
    Listener server("127.0.0.1", 0, true);
    const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(server.port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::connect(client, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
    const int accepted = ::accept(server.fd, nullptr, nullptr);
    ASSERT_GE(accepted, 0);
    ::close(accepted);  // the server side closes first, so TIME_WAIT lands on the server's port
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ::close(client);
    server.close();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));

    // Without SO_REUSEADDR the port would look taken: the set-up really left a TIME_WAIT behind.
    const int plain = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int rc = ::bind(plain, reinterpret_cast<sockaddr*>(&a), sizeof a);
    const int error = errno;
    ::close(plain);
    EXPECT_TRUE(rc != 0 && error == EADDRINUSE) << "no TIME_WAIT to test with";
    EXPECT_EQ(refusal("127.0.0.1", server.port), "");
}

TEST(PortProbe, NotAnAddressIsLeftToTheAcceptor) { EXPECT_EQ(refusal("not-an-address", 8080), ""); }

}  // namespace port_probe_test
