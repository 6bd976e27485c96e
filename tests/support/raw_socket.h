// Plain TCP connections to a server on 127.0.0.1, for tests of what happens below HTTP requests: idle and
// half-sent connections, bytes dribbled in slowly, answers read slowly, a server that closes.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace sk::test {

class RawSocket {
public:
    // Connects (blocking). `receive_buffer` > 0 shrinks the socket's receive buffer, so a slow reader
    // makes the server wait for it.
    explicit RawSocket(std::uint16_t port, int receive_buffer = 0);
    ~RawSocket();
    RawSocket(RawSocket&& other) noexcept;
    RawSocket(const RawSocket&) = delete;
    RawSocket& operator=(const RawSocket&) = delete;
    RawSocket& operator=(RawSocket&&) = delete;

    bool connected() const { return connected_; }
    bool send(std::string_view bytes);  // all of them; false when the connection is gone
    // What arrives until the server closes the connection, `max_bytes` have come (0: no limit) or nothing
    // arrives for `timeout`.
    std::string read(std::chrono::milliseconds timeout = std::chrono::seconds(10), std::size_t max_bytes = 0);
    // One HTTP/1.1 answer with a Content-Length: its head and body, and no more.
    std::string read_answer(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Whether the server ends the connection (end of stream or reset) within `timeout`; bytes it sends
    // before that are skipped.
    bool closed_within(std::chrono::milliseconds timeout);
    void close();

private:
    int fd_ = -1;
    bool connected_ = false;
};

// Sends `request` on a new connection, then reads up to `max_bytes` (0: until the server closes) and
// closes. With `max_bytes` the receive buffer is small, so the server is still sending when we leave.
std::string raw_exchange(std::uint16_t port, const std::string& request, std::size_t max_bytes = 0);

// The port of a base URL such as "http://127.0.0.1:41234".
std::uint16_t port_of_url(const std::string& base_url);

}  // namespace sk::test
