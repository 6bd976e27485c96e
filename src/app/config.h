// Server configuration. Every setting is a command-line flag with an environment variable
// (see `stemkompas serve --help` and README.md).
#pragma once

#include "jobs/retention.h"
#include "mail/sender.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace sk::app {

struct Config {
    std::string db_url = "data/run/stemkompas.db";  // STEMKOMPAS_DB: SQLite path or postgresql:// URL
    std::string address = "127.0.0.1";              // STEMKOMPAS_ADDRESS
    std::uint16_t port = 8080;                      // STEMKOMPAS_PORT (0: any free port)
    int threads = 0;                                // STEMKOMPAS_THREADS (0: one per core)
    int max_connections = 10000;                    // STEMKOMPAS_MAX_CONNECTIONS: beyond it 503 (http/server.h)
    int keep_alive_timeout = 30;                    // STEMKOMPAS_KEEP_ALIVE_TIMEOUT: seconds an idle connection stays open
    std::string base_url;                           // STEMKOMPAS_BASE_URL; default http://address:port
    std::string data_dir = "data/run";              // STEMKOMPAS_DATA_DIR: mail files, uploads
    // STEMKOMPAS_FILE_STORE: "folder" or "database" (store/file_store.h); empty: database on PostgreSQL, folder on SQLite.
    std::string file_store;
    std::string web_dir = "web/dist";               // STEMKOMPAS_WEB_DIR: the built front-end
    std::string frameworks_dir = "data/frameworks"; // STEMKOMPAS_FRAMEWORKS_DIR
    std::string surveys_dir;                        // STEMKOMPAS_SURVEYS_DIR; empty: "surveys" next to frameworks_dir
    std::string smtp_url;                           // STEMKOMPAS_SMTP: smtp://host:port; empty writes .eml files
    // STEMKOMPAS_SMTP_CA_FILE sets smtp.ca_file (certificate authorities to trust for the SMTP server); the
    // timeouts are not flags: their defaults suit every real server, tests shorten them.
    mail::SmtpOptions smtp;
    std::string mail_from = "STEMkompas <no-reply@stemkompas.local>";  // STEMKOMPAS_MAIL_FROM
    bool access_log = true;                         // STEMKOMPAS_ACCESS_LOG
    // STEMKOMPAS_REGISTRATION_LIMIT: public registrations (school and mentor forms) accepted per client address
    // per hour (a sliding hour, api/rate_limit.h); the browser tests, which all come from 127.0.0.1, raise it.
    int registration_limit = 10;
    // STEMKOMPAS_QUESTION_LIMIT: "Ask us" questions accepted per client address per hour.
    int question_limit = 5;
    // STEMKOMPAS_IDLE_TIMEOUT_STAFF, STEMKOMPAS_IDLE_TIMEOUT: seconds without a request after which a session
    // ends, for operators and users with a staff role (organiser, reviewer, jury) and for everyone else; besides the 14 days.
    std::int64_t idle_timeout_staff = 2 * 3600;
    std::int64_t idle_timeout = 8 * 3600;
    // STEMKOMPAS_TRUSTED_PROXY (comma-separated): CIDRs of reverse proxies whose X-Forwarded-For names the client.
    std::vector<std::string> trusted_proxies;
    // STEMKOMPAS_SQLITE_SYNC: full (default) fsyncs every commit, so no acknowledged write is lost on a power
    // loss, and autosaves share commits (group commit); normal is faster but may lose the last commits then.
    bool sqlite_sync_full = true;
    std::function<std::int64_t()> clock;             // unix seconds for request handling; empty: the system clock (tests freeze it)
    bool mail_worker = true;                        // run the background jobs (mail, housekeeping) here
    // STEMKOMPAS_MAINTENANCE_INTERVAL: seconds between runs of the maintenance jobs (jobs/maintenance.h: clean-up,
    // reminders, overdue alerts); the first run is at start. Tests shorten it.
    int maintenance_interval = 600;
    // STEMKOMPAS_KEEP_*_DAYS: how long refused registrations, sent mail and security events are kept
    // (jobs/retention.h, docs/privacy.md).
    jobs::Retention retention;
};

}  // namespace sk::app
