#include "app/app.h"

#include <spdlog/spdlog.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <stdexcept>
#include <string_view>

#include "api/context.h"
#include "api/error.h"
#include "api/session_cookie.h"
#include "app/access_log.h"
#include "app/feed_key.h"
#include "app/file_store_setup.h"
#include "app/frameworks.h"
#include "app/pipeline.h"
#include "core/client_address.h"
#include "core/secrets.h"
#include "http/metrics.h"
#include "http/server.h"
#include "http/static_files.h"
#include "http/temp_file.h"
#include "jobs/mail_worker.h"
#include "jobs/maintenance.h"
#include "mail/sender.h"
#include "store/group_commit.h"
#include "store/migrations.h"

namespace sk::app {

namespace {

std::vector<core::Cidr> parse_trusted_proxies(const std::vector<std::string>& texts) {
    std::vector<core::Cidr> out;
    for (const auto& text : texts) {
        std::string error;
        const auto cidr = core::parse_cidr(text, &error);
        if (!cidr) throw std::runtime_error("--trusted-proxy " + error);
        out.push_back(*cidr);
    }
    return out;
}

// What an operator alerts on before the cap bites: connections held, the cap, and those refused for it.
std::string connection_metrics(const http::Server* server) {
    if (!server) return {};
    return "# HELP stemkompas_http_open_connections Connections the server holds now.\n"
           "# TYPE stemkompas_http_open_connections gauge\n"
           "stemkompas_http_open_connections " + std::to_string(server->open_connections()) + "\n"
           "# HELP stemkompas_http_connection_cap Connections the server holds at most (--max-connections, lowered to the open-file limit).\n"
           "# TYPE stemkompas_http_connection_cap gauge\n"
           "stemkompas_http_connection_cap " + std::to_string(server->connection_cap()) + "\n"
           "# HELP stemkompas_http_connections_refused_total Connections answered 503 because the cap was reached.\n"
           "# TYPE stemkompas_http_connections_refused_total counter\n"
           "stemkompas_http_connections_refused_total " + std::to_string(server->refused_connections()) + "\n";
}

}  // namespace

struct App::Impl {
    Config config;
    core::FrameworkSet frameworks;
    core::StatementsSet survey_statements;
    core::SuggestionSet suggestions;
    http::StaticFiles static_files;
    http::Metrics metrics;
    api::Services services;
    api::ApiRouter router;
    std::unique_ptr<store::GroupCommit> group_commit;  // durable SQLite only; outlives the server threads
    std::unique_ptr<jobs::MailWorker> mail_worker;
    std::unique_ptr<jobs::Maintenance> maintenance;
    std::unique_ptr<http::Server> server;

    explicit Impl(Config c) : config(std::move(c)), frameworks(load_frameworks_or_throw(config.frameworks_dir)),
                              survey_statements(load_survey_statements_or_throw(surveys_dir(config), frameworks)),
                              suggestions(load_suggestions_or_throw(sibling_dir(config, "suggestions"), frameworks)),
                              static_files(config.web_dir) {}

    // A folder next to the frameworks folder ("data/frameworks" -> "data/<name>").
    static std::string sibling_dir(const Config& c, const char* name) {
        auto frameworks = std::filesystem::path(c.frameworks_dir).lexically_normal();
        if (!frameworks.has_filename()) frameworks = frameworks.parent_path();
        return (frameworks.parent_path() / name).string();
    }

    static std::string surveys_dir(const Config& c) {
        if (!c.surveys_dir.empty()) return c.surveys_dir;
        auto frameworks = std::filesystem::path(c.frameworks_dir).lexically_normal();
        if (!frameworks.has_filename()) frameworks = frameworks.parent_path();  // "data/frameworks/"
        return (frameworks.parent_path() / "surveys").string();
    }
};

App::App(Config config) : impl_(std::make_unique<Impl>(std::move(config))) {
    core::init_crypto();
    Impl& s = *impl_;
    if (s.config.base_url.empty())
        s.config.base_url = "http://" + s.config.address + ":" + std::to_string(s.config.port);
    while (!s.config.base_url.empty() && s.config.base_url.back() == '/') s.config.base_url.pop_back();
    store::set_sqlite_sync(s.config.sqlite_sync_full ? store::SqliteSync::full : store::SqliteSync::normal);
    {
        auto db = store::open(s.config.db_url);
        store::migrate(*db);
    }
    std::filesystem::create_directories(s.config.data_dir);

    s.services.base_url = s.config.base_url;
    s.services.tls = s.config.base_url.starts_with("https://");
    s.services.registration_limit = s.config.registration_limit;
    s.services.question_limit = s.config.question_limit;
    s.services.idle_timeout_staff = s.config.idle_timeout_staff;
    s.services.idle_timeout = s.config.idle_timeout;
    s.services.trusted_proxies = parse_trusted_proxies(s.config.trusted_proxies);
    s.services.tmp_dir = s.config.data_dir + "/tmp";
    // Exports are written there and removed once sent; a crash or kill leaves some behind.
    if (const int n = http::remove_leftover_temp_files(s.services.tmp_dir))
        spdlog::info("removed {} leftover temporary file(s) from {}", n, s.services.tmp_dir);
    {
        auto db = store::open(s.config.db_url);
        s.services.files = open_file_store(*db, s.config.file_store, s.config.db_url, s.config.data_dir);
        s.services.feed_key = load_feed_key(*db, s.config.data_dir + "/feed.key", std::time(nullptr));
    }
    s.services.frameworks = &s.frameworks;
    s.services.survey_statements = &s.survey_statements;
    s.services.suggestions = &s.suggestions;
    s.services.now = s.config.clock ? s.config.clock : [] { return static_cast<std::int64_t>(std::time(nullptr)); };
    s.services.metrics_text = [this] {
        return impl_->metrics.prometheus_text() + connection_metrics(impl_->server.get()) + impl_->services.programme_cache->prometheus_text();
    };
    s.services.wake_mail = [this] {
        if (impl_->mail_worker) impl_->mail_worker->notify();
    };
    // Durable SQLite fsyncs every commit; concurrent autosaves then share commits (store/group_commit.h).
    if (s.config.sqlite_sync_full && !s.config.db_url.starts_with("postgres")) {
        s.group_commit = std::make_unique<store::GroupCommit>(s.config.db_url);
        s.services.group_commit = s.group_commit.get();
    }
    api::add_all_routes(s.router);

    std::shared_ptr<mail::Sender> sender = mail::make_sender(s.config.smtp_url, s.config.mail_from, s.config.data_dir, s.config.smtp);
    s.mail_worker = std::make_unique<jobs::MailWorker>(s.config.db_url, std::move(sender));
}

App::~App() { stop(); }

void App::start() {
    Impl& s = *impl_;
    http::ServerOptions options;
    options.address = s.config.address;
    options.port = s.config.port;
    options.threads = s.config.threads;
    options.max_connections = s.config.max_connections;
    options.idle_timeout = std::chrono::seconds(s.config.keep_alive_timeout);
    options.tls = s.services.tls;
    options.body_limit = [this](const std::string& method, const std::string& path) {
        return body_limit_for(impl_->router, method, path);
    };
    s.server = std::make_unique<http::Server>(options, [this]() -> http::Handler {
        // Each worker thread owns one connection for its whole life.
        auto db = std::shared_ptr<store::Db>(store::open(impl_->config.db_url));
        return [this, db](http::Request& req) { return handle(req, *db); };
    });
    s.server->start();
    if (s.config.mail_worker) s.mail_worker->start();
    if (s.config.mail_worker) {
        s.maintenance = std::make_unique<jobs::Maintenance>(s.config.db_url, s.config.base_url, s.config.maintenance_interval, s.config.retention);
        s.maintenance->start();
    }
}

void App::stop() {
    if (impl_->server) {
        impl_->server->stop();
        impl_->server.reset();
    }
    if (impl_->mail_worker) impl_->mail_worker->stop();
    if (impl_->maintenance) impl_->maintenance->stop();
}

store::FileStore& App::files() { return *impl_->services.files; }

std::uint16_t App::port() const { return impl_->server ? impl_->server->port() : 0; }

int App::connection_cap() const { return impl_->server ? impl_->server->connection_cap() : 0; }

int App::open_connections() const { return impl_->server ? impl_->server->open_connections() : 0; }
const Config& App::config() const { return impl_->config; }
void App::drain_mail() { impl_->mail_worker->drain_once(); }

http::Response App::handle(http::Request& req, store::Db& db) {
    Impl& s = *impl_;
    const auto t0 = std::chrono::steady_clock::now();
    std::string route = "(unmatched)";  // the pipeline names the route it found
    http::Response res = run_pipeline(req, db, s.services, s.router, s.static_files, route);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    s.metrics.record(req.method, route, res.status, seconds);
    if (s.config.access_log) {
        spdlog::info("{} {} {} {} {} {:.2f}ms {}B", req.request_id, req.remote_address, req.method, logged_path(route, req.path), res.status,
                     seconds * 1000, res.body_size());
    }
    return res;
}

}  // namespace sk::app
