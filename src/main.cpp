// The `stemkompas` command: serve, migrate, demo, user add, backup, restore, copy.
#include <spdlog/spdlog.h>

#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "app/app.h"
#include "app/backup.h"
#include "app/copy.h"
#include "app/file_store_setup.h"
#include "app/demo.h"
#include "app/demo_schools.h"
#include "app/log_format.h"
#include "core/brussels_date.h"
#include "core/client_address.h"
#include "core/redact_url.h"
#include "core/secrets.h"
#include "http/server.h"
#include "store/accounts.h"
#include "store/auth_tokens.h"
#include "store/db.h"
#include "store/migrations.h"
#include "store/security_log.h"

namespace {

void ensure_parent_folder(const std::string& db_url) {
    if (db_url.starts_with("postgres")) return;
    auto parent = std::filesystem::path(db_url).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
}

void add_db_option(CLI::App* cmd, std::string& db) {
    cmd->add_option("--db", db, "SQLite file or postgresql:// URL")->envname("STEMKOMPAS_DB")->capture_default_str();
}

int run_migrate(const std::string& db_url) {
    ensure_parent_folder(db_url);
    auto db = sk::store::open(db_url);
    const int ran = sk::store::migrate(*db);
    std::cout << "Applied " << ran << " migration(s); schema version " << sk::store::schema_version(*db) << ".\n";
    return 0;
}

int run_demo(const std::string& db_url, int schools) {
    ensure_parent_folder(db_url);
    auto db = sk::store::open(db_url);
    sk::store::migrate(*db);
    const int created = sk::app::load_demo(*db);
    std::cout << "Demo data ready (" << created << " new account(s)).\n";
    // The dates follow the day the demo was first loaded into this database (app/demo.h).
    const auto baseline = db->exec("SELECT ph.opens_on, ph.closes_on FROM programme_phases ph JOIN programmes p ON p.id = ph.programme_id "
                                   "WHERE p.name = $1 AND ph.kind = 'baseline'",
                                   {std::string(sk::app::kDemoProgrammeName)});
    if (!baseline.empty()) {
        const auto closes = baseline.one().str(1);
        const auto today = sk::core::brussels_date(std::time(nullptr));
        std::cout << "Demo programme: baseline " << baseline.one().str(0) << " to " << closes
                  << (closes < today ? " (closed: the dates were set when the demo was first loaded; remove the database for today's)" : "")
                  << ".\n";
    }
    if (schools > 0) sk::app::run_demo_schools(*db, schools, std::cout);
    return 0;
}

// A new password set from the command line ends every other way into the account, as one set through a
// link does (auth_api.cpp), and is a security event.
void replace_password(sk::store::Db& db, std::int64_t user_id, const std::string& hash, std::int64_t now) {
    sk::store::set_password_hash(db, user_id, hash);
    sk::store::delete_sessions_of(db, user_id);
    sk::store::end_password_links_of(db, user_id, now);
    sk::store::write_security_event(db, {std::nullopt, "security.password_changed", "user", user_id, R"({"how":"command_line"})"}, now);
}

int run_user_add(const std::string& db_url, const std::string& email, const std::string& name, const std::string& role,
                 const std::string& organisation, const std::string& kind, std::string password) {
    ensure_parent_folder(db_url);
    auto db = sk::store::open(db_url);
    sk::store::migrate(*db);
    if (password.empty()) {
        std::cerr << "Password (at least 10 characters): ";
        std::getline(std::cin, password);
    }
    if (password.size() < 10) {
        std::cerr << "error: the password needs at least 10 characters\n";
        return 2;
    }
    const std::int64_t now = std::time(nullptr);
    const std::string hash = sk::core::hash_password(password);
    std::string lower = email;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    sk::store::Transaction tx(*db);
    if (role == "operator") {
        // A platform role, not a membership: the operator belongs to no organisation.
        auto user = sk::store::find_user_by_email(*db, lower);
        const auto user_id = user ? user->id : sk::store::create_user(*db, lower, name, "nl", hash, now);
        if (user) replace_password(*db, user_id, hash, now);
        db->exec("UPDATE users SET is_operator = 1 WHERE id = $1", {user_id});
        tx.commit();
        std::cout << "User " << lower << " is an operator of the platform.\n";
        return 0;
    }
    if (organisation.empty()) {
        std::cerr << "error: --organisation is required for role " << role << "\n";
        return 2;
    }
    auto org = sk::store::find_organisation_by_name(*db, organisation, kind);
    const auto org_id = org ? org->id : sk::store::create_organisation(*db, organisation, kind, now);
    auto user = sk::store::find_user_by_email(*db, lower);
    const auto user_id = user ? user->id : sk::store::create_user(*db, lower, name, "nl", hash, now);
    if (user) replace_password(*db, user_id, hash, now);
    sk::store::add_membership(*db, user_id, org_id, role, now);
    tx.commit();
    std::cout << "User " << lower << " is " << role << " of " << organisation << " (" << kind << ").\n";
    return 0;
}

// Progress per table, then the verdict. URLs are shown without their passwords.
int run_copy(const std::string& from, const std::string& to, const std::string& from_data_dir, std::string to_data_dir,
             const std::string& file_store) {
    // One commit at the end: fsync it, so a copy reported done survives a power loss (as serve's default).
    sk::store::set_sqlite_sync(sk::store::SqliteSync::full);
    std::cout << "Copying " << sk::core::redact_db_url(from) << " to " << sk::core::redact_db_url(to) << "\n";
    const auto summary = sk::app::copy_database(from, to, [](const sk::app::TableSum& t) {
        std::cout << "  " << t.table << ": " << t.rows << " row(s)\n" << std::flush;
    });
    std::int64_t rows = 0;
    for (const auto& t : summary.tables) rows += t.rows;
    std::cout << "Copied " << summary.tables.size() << " tables, " << rows << " rows, schema version " << summary.schema_version
              << "; row counts and checksums are equal on both sides.\n";
    if (to_data_dir.empty()) to_data_dir = from_data_dir;
    const auto target_url = sk::app::copy_url(to);
    const auto kind = sk::app::file_store_kind(file_store, target_url);
    auto target = sk::store::open(target_url);
    std::vector<std::string> missing;
    const int moved = sk::app::move_files_after_copy(*target, kind, from_data_dir, to_data_dir, missing);
    std::cout << "Moved " << moved << " file(s) into the "
              << (kind == sk::store::FileStoreKind::folder ? "folder " + to_data_dir + "/evidence" : std::string("target database"))
              << " (each checked against its SHA-256).\n";
    if (!missing.empty()) {
        std::cout << missing.size() << " file(s) that rows name were found neither in " << from_data_dir
                  << "/evidence nor in the source database; the first is " << missing.front()
                  << ". Copy them into the target's store before the server starts, or they will download as not found.\n";
        return 2;
    }
    return 0;
}

int run_serve(sk::app::Config config, bool print_demo, bool json_log) {
    ensure_parent_folder(config.db_url);
    sk::http::block_termination_signals();
    sk::app::App app(config);
    app.start();
    const auto& c = app.config();
    // With --log-format json every output line is a JSON object, the start-up lines included.
    const auto say = [json_log](const std::string& line) {
        if (json_log) spdlog::info("{}", line);
        else std::cout << line << "\n";
    };
    say("STEMkompas is running at " + c.base_url + "/  (database: " + sk::core::redact_db_url(c.db_url) + ")");
    if (app.connection_cap() < c.max_connections)
        say("Serving at most " + std::to_string(app.connection_cap()) + " connections at once, not " + std::to_string(c.max_connections) +
            ": the open-file limit allows no more (raise LimitNOFILE).");
    if (print_demo) {
        say(std::string("Demo logins (password: ") + sk::app::kDemoPassword + "):");
        for (const auto& l : sk::app::demo_logins()) say("  " + std::string(l.email) + "  — " + l.role + ", " + l.organisation);
    }
    if (!json_log) std::cout << "Stop with Ctrl+C." << std::endl;
    const int sig = sk::http::wait_for_termination_signal();
    spdlog::info("signal {} received: finishing requests in flight", sig);
    app.stop();
    spdlog::info("stopped");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App cli{"STEMkompas — runs STEM-school programmes: registration, measurements, action plans, learning network, "
                 "label and award.\nEvery option can also be set with the environment variable shown."};
    cli.require_subcommand(1);
    cli.set_version_flag("--version", std::string("stemkompas ") + SK_VERSION + " (schema " +
                                          std::to_string(sk::store::latest_schema_version()) + ")",
                         "Print the version and the database schema version this binary migrates to");

    sk::app::Config config;
    bool print_demo = false;
    auto* serve = cli.add_subcommand("serve", "Run the web server (migrates the database first)");
    add_db_option(serve, config.db_url);
    serve->add_option("--address", config.address, "Address to listen on")->envname("STEMKOMPAS_ADDRESS")->capture_default_str();
    serve->add_option("--port", config.port, "Port to listen on (0: any free port)")->envname("STEMKOMPAS_PORT")->capture_default_str();
    serve->add_option("--threads", config.threads, "Worker threads (0: one per core)")->envname("STEMKOMPAS_THREADS")->capture_default_str();
    serve->add_option("--max-connections", config.max_connections,
                      "Connections served at once; one more is answered 503 (lowered to what the descriptor limit allows)")
        ->envname("STEMKOMPAS_MAX_CONNECTIONS")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    serve->add_option("--keep-alive-timeout", config.keep_alive_timeout,
                      "Seconds a connection may sit idle (or take over a request's head) before it is closed")
        ->envname("STEMKOMPAS_KEEP_ALIVE_TIMEOUT")
        ->check(CLI::Range(1, 3600))
        ->capture_default_str();
    serve->add_option("--base-url", config.base_url, "Public URL used in e-mailed links (default http://ADDRESS:PORT)")
        ->envname("STEMKOMPAS_BASE_URL");
    serve->add_option("--data-dir", config.data_dir, "Folder for outgoing mail files and uploads")->envname("STEMKOMPAS_DATA_DIR")->capture_default_str();
    serve->add_option("--file-store", config.file_store,
                      "Where uploaded files are kept: folder (<data dir>/evidence, one machine) or database (shared by every "
                      "server on one PostgreSQL); default: database on PostgreSQL, folder on SQLite")
        ->envname("STEMKOMPAS_FILE_STORE")
        ->check(CLI::IsMember({"folder", "database"}));
    serve->add_option("--web-dir", config.web_dir, "Folder of the built front-end")->envname("STEMKOMPAS_WEB_DIR")->capture_default_str();
    serve->add_option("--frameworks-dir", config.frameworks_dir, "Folder of framework definitions (JSON)")
        ->envname("STEMKOMPAS_FRAMEWORKS_DIR")->capture_default_str();
    serve->add_option("--surveys-dir", config.surveys_dir,
                      "Folder of survey statements (JSON); default: the folder \"surveys\" next to the frameworks folder")
        ->envname("STEMKOMPAS_SURVEYS_DIR");
    serve->add_option("--smtp", config.smtp_url, "SMTP server URL, e.g. smtp://mail.example.org:587; empty: write .eml files")
        ->envname("STEMKOMPAS_SMTP");
    serve->add_option("--smtp-ca-file", config.smtp.ca_file,
                      "PEM file of the certificate authorities to trust for the SMTP server's TLS certificate "
                      "(default: the system's); certificates are always verified")
        ->envname("STEMKOMPAS_SMTP_CA_FILE")
        ->check(CLI::ExistingFile);
    serve->add_option("--mail-from", config.mail_from, "Sender address of e-mails")->envname("STEMKOMPAS_MAIL_FROM")->capture_default_str();
    serve->add_option("--access-log", config.access_log, "Log every request (true/false)")->envname("STEMKOMPAS_ACCESS_LOG")->capture_default_str();
    serve->add_option("--registration-limit", config.registration_limit,
                      "Public registrations (school and mentor forms) accepted per client address per hour")
        ->envname("STEMKOMPAS_REGISTRATION_LIMIT")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    serve->add_option("--question-limit", config.question_limit, "\"Ask us\" questions accepted per client address per hour")
        ->envname("STEMKOMPAS_QUESTION_LIMIT")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    // At least 10 minutes: a session's last request is recorded at most every 5 (app/pipeline.cpp), so a
    // shorter limit would end sessions that are in use. At most the 14 days every session ends after anyway.
    const auto idle_range = CLI::Range(std::int64_t{600}, std::int64_t{14 * 24 * 3600});
    serve->add_option("--idle-timeout-staff", config.idle_timeout_staff,
                      "Seconds without a request after which the session of an operator, organiser, reviewer or juror ends")
        ->envname("STEMKOMPAS_IDLE_TIMEOUT_STAFF")
        ->check(idle_range)
        ->capture_default_str();
    serve->add_option("--idle-timeout", config.idle_timeout, "Seconds without a request after which any other session ends")
        ->envname("STEMKOMPAS_IDLE_TIMEOUT")
        ->check(idle_range)
        ->capture_default_str();
    // Retention (docs/privacy.md, "How long"): at least a day, so a typo cannot empty a table at once.
    const auto days = CLI::Range(1, 36500);
    serve->add_option("--keep-refused-registrations-days", config.retention.refused_registrations_days,
                      "Days a refused registration is kept after the decision")
        ->envname("STEMKOMPAS_KEEP_REFUSED_REGISTRATIONS_DAYS")
        ->check(days)
        ->capture_default_str();
    serve->add_option("--keep-sent-mail-days", config.retention.sent_mail_days, "Days a sent e-mail (its body) is kept")
        ->envname("STEMKOMPAS_KEEP_SENT_MAIL_DAYS")
        ->check(days)
        ->capture_default_str();
    serve->add_option("--keep-security-events-days", config.retention.security_events_days, "Days an entry of the security log is kept")
        ->envname("STEMKOMPAS_KEEP_SECURITY_EVENTS_DAYS")
        ->check(days)
        ->capture_default_str();
    serve->add_option("--trusted-proxy", config.trusted_proxies,
                      "CIDR of a reverse proxy in front of this server (repeatable; the variable takes a comma-separated list): "
                      "only requests from there have their X-Forwarded-For read as the client address")
        ->envname("STEMKOMPAS_TRUSTED_PROXY")
        ->delimiter(',')
        ->check(CLI::Validator(
            [](std::string& text) {
                std::string error;
                return sk::core::parse_cidr(text, &error) ? std::string() : error;
            },
            "CIDR"));
    serve->add_option("--maintenance-interval", config.maintenance_interval,
                      "Seconds between runs of the background jobs (clean-up, reminders, overdue alerts); the first is at start")
        ->envname("STEMKOMPAS_MAINTENANCE_INTERVAL")
        ->check(CLI::Range(1, 86400))
        ->capture_default_str();
    std::string sqlite_sync = "full";
    serve->add_option("--sqlite-sync", sqlite_sync,
                      "SQLite commits: full fsyncs every commit (no acknowledged write is lost on a power loss); normal is "
                      "faster but may lose the last commits then")
        ->envname("STEMKOMPAS_SQLITE_SYNC")
        ->check(CLI::IsMember({"full", "normal"}))
        ->capture_default_str();
    serve->add_flag("--print-demo-logins", print_demo, "Print the demo accounts at start-up");
    std::string log_format = "text";
    serve->add_option("--log-format", log_format, "Log lines as text, or json: one JSON object per line for log collectors")
        ->envname("STEMKOMPAS_LOG_FORMAT")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();

    std::string db_url = config.db_url;
    auto* migrate = cli.add_subcommand("migrate", "Apply the database migrations that are not applied yet");
    add_db_option(migrate, db_url);

    auto* demo = cli.add_subcommand("demo", "Migrate and load the demo organisations and accounts (idempotent)");
    add_db_option(demo, db_url);
    int demo_schools = 0;
    demo->add_option("--schools", demo_schools, "Also build a regional programme of N schools through the store (deterministic; see README)")
        ->check(CLI::Range(1, sk::app::kDemoSchoolsMax));

    auto* user = cli.add_subcommand("user", "Manage user accounts");
    user->require_subcommand(1);
    auto* user_add = user->add_subcommand("add", "Create a user (or set their password) with a role in an organisation");
    std::string email, name, role = "organiser", organisation, kind = "organiser", password;
    add_db_option(user_add, db_url);
    user_add->add_option("--email", email, "E-mail address (the log-in)")->required();
    user_add->add_option("--name", name, "Full name")->required();
    user_add->add_option("--role", role, "Role in the organisation, or operator (the platform role that creates organiser organisations)")
        ->check(CLI::IsMember({"organiser", "coordinator", "team_member", "mentor", "reviewer", "jury", "operator"}))
        ->capture_default_str();
    user_add->add_option("--organisation", organisation, "Organisation name (created when missing); not for an operator");
    user_add->add_option("--kind", kind, "Kind of organisation")->check(CLI::IsMember({"organiser", "school", "company"}))->capture_default_str();
    user_add->add_option("--password", password, "Password (asked for when omitted)")->envname("STEMKOMPAS_PASSWORD");

    std::string data_dir = config.data_dir, backup_to, restore_from;
    bool force = false;
    auto* backup = cli.add_subcommand("backup", "Copy the database and the files folder into a new folder, while the server runs");
    add_db_option(backup, db_url);
    backup->add_option("--data-dir", data_dir, "The server's data folder (evidence files, feed.key)")->envname("STEMKOMPAS_DATA_DIR")->capture_default_str();
    backup->add_option("--to", backup_to, "Folder to write the backup into (must not exist or be empty)")->required();
    auto* restore = cli.add_subcommand("restore", "Restore a backup made by `backup` (checks every checksum first)");
    add_db_option(restore, db_url);
    restore->add_option("--data-dir", data_dir, "The data folder to restore the files into")->envname("STEMKOMPAS_DATA_DIR")->capture_default_str();
    restore->add_option("--from", restore_from, "The backup folder")->required();
    restore->add_flag("--force", force, "Replace a database that has data and files in a non-empty data folder");

    std::string copy_from, copy_to;
    auto* copy = cli.add_subcommand("copy", "Copy every row of one database into a new, empty one (SQLite to PostgreSQL or back), "
                                            "verified by row counts and checksums");
    copy->add_option("--from", copy_from, "Source: a SQLite file (optionally sqlite:PATH) or a postgresql:// URL, at this binary's schema")
        ->required();
    copy->add_option("--to", copy_to, "Target: a new SQLite file or an empty postgresql:// database (migrated first)")->required();
    std::string copy_to_data_dir, copy_file_store;
    copy->add_option("--data-dir", data_dir, "The source installation's data folder (its evidence/ files)")
        ->envname("STEMKOMPAS_DATA_DIR")
        ->capture_default_str();
    copy->add_option("--to-data-dir", copy_to_data_dir, "The target installation's data folder (default: the same as --data-dir)");
    copy->add_option("--file-store", copy_file_store,
                     "The target's file store: folder or database (default: database for PostgreSQL, folder for SQLite)")
        ->check(CLI::IsMember({"folder", "database"}));

    CLI11_PARSE(cli, argc, argv);

    // Every command may create files that hold personal data or secrets (the SQLite database and its -wal
    // and -shm, mail files, feed.key, uploads, their folders): owner-only from the moment they exist,
    // instead of a chmod afterwards that leaves a window and is easily forgotten for the next new file.
    ::umask(077);
    try {
        if (*serve) {
            config.sqlite_sync_full = sqlite_sync == "full";
            sk::app::set_log_format(log_format);
            return run_serve(config, print_demo, log_format == "json");
        }
        if (*migrate) return run_migrate(db_url);
        if (*demo) return run_demo(db_url, demo_schools);
        if (*backup) {
            const auto b = sk::app::backup(db_url, data_dir, backup_to, SK_VERSION);
            std::cout << "Backup written to " << backup_to << " (" << b.files << " file(s), schema version " << b.schema_version << ").\n";
            return 0;
        }
        if (*restore) {
            ensure_parent_folder(db_url);
            const auto r = sk::app::restore(restore_from, db_url, data_dir, force);
            std::cout << "Restored " << restore_from << " into " << sk::core::redact_db_url(db_url) << " and " << data_dir << " ("
                      << r.files << " file(s), schema version " << r.schema_version << ").\n";
            return 0;
        }
        if (*user_add) return run_user_add(db_url, email, name, role, organisation, kind, password);
        if (*copy) return run_copy(copy_from, copy_to, data_dir, copy_to_data_dir, copy_file_store);
    } catch (const std::exception& e) {
        auto message = sk::core::redact_db_password_in(e.what(), *serve ? config.db_url : db_url);
        if (*copy) message = sk::core::redact_db_password_in(sk::core::redact_db_password_in(message, copy_from), copy_to);
        if (*serve && log_format == "json") spdlog::error("error: {}", message);
        else std::cerr << "error: " << message << "\n";
        return 1;
    }
    return 0;
}
