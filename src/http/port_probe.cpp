// The probe is a socket bound to the same address and port WITHOUT SO_REUSEPORT, so any listener there is
// a conflict (EADDRINUSE), whoever owns it and whichever options it set. It sets SO_REUSEADDR, as our
// acceptors do, so the connections of a server that just stopped (TIME_WAIT) are not taken for a live
// one; with SO_REUSEADDR on both sides Linux still refuses a bind next to a LISTENING socket.
//
// The probe is closed before our acceptors bind, because holding it helps nothing: bound and not
// listening it blocks no SO_REUSEADDR socket (ours nor a stranger's), and listening it would block our
// own acceptors too. What is left is a window of microseconds between the probe and the first acceptor's
// listen(): two servers started on the same port in that same instant could both pass. That is not the
// mistake this guards against (a second server started later, by hand or by a forgotten unit), and
// closing it would need a lock outside the socket layer or a reuseport BPF program; not worth it.
#include "http/port_probe.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace sk::http {

void ensure_port_is_free(const std::string& address, std::uint16_t port) {
    if (port == 0) return;  // the kernel picks a port nobody holds
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (auto* v4 = reinterpret_cast<sockaddr_in*>(&storage); ::inet_pton(AF_INET, address.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        length = sizeof *v4;
    } else if (auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage); ::inet_pton(AF_INET6, address.c_str(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        length = sizeof *v6;
    } else {
        return;  // not an address: the acceptor's bind reports that itself
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return;  // out of descriptors, say: the acceptors' own binds will tell
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    const int rc = ::bind(fd, reinterpret_cast<const sockaddr*>(&storage), length);
    const int error = rc == 0 ? 0 : errno;
    ::close(fd);
    if (error == EADDRINUSE) {
        const std::string host = address.find(':') == std::string::npos ? address : "[" + address + "]";
        throw std::runtime_error(host + ":" + std::to_string(port) + " is already in use by another process");
    }
    // Anything else (EACCES for a low port, EADDRNOTAVAIL) is left to the acceptors' binds, which
    // report it with the same words as before.
}

}  // namespace sk::http
