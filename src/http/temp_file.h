// Temporary files of exports (XLSX, PDF, CSV), written in the data folder's tmp/ and sent from disk by
// the server (Response::file), so a 10,000-school export is never held in memory whole. The data folder
// may be shared by several processes and machines (docs/operations.md), so a file's name carries its
// host and process: a starting server removes only what a dead process of its own host left behind, and
// anything older than a day (a dead process elsewhere).
#pragma once

#include <memory>
#include <string>

namespace sk::http {

class TempFile {
public:
    // An empty owner-only file in `dir` (created when missing) named "<host>-<pid>-<random><suffix>".
    // Throws store::StorageFull when the disk is full, std::runtime_error when it refuses otherwise.
    static std::shared_ptr<TempFile> create(const std::string& dir, const std::string& suffix = "");
    ~TempFile();  // removes the file
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::string& path() const { return path_; }

private:
    explicit TempFile(std::string path) : path_(std::move(path)) {}
    std::string path_;
};

// Removes the leftovers of a crashed or killed server from `dir` (see above); returns how many.
int remove_leftover_temp_files(const std::string& dir);

}  // namespace sk::http
