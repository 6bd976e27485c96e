// The HTTP server: Boost.Beast with C++20 coroutines, one io_context per thread, each thread with its
// own acceptor on the same port (SO_REUSEPORT) so the kernel spreads connections and threads share
// nothing on the hot path. This header does not include Beast; only server.cpp does.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "http/message.h"

namespace sk::http {

// Called for every request on the thread that owns the connection. When the declared body is larger
// than the limit, `request.body_too_large` is set, the body is left unread and the connection closes
// after the response: the handler should answer 413.
using Handler = std::function<Response(Request&)>;

struct ServerOptions {
    std::string address = "127.0.0.1";
    std::uint16_t port = 8080;  // 0 picks a free port; read it back with Server::port()
    int threads = 0;            // 0: one per core
    bool tls = false;           // requests arrive through a TLS-terminating proxy (sets Request::tls)
    // Open connections the process serves at once. One more is answered 503 and closed, so a flood of
    // idle sockets cannot use up the descriptors requests and database files need. Lowered at start to
    // what the process's descriptor limit allows (two per connection: the socket and a file being sent).
    int max_connections = 10000;
    // A connection with no request under way is closed after this long; a request's head must arrive
    // within it too (a client dribbling header bytes holds a connection no longer). A body or a download
    // may take as long as it likes, as long as bytes keep moving: each piece restarts the timer.
    std::chrono::milliseconds idle_timeout{30000};
    std::size_t header_limit = 16 * 1024;  // request line and header fields; beyond it: 431 and close
    // Largest body accepted for a request, decided from the method and path before the body is read.
    std::function<std::size_t(const std::string& method, const std::string& path)> body_limit;
};

class Server {
public:
    // `make_handler` is called once per worker thread, on that thread, so each thread can own its own
    // database connection and caches.
    Server(ServerOptions options, std::function<Handler()> make_handler);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds and starts the threads; throws std::runtime_error on failure, and when another process
    // already listens on the address and port (http/port_probe.h).
    void start();
    std::uint16_t port() const;    // the bound port
    // Connections served at once: ServerOptions::max_connections, lowered to the descriptor limit.
    int connection_cap() const;
    int open_connections() const;                 // held now, over every worker thread
    std::uint64_t refused_connections() const;    // answered 503 (or closed) for the cap since start
    // Stops accepting, lets requests in flight finish (at most `grace_ms`), closes idle connections
    // and joins the threads.
    void stop(int grace_ms = 5000);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Call before any thread starts: SIGTERM and SIGINT are then delivered only through
// wait_for_termination_signal(), never to a random worker thread.
void block_termination_signals();
// Blocks until SIGTERM or SIGINT arrives; returns the signal number.
int wait_for_termination_signal();

}  // namespace sk::http
