// The running application: configuration, frameworks, the built front-end, the HTTP server, the
// request pipeline and the background mail worker. `stemkompas serve` and the API tests both use it.
#pragma once

#include <cstdint>
#include <memory>

#include "app/config.h"
#include "http/message.h"
#include "store/db.h"
#include "store/file_store.h"

namespace sk::app {

class App {
public:
    // Loads and validates the frameworks and migrates the database; throws std::runtime_error with a
    // readable message when something is wrong.
    explicit App(Config config);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    void start();  // listens and starts the mail worker
    void stop();   // graceful: finishes requests in flight
    std::uint16_t port() const;
    int connection_cap() const;  // connections served at once (http::Server::connection_cap)
    int open_connections() const;
    const Config& config() const;
    // Where uploaded files' bytes are kept (store/file_store.h).
    store::FileStore& files();

    // The whole request pipeline for one request on `db` (a connection owned by the calling thread).
    http::Response handle(http::Request& request, store::Db& db);

    // Sends all due mail now (tests).
    void drain_mail();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sk::app
