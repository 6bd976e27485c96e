// A temporary folder under /tmp for one test, removed (with everything in it) with the object.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace sk::test {

struct TempDir {
    std::string path;
    // `prefix` names the folder (/tmp/<prefix>-XXXXXX), so a leftover one says which test made it.
    explicit TempDir(const std::string& prefix = "sk-test") {
        std::string tmpl = "/tmp/" + prefix + "-XXXXXX";
        if (!::mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary folder");
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

}  // namespace sk::test
