#include "store/storage_full.h"

#include <cerrno>
#include <cstring>

namespace sk::store {

bool is_storage_full_errno(int err) { return err == ENOSPC || err == EDQUOT || err == EFBIG; }

void throw_file_error(const std::string& what, const std::string& path, int err) {
    const std::string message = what + " " + path + ": " + std::strerror(err);
    if (is_storage_full_errno(err)) throw StorageFull(message);
    throw std::runtime_error(message);
}

}  // namespace sk::store
