// The frameworks this server offers, each kept as its validated source document so the API can serve
// it byte for byte. Loaded once at start-up (see app/frameworks.h) and read-only afterwards.
#pragma once

#include <string>
#include <vector>

namespace sk::core {

struct FrameworkEntry {
    std::string id;
    std::string version;
    std::string name_nl;
    std::string name_en;
    std::string document;  // the JSON document
    std::vector<std::string> element_ids;  // key element ids, in order (e.g. allowed mentor expertise)
};

class FrameworkSet {
public:
    std::vector<FrameworkEntry> entries;
    const FrameworkEntry* find(const std::string& id) const {
        for (const auto& e : entries)
            if (e.id == id) return &e;
        return nullptr;
    }
};

}  // namespace sk::core
