// The folder store: store/evidence_files.h behind the FileStore interface.
#include <sys/stat.h>

#include <algorithm>
#include <exception>
#include <filesystem>

#include "store/evidence_files.h"
#include "store/file_store.h"

namespace sk::store {

namespace {

namespace fs = std::filesystem;

bool is_hash(const std::string& name) {
    return name.size() == 64 && name.find_first_not_of("0123456789abcdef") == std::string::npos;
}

class FolderFileStore final : public FileStore {
public:
    explicit FolderFileStore(std::string folder) : folder_(std::move(folder)) {}

    FileStoreKind kind() const override { return FileStoreKind::folder; }

    std::string add(Db& db, std::string_view bytes, const std::function<void(const std::string&)>& record) override {
        std::exception_ptr failure;
        std::string sha;
        {
            // Held until the row is committed: no removal collects the file before a row names it.
            auto guard = evidence_write_guard();
            sha = put_evidence_file(folder_, bytes);
            try {
                Transaction tx(db);
                record(sha);
                tx.commit();
            } catch (...) {
                failure = std::current_exception();
            }
        }
        if (failure) {
            // An identical file may have been there already and be named by other rows: only if none.
            remove_unused_file(db, folder_, sha);
            std::rethrow_exception(failure);
        }
        return sha;
    }

    std::shared_lock<std::shared_mutex> pin_guard() override { return evidence_write_guard(); }

    bool pin(Db&, const std::string& sha256) override { return local_path_if_any(sha256).has_value(); }

    std::optional<std::string> local_path(Db&, const std::string& sha256) override { return local_path_if_any(sha256); }

    std::optional<std::string> read(Db&, const std::string& sha256) override { return read_evidence_file(folder_, sha256); }

    bool remove_unused(Db& db, const std::string& sha256) override { return remove_unused_file(db, folder_, sha256); }

    std::vector<std::string> hashes(Db&) override {
        std::vector<std::string> out;
        std::error_code ec;
        if (!fs::is_directory(folder_, ec)) return out;
        for (const auto& entry : fs::recursive_directory_iterator(folder_, ec))
            if (entry.is_regular_file(ec) && is_hash(entry.path().filename().string())) out.push_back(entry.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    std::optional<std::string> local_path_if_any(const std::string& sha256) const {
        auto path = evidence_file_path(folder_, sha256);
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
        return path;
    }

    std::string folder_;
};

}  // namespace

std::unique_ptr<FileStore> make_folder_file_store(std::string folder) { return std::make_unique<FolderFileStore>(std::move(folder)); }

}  // namespace sk::store
