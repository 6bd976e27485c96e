// Upload and download throughput and memory of the file stores (store/file_store.h), issue 22: the folder
// store (one machine) against the database store on SQLite and PostgreSQL, with the naive way of keeping
// files in a database beside them (one row per file, the whole file in one value) as the baseline for
// memory. Every file is 20 MiB of random bytes (the upload limit; random so nothing compresses).
//
//   bench_file_store [FILES] [POSTGRES_URL]     defaults 10, no PostgreSQL
//
// Upload: FileStore::add with an empty row. Download cold: the first local_path (the database store
// writes its local copy from the chunks, checking the hash); warm: local_path again plus reading the
// file, as the server's sendfile-like FileBody would. Memory: the growth of the process's peak RSS
// during the store's runs (each in its own child process, so one store's peak does not hide another's).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/secrets.h"
#include "store/db.h"
#include "store/evidence_files.h"
#include "store/file_store.h"
#include "store/migrations.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::size_t kFileSize = 20u << 20;

long peak_rss_kib() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string random_file(std::mt19937_64& rng) {
    std::string bytes = "%PDF-1.7\n";
    bytes.resize(kFileSize);
    for (std::size_t i = 9; i + 8 <= bytes.size(); i += 8) {
        const auto v = rng();
        std::memcpy(bytes.data() + i, &v, 8);
    }
    return bytes;
}

std::string fresh_postgres_schema(const std::string& url) {
    auto db = sk::store::open(url);
    db->exec_script("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    return url;
}

// One store's run, in a child process; prints one line.
void run(const std::string& label, const std::string& db_url, bool naive, sk::store::FileStoreKind kind, const std::string& dir, int files) {
    auto db = sk::store::open(db_url);
    sk::store::migrate(*db);
    if (naive) db->exec_script(db->dialect() == sk::store::Dialect::postgres ? "CREATE TABLE naive_files (sha256 TEXT PRIMARY KEY, bytes BYTEA NOT NULL)"
                                                                             : "CREATE TABLE naive_files (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL)");
    auto store = kind == sk::store::FileStoreKind::folder ? sk::store::make_folder_file_store(dir + "/evidence")
                                                          : sk::store::make_database_file_store(dir + "/file-cache");
    std::mt19937_64 rng(22);
    std::string bytes = random_file(rng);  // one buffer, changed per file: the input is not what we measure
    const long rss_before = peak_rss_kib();
    std::vector<std::string> hashes;
    const auto up = Clock::now();
    for (int i = 0; i < files; ++i) {
        std::memcpy(bytes.data() + 9, &i, sizeof i);
        if (naive) {
            // The whole file in one value: PostgreSQL's text parameters take it as hex (40 MiB), and the
            // answer of a download is the whole value again.
            const auto sha = sk::store::sha256_hex(bytes);
            static const char* hex = "0123456789abcdef";
            std::string h;
            h.reserve(bytes.size() * 2);
            for (unsigned char c : bytes) h += hex[c >> 4], h += hex[c & 15];
            if (db->dialect() == sk::store::Dialect::postgres)
                db->exec("INSERT INTO naive_files (sha256, bytes) VALUES ($1, decode($2, 'hex'))", {sha, h});
            else
                db->exec("INSERT INTO naive_files (sha256, bytes) VALUES ($1, CAST($2 AS BLOB))", {sha, bytes});
            hashes.push_back(sha);
        } else {
            hashes.push_back(store->add(*db, bytes, [](const std::string&) {}));
        }
    }
    const double up_s = seconds_since(up);
    const auto cold = Clock::now();
    std::size_t read = 0;
    for (const auto& sha : hashes) {
        if (naive) {
            const auto r = db->exec(db->dialect() == sk::store::Dialect::postgres ? "SELECT encode(bytes, 'hex') FROM naive_files WHERE sha256 = $1"
                                                                                  : "SELECT bytes FROM naive_files WHERE sha256 = $1",
                                    {sha});
            read += r.one().str(0).size();
        } else {
            read += fs::file_size(*store->local_path(*db, sha));
        }
    }
    const double cold_s = seconds_since(cold);
    const auto warm = Clock::now();
    std::string buffer(1 << 16, '\0');
    for (const auto& sha : hashes) {
        if (naive) break;
        std::ifstream in(*store->local_path(*db, sha), std::ios::binary);
        while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) read += static_cast<std::size_t>(in.gcount());
    }
    const double warm_s = naive ? 0 : seconds_since(warm);
    const double mib = static_cast<double>(files) * static_cast<double>(kFileSize) / (1 << 20);
    // The folder store's files are their own local copies: its "cold" download is the warm one.
    const bool folder = kind == sk::store::FileStoreKind::folder && !naive;
    auto rate = [](double v) { return std::to_string(static_cast<long>(v)) + " MiB/s"; };
    std::printf("%-34s upload %11s   download cold %11s   warm %11s   peak memory +%5.1f MiB\n", label.c_str(), rate(mib / up_s).c_str(),
                folder ? "(= warm)" : rate(mib / cold_s).c_str(), naive ? "-" : rate(mib / warm_s).c_str(),
                static_cast<double>(peak_rss_kib() - rss_before) / 1024);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    sk::core::init_crypto();
    const int files = argc > 1 ? std::atoi(argv[1]) : 10;
    const std::string pg = argc > 2 ? argv[2] : "";
    char tmpl[] = "/tmp/sk-bench-files-XXXXXX";
    const std::string root = mkdtemp(tmpl);
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("File stores: %d files of 20 MiB each (load %.2f %.2f %.2f)\n", files, load[0], load[1], load[2]);
    struct Case {
        std::string label;
        std::string db;
        bool naive;
        sk::store::FileStoreKind kind;
    };
    std::vector<Case> cases = {
        {"folder (SQLite rows)", root + "/a.db", false, sk::store::FileStoreKind::folder},
        {"database store, SQLite", root + "/b.db", false, sk::store::FileStoreKind::database},
        {"naive one-row files, SQLite", root + "/c.db", true, sk::store::FileStoreKind::database},
    };
    if (!pg.empty()) {
        cases.push_back({"database store, PostgreSQL", pg, false, sk::store::FileStoreKind::database});
        cases.push_back({"naive one-row files, PostgreSQL", pg, true, sk::store::FileStoreKind::database});
    }
    int n = 0;
    for (const auto& c : cases) {
        const std::string dir = root + "/" + std::to_string(++n);
        fs::create_directories(dir);
        if (c.db.starts_with("postgres")) fresh_postgres_schema(c.db);
        std::fflush(stdout);  // or the child prints the parent's buffered lines again
        const pid_t pid = fork();
        if (pid == 0) {
            run(c.label, c.db, c.naive, c.kind, dir, files);
            std::_Exit(0);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) std::printf("%-34s failed (status %d)\n", c.label.c_str(), status);
        fs::remove_all(dir);
    }
    fs::remove_all(root);
    return 0;
}
