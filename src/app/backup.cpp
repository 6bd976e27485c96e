#include "app/backup.h"

#include <fcntl.h>
#include <sodium.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "core/redact_url.h"
#include "store/db.h"
#include "store/migrations.h"

namespace sk::app {
namespace {

namespace fs = std::filesystem;
constexpr int kFormatVersion = 1;

bool is_postgres(const std::string& url) { return url.starts_with("postgres"); }

[[noreturn]] void fail(const std::string& message) { throw std::runtime_error(message); }

std::string sha256_of_file(const fs::path& path, std::uintmax_t* size) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail("cannot read " + path.string());
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    std::array<char, 1 << 16> buf{};
    std::uintmax_t total = 0;
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        const auto n = in.gcount();
        if (n <= 0) break;
        crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(buf.data()), static_cast<unsigned long long>(n));
        total += static_cast<std::uintmax_t>(n);
    }
    if (in.bad()) fail("cannot read " + path.string());
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&st, digest.data());
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (auto b : digest) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    if (size) *size = total;
    return out;
}

bool is_empty_dir_or_missing(const fs::path& p) {
    std::error_code ec;
    if (!fs::exists(p, ec)) return true;
    if (!fs::is_directory(p, ec)) return false;
    return fs::directory_iterator(p, ec) == fs::directory_iterator();
}

// A file named by 64 hex digits: a stored evidence file (a temporary `<hash>.tmp-…` of an upload in
// progress is skipped; its row is not committed yet, so the database copy does not name it).
bool is_hash_name(const std::string& name) {
    return name.size() == 64 && std::all_of(name.begin(), name.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

void copy_file_synced(const fs::path& from, const fs::path& to) {
    fs::create_directories(to.parent_path());
    std::error_code ec;
    fs::remove(to, ec);
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    // copy_file keeps the source's mode; a backup and a restored file are owner-only whatever it was.
    fs::permissions(to, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    const int fd = ::open(to.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// pg_dump / pg_restore: on PATH, else the newest /usr/lib/postgresql/<n>/bin (where Debian puts them).
std::string find_pg_tool(const std::string& name) {
    if (const char* path = std::getenv("PATH")) {
        std::stringstream ss(path);
        std::string dir;
        while (std::getline(ss, dir, ':')) {
            if (dir.empty()) continue;
            const fs::path p = fs::path(dir) / name;
            if (::access(p.c_str(), X_OK) == 0) return p.string();
        }
    }
    std::vector<std::pair<int, fs::path>> found;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator("/usr/lib/postgresql", ec)) {
        const fs::path p = e.path() / "bin" / name;
        if (::access(p.c_str(), X_OK) != 0) continue;
        const std::string v = e.path().filename().string();
        found.emplace_back(std::atoi(v.c_str()), p);
    }
    if (found.empty())
        fail(name + " is not installed (looked on PATH and in /usr/lib/postgresql/*/bin); install the PostgreSQL client "
                    "programs of the server's major version, e.g. apt-get install postgresql-client-15");
    std::sort(found.begin(), found.end());
    return found.back().second.string();
}

// Runs a program without a shell; its stderr is returned (redacted) in the error when it fails.
void run_tool(const std::vector<std::string>& argv, const std::string& db_url) {
    char tmpl[] = "/tmp/stemkompas-tool-XXXXXX";
    const int err_fd = ::mkstemp(tmpl);
    if (err_fd < 0) fail("cannot create a temporary file");
    ::unlink(tmpl);
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(err_fd);
        fail("cannot start " + argv[0]);
    }
    if (pid == 0) {
        ::dup2(err_fd, 1);
        ::dup2(err_fd, 2);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::string text;
    ::lseek(err_fd, 0, SEEK_SET);
    std::array<char, 4096> buf{};
    ssize_t n = 0;
    while ((n = ::read(err_fd, buf.data(), buf.size())) > 0) text.append(buf.data(), static_cast<std::size_t>(n));
    ::close(err_fd);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(fs::path(argv[0]).filename().string() + " failed: " + core::redact_db_password_in(text, db_url));
}

void sqlite_check(int rc, sqlite3* db, const std::string& what) {
    if (rc == SQLITE_OK || rc == SQLITE_DONE) return;
    fail(what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
}

// The online backup API in one step (-1: every page). The source is in WAL mode, where a reader blocks
// no writer, so one step holds nothing that autosaves wait on; and it reads one snapshot. Stepping a few
// pages at a time would restart from the first page whenever another connection commits, which under
// steady autosaves may never finish.
void sqlite_backup(const std::string& source, const fs::path& target) {
    sqlite3* src = nullptr;
    sqlite3* dst = nullptr;
    struct Close {
        sqlite3*& a;
        sqlite3*& b;
        ~Close() {
            sqlite3_close_v2(a);
            sqlite3_close_v2(b);
        }
    } closer{src, dst};
    if (!fs::exists(source)) fail("no SQLite database at " + source);
    sqlite_check(sqlite3_open_v2(source.c_str(), &src, SQLITE_OPEN_READWRITE, nullptr), src, "cannot open " + source);
    sqlite3_busy_timeout(src, 10000);
    sqlite_check(sqlite3_open_v2(target.c_str(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr), dst,
                 "cannot create " + target.string());
    sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b) fail(std::string("backup failed: ") + sqlite3_errmsg(dst));
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 200; ++attempt) {
        rc = sqlite3_backup_step(b, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        sqlite3_sleep(50);
    }
    const int fin = sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) fail(std::string("backup failed: ") + sqlite3_errstr(rc));
    sqlite_check(fin, dst, "backup failed");
    // The copy is a single self-contained file: no -wal to carry along.
    sqlite_check(sqlite3_exec(dst, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr), dst, "backup failed");
}

std::string json_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) fail("cannot read " + p.string());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

BackupSummary backup(const std::string& db_url, const std::string& data_dir, const std::string& out_dir, const std::string& binary_version) {
    const fs::path out(out_dir);
    if (!is_empty_dir_or_missing(out)) fail(out_dir + " exists and is not empty; back up into a new or empty folder");
    fs::create_directories(out);
    const bool pg = is_postgres(db_url);

    BackupSummary summary;
    // The database first: every file a row of the snapshot names was written (and fsynced) before that row
    // committed, and stored files are immutable, so copying the files afterwards finds them all.
    if (pg) {
        summary.database_file = "database.pgdump";
        summary.schema_version = store::schema_version(*store::open(db_url));
        run_tool({find_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file=" + (out / summary.database_file).string(),
                  "--dbname=" + db_url},
                 db_url);
    } else {
        summary.database_file = "database.sqlite";
        sqlite_backup(db_url, out / summary.database_file);
        summary.schema_version = store::schema_version(*store::open_sqlite((out / summary.database_file).string()));
    }

    std::vector<std::string> files;
    const fs::path data(data_dir);
    const fs::path evidence = data / "evidence";
    std::error_code ec;
    if (fs::exists(evidence, ec)) {
        for (const auto& e : fs::recursive_directory_iterator(evidence)) {
            if (!e.is_regular_file() || !is_hash_name(e.path().filename().string())) continue;
            const auto rel = fs::relative(e.path(), data);
            copy_file_synced(e.path(), out / "files" / rel);
            files.push_back("files/" + rel.generic_string());
        }
    }
    if (fs::exists(data / "feed.key", ec)) {
        copy_file_synced(data / "feed.key", out / "files" / "feed.key");
        files.push_back("files/feed.key");
    }
    std::sort(files.begin(), files.end());
    files.insert(files.begin(), summary.database_file);

    boost::json::array entries;
    for (const auto& f : files) {
        std::uintmax_t size = 0;
        const auto sum = sha256_of_file(out / f, &size);
        entries.push_back(boost::json::object{{"path", f}, {"size", size}, {"sha256", sum}});
    }
    char created[32];
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    ::gmtime_r(&now, &tm);
    std::strftime(created, sizeof created, "%Y-%m-%dT%H:%M:%SZ", &tm);
    boost::json::object manifest{{"formatVersion", kFormatVersion},
                                 {"createdAt", created},
                                 {"binaryVersion", binary_version.empty() ? boost::json::value(nullptr) : boost::json::value(binary_version)},
                                 {"schemaVersion", summary.schema_version},
                                 {"database", pg ? "postgres" : "sqlite"},
                                 {"files", std::move(entries)}};
    {
        std::ofstream m(out / "manifest.json.tmp", std::ios::binary | std::ios::trunc);
        m << boost::json::serialize(manifest) << "\n";
        m.close();
        if (!m) fail("cannot write " + (out / "manifest.json").string());
    }
    fs::rename(out / "manifest.json.tmp", out / "manifest.json");
    summary.files = static_cast<int>(files.size());
    return summary;
}

RestoreSummary restore(const std::string& from_dir, const std::string& db_url, const std::string& data_dir, bool force) {
    const fs::path from(from_dir);
    boost::json::object manifest;
    try {
        manifest = boost::json::parse(json_file(from / "manifest.json")).as_object();
    } catch (const std::exception& e) {
        fail("no readable manifest.json in " + from_dir + ": " + e.what());
    }
    std::string kind, database_file;
    int schema = 0;
    std::vector<std::pair<std::string, std::string>> files;  // path, sha256
    try {
        if (manifest.at("formatVersion").to_number<int>() != kFormatVersion) fail("unknown backup format version");
        kind = std::string(manifest.at("database").as_string());
        schema = manifest.at("schemaVersion").to_number<int>();
        for (const auto& v : manifest.at("files").as_array()) {
            const auto& o = v.as_object();
            const std::string path(o.at("path").as_string());
            if (path.empty() || path.starts_with("/") || path.find("..") != std::string::npos) fail("unsafe path in manifest: " + path);
            files.emplace_back(path, std::string(o.at("sha256").as_string()));
            if (database_file.empty()) database_file = path;
            const std::uintmax_t size = o.at("size").to_number<std::uintmax_t>();
            std::uintmax_t actual = 0;
            std::error_code ec;
            if (!fs::is_regular_file(from / path, ec)) fail("the backup is damaged: " + path + " is missing");
            const auto sum = sha256_of_file(from / path, &actual);
            if (actual != size || sum != files.back().second) fail("the backup is damaged: " + path + " does not match its checksum");
        }
    } catch (const std::runtime_error&) {
        throw;
    } catch (const std::exception& e) {
        fail(std::string("manifest.json is not a STEMkompas backup manifest: ") + e.what());
    }
    if (files.empty()) fail("manifest.json lists no database file");
    const bool pg = is_postgres(db_url);
    if (kind != (pg ? "postgres" : "sqlite"))
        fail("this is a " + kind + " backup; restore it into a " + (kind == "postgres" ? "postgresql:// URL" : "SQLite file"));
    if (schema > store::latest_schema_version())
        fail("the backup has schema version " + std::to_string(schema) + ", newer than this binary's " +
             std::to_string(store::latest_schema_version()) + "; restore with a newer stemkompas");

    // The target must be empty unless --force.
    const fs::path data(data_dir);
    if (!force) {
        if (pg) {
            auto db = store::open(db_url);
            const auto n = db->exec("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()").one().i64(0);
            if (n > 0) fail("the database already has tables; restore into an empty database or add --force to replace it");
        } else {
            std::error_code ec;
            if (fs::exists(db_url, ec) && fs::file_size(db_url, ec) > 0)
                fail(db_url + " already exists; restore to a new file or add --force to replace it");
        }
        if (!is_empty_dir_or_missing(data)) fail(data_dir + " is not empty; restore into an empty data folder or add --force");
    }

    if (pg) {
        run_tool({find_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--exit-on-error",
                  "--dbname=" + db_url, (from / database_file).string()},
                 db_url);
    } else {
        const fs::path target(db_url);
        if (!target.parent_path().empty()) fs::create_directories(target.parent_path());
        const fs::path tmp = target.string() + ".restore-tmp";
        copy_file_synced(from / database_file, tmp);
        std::error_code ec;
        fs::remove(target.string() + "-wal", ec);
        fs::remove(target.string() + "-shm", ec);
        fs::rename(tmp, target);
    }
    fs::create_directories(data);
    int copied = 1;
    for (std::size_t i = 1; i < files.size(); ++i) {
        const std::string& path = files[i].first;
        if (!path.starts_with("files/")) continue;
        copy_file_synced(from / path, data / path.substr(6));
        ++copied;
    }

    RestoreSummary summary;
    summary.schema_version = store::schema_version(*store::open(db_url));
    summary.files = copied;
    if (summary.schema_version > store::latest_schema_version())
        fail("the restored database has schema version " + std::to_string(summary.schema_version) + ", newer than this binary's " +
             std::to_string(store::latest_schema_version()));
    return summary;
}

}  // namespace sk::app
