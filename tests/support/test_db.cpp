#include "support/test_db.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>

#include "app/demo.h"
#include "store/migrations.h"

namespace sk::test {

namespace {

std::string admin_url() {
    const char* v = std::getenv("SK_TEST_PG_URL");
    if (!v || !*v) {
        throw std::runtime_error(
            "SK_TEST_DB=postgres needs SK_TEST_PG_URL; start a cluster with scripts/pg-test-cluster.sh start "
            "and export $(cat build/pg-test-cluster.env)");
    }
    return v;
}

// Unique across parallel test processes (pid), tests in one process (counter) and reused pids (random).
std::string new_database_name() {
    static std::atomic<int> counter{0};
    std::random_device rd;
    return "sk_t_" + std::to_string(getpid()) + "_" + std::to_string(++counter) + "_" +
           std::to_string(rd() % 1000000);
}

// `url` with its database name replaced, keeping user, host, port and query parameters.
std::string with_database(const std::string& url, const std::string& name) {
    const auto authority = url.find("://");
    const auto path = url.find('/', authority == std::string::npos ? 0 : authority + 3);
    const auto query = url.find('?', authority == std::string::npos ? 0 : authority + 3);
    const auto end_of_authority = std::min(path, query);
    const std::string rest = query == std::string::npos ? "" : url.substr(query);
    return url.substr(0, end_of_authority) + "/" + name + rest;
}

void fill(store::Db& db, Seed seed) {
    if (seed == Seed::empty) return;
    store::migrate(db);
    // On the demo story's own day (app/demo.h), so the demo programme has the same dates whatever day the
    // tests run: those that set the server's clock to a fixed date rely on them.
    if (seed != Seed::migrated) app::load_demo(db, app::kDemoPassword, seed == Seed::demo_with_results, app::demo_story_now());
}

// The templates this process made, one per seed: PostgreSQL database names or SQLite file paths.
// Removed when the process exits.
class Templates {
public:
    ~Templates() {
        for (const auto& [seed, name] : made_) {
            try {
                if (test_backend() == "postgres") {
                    store::open(admin_url())->exec_script("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } else {
                    std::error_code ec;
                    std::filesystem::remove_all(std::filesystem::path(name).parent_path(), ec);
                }
            } catch (...) {
            }
        }
    }

    std::string get(Seed seed) {
        std::lock_guard lock(mutex_);
        if (auto it = made_.find(seed); it != made_.end()) return it->second;
        std::string made = test_backend() == "postgres" ? make_postgres(seed) : make_sqlite(seed);
        made_.emplace(seed, made);
        return made;
    }

private:
    static std::string make_postgres(Seed seed) {
        const std::string admin = admin_url();
        const std::string name = "sk_tpl_" + new_database_name().substr(5);
        store::open(admin)->exec_script("CREATE DATABASE " + name);
        try {
            fill(*store::open(with_database(admin, name)), seed);  // closed again: a template must be idle
        } catch (...) {
            store::open(admin)->exec_script("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            throw;
        }
        // The server ends a closed connection's backend a moment after the client left; until it has, CREATE
        // DATABASE ... TEMPLATE fails ("source database is being accessed by other users"), which made the
        // first tests of a run fail now and then on a loaded machine.
        auto db = store::open(admin);
        for (int i = 0; i < 200; ++i) {
            if (db->exec("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = $1", {name}).one().i64(0) == 0) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        }
        return name;
    }

    static std::string make_sqlite(Seed seed) {
        char tmpl[] = "/tmp/sk-template-XXXXXX";
        if (!mkdtemp(tmpl)) throw std::runtime_error("cannot create a temporary folder");
        const std::string path = std::string(tmpl) + "/template.db";
        try {
            // Closing the only connection checkpoints the WAL into the file, so the file alone is the copy.
            fill(*store::open(path), seed);
        } catch (...) {
            std::error_code ec;
            std::filesystem::remove_all(tmpl, ec);
            throw;
        }
        return path;
    }

    std::mutex mutex_;
    std::map<Seed, std::string> made_;
};

Templates& templates() {
    static Templates t;
    return t;
}

}  // namespace

std::string test_backend() {
    const char* v = std::getenv("SK_TEST_DB");
    return v && std::string(v) == "postgres" ? "postgres" : "sqlite";
}

TestDb::TestDb(Seed seed, const std::string& sqlite_folder) {
    const std::string source = templates().get(seed);
    if (test_backend() == "postgres") {
        const std::string admin = admin_url();
        const std::string name = new_database_name();
        store::open(admin)->exec_script("CREATE DATABASE " + name + " TEMPLATE " + source);
        postgres_ = true;
        cleanup_ = name;
        url_ = with_database(admin, name);
    } else {
        std::string tmpl = (sqlite_folder.empty() ? std::string("/tmp") : sqlite_folder) + "/sk-test-XXXXXX";
        if (!mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary folder");
        cleanup_ = tmpl;
        url_ = cleanup_ + "/test.db";
        std::filesystem::copy_file(source, url_);
    }
    try {
        db_ = store::open(url_);
    } catch (...) {
        // The destructor does not run when the constructor throws.
        drop();
        throw;
    }
}

TestDb::~TestDb() { drop(); }

void TestDb::clear() {
    db_.reset();
    if (postgres_) {
        store::open(url_)->exec_script("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    } else {
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(url_ + suffix);
    }
    db_ = store::open(url_);
}

void TestDb::drop() noexcept {
    db_.reset();
    if (cleanup_.empty()) return;
    if (postgres_) {
        // FORCE closes connections a test left open, so the database never lingers.
        try {
            store::open(admin_url())->exec_script("DROP DATABASE IF EXISTS " + cleanup_ + " WITH (FORCE)");
        } catch (...) {
        }
    } else {
        std::error_code ec;
        std::filesystem::remove_all(cleanup_, ec);
    }
    cleanup_.clear();
}

}  // namespace sk::test
