#include "app/file_store_setup.h"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <stdexcept>

namespace sk::app {

store::FileStoreKind file_store_kind(const std::string& name, const std::string& db_url) {
    if (name.empty()) return store::default_file_store_kind(db_url);
    if (auto kind = store::parse_file_store_kind(name)) return *kind;
    throw std::invalid_argument("unknown file store \"" + name + "\" (folder or database)");
}

std::shared_ptr<store::FileStore> make_file_store(store::FileStoreKind kind, const std::string& data_dir) {
    if (kind == store::FileStoreKind::folder) return store::make_folder_file_store(data_dir + "/evidence");
    return store::make_database_file_store(data_dir + "/file-cache");
}

std::shared_ptr<store::FileStore> open_file_store(store::Db& db, const std::string& kind_name, const std::string& db_url,
                                                  const std::string& data_dir) {
    const auto kind = file_store_kind(kind_name, db_url);
    auto files = make_file_store(kind, data_dir);
    if (kind == store::FileStoreKind::database) {
        std::error_code ec;
        if (std::filesystem::is_directory(data_dir + "/evidence", ec)) {
            auto folder = make_file_store(store::FileStoreKind::folder, data_dir);
            std::vector<std::string> missing;
            if (const int n = store::adopt_files(db, *folder, *files, &missing))
                spdlog::info("moved {} file(s) from {}/evidence into the database; the folder may be removed once every "
                             "server has started on this version", n, data_dir);
            if (!missing.empty())
                spdlog::warn("{} file(s) that rows name are neither in the database nor in {}/evidence: start each server that "
                             "kept files in its own folder once on this version", missing.size(), data_dir);
        }
        if (const int n = store::prune_file_cache(db, data_dir + "/file-cache"))
            spdlog::info("removed {} local copy(ies) of files no longer stored from {}/file-cache", n, data_dir);
    }
    spdlog::info("files are kept in the {}", kind == store::FileStoreKind::folder ? data_dir + "/evidence folder" : std::string("database"));
    return files;
}

int move_files_after_copy(store::Db& target, store::FileStoreKind kind, const std::string& from_data_dir, const std::string& to_data_dir,
                          std::vector<std::string>& missing) {
    auto into = make_file_store(kind, to_data_dir);
    // The copied rows' files, wherever the source kept them: its folder, or the rows copied with the rest.
    auto source_folder = make_file_store(store::FileStoreKind::folder, from_data_dir);
    int moved = 0;
    if (kind == store::FileStoreKind::folder) {
        auto copied_rows = make_file_store(store::FileStoreKind::database, to_data_dir + "/file-cache");
        std::vector<std::string> not_in_rows;
        moved += store::adopt_files(target, *copied_rows, *into, &not_in_rows);
        // Now in the folder: the database keeps no second copy. Local copies made on the way go too.
        for (const auto& sha : into->hashes(target)) {
            target.exec("DELETE FROM stored_file_chunks WHERE sha256 = $1", {sha});
            target.exec("DELETE FROM stored_files WHERE sha256 = $1", {sha});
        }
        std::error_code ec;
        std::filesystem::remove_all(to_data_dir + "/file-cache", ec);
        if (from_data_dir != to_data_dir) moved += store::adopt_files(target, *source_folder, *into, &missing);
        else missing = not_in_rows;
    } else {
        moved += store::adopt_files(target, *source_folder, *into, &missing);
    }
    return moved;
}

}  // namespace sk::app
