#include "support/raw_socket.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <string>

namespace sk::test {

RawSocket::RawSocket(std::uint16_t port, int receive_buffer) {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ < 0) return;
    if (receive_buffer > 0) ::setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
}

RawSocket::RawSocket(RawSocket&& other) noexcept : fd_(other.fd_), connected_(other.connected_) {
    other.fd_ = -1;
    other.connected_ = false;
}

RawSocket::~RawSocket() { close(); }

void RawSocket::close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    connected_ = false;
}

bool RawSocket::send(std::string_view bytes) {
    while (connected_ && !bytes.empty()) {
        const auto n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return connected_;
}

namespace {

// Waits for bytes or the end; the number read, 0 at the end of the stream, -1 on a timeout or error.
long read_some(int fd, char* buf, std::size_t size, std::chrono::milliseconds timeout) {
    pollfd p{fd, POLLIN, 0};
    int ready;
    do ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
    while (ready < 0 && errno == EINTR);
    if (ready <= 0) return -1;
    const auto n = ::recv(fd, buf, size, 0);
    if (n < 0) return errno == ECONNRESET ? 0 : -1;
    return static_cast<long>(n);
}

}  // namespace

std::string RawSocket::read(std::chrono::milliseconds timeout, std::size_t max_bytes) {
    std::string got;
    char buf[16384];
    while (connected_ && (!max_bytes || got.size() < max_bytes)) {
        const auto n = read_some(fd_, buf, max_bytes ? std::min(sizeof buf, max_bytes - got.size()) : sizeof buf, timeout);
        if (n <= 0) break;
        got.append(buf, static_cast<std::size_t>(n));
    }
    return got;
}

std::string RawSocket::read_answer(std::chrono::milliseconds timeout) {
    std::string got;
    char buf[16384];
    for (;;) {
        if (const auto end = got.find("\r\n\r\n"); end != std::string::npos) {
            std::size_t length = 0;
            if (const auto at = got.find("Content-Length: "); at != std::string::npos && at < end) length = std::stoul(got.substr(at + 16));
            if (got.size() >= end + 4 + length) return got;
        }
        const auto n = read_some(fd_, buf, sizeof buf, timeout);
        if (n <= 0) return got;
        got.append(buf, static_cast<std::size_t>(n));
    }
}

bool RawSocket::closed_within(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buf[16384];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        const auto n = read_some(fd_, buf, sizeof buf, left);
        if (n == 0) return true;
        if (n < 0) return false;
    }
}

std::string raw_exchange(std::uint16_t port, const std::string& request, std::size_t max_bytes) {
    RawSocket socket(port, max_bytes ? 4096 : 0);
    if (!socket.send(request)) return {};
    return socket.read(std::chrono::seconds(10), max_bytes);
}

std::uint16_t port_of_url(const std::string& base_url) {
    return static_cast<std::uint16_t>(std::stoi(base_url.substr(base_url.rfind(':') + 1)));
}

}  // namespace sk::test
