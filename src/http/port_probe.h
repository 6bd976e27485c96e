// Refuses to share a port with another process.
//
// Our worker threads each bind their own acceptor with SO_REUSEPORT, and Linux lets any other socket of
// the same user that also sets SO_REUSEPORT join that port: a forgotten second `stemkompas serve` would
// silently take half the connections, against its own database. So before binding, `serve` checks that
// nobody listens on the address and port yet (see port_probe.cpp for how, and for the race it leaves).
#pragma once

#include <cstdint>
#include <string>

namespace sk::http {

// Throws std::runtime_error("ADDRESS:PORT is already in use by another process") when a socket listens
// on that address and port, or on a wildcard address that covers it. Port 0 is never in use.
void ensure_port_is_free(const std::string& address, std::uint16_t port);

}  // namespace sk::http
