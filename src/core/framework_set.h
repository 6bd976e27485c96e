// The frameworks this server offers, each kept as its validated source document so the API can serve
// it byte for byte, and parsed. Loaded once at start-up (see app/frameworks.h) and read-only afterwards.
//
// Several versions of one framework id may be loaded (one file each): a measurement keeps the version
// it was started with and is always read against that version. `find(id)` gives the newest: the one
// loaded last (files load in name order, so name a new version's file to sort after the old one).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/framework.h"

namespace sk::core {

struct FrameworkEntry {
    std::string id;
    std::string version;
    std::string name_nl;
    std::string name_en;
    std::string document;  // the JSON document
    std::vector<std::string> element_ids;  // key element ids, in order (e.g. allowed mentor expertise)
    std::shared_ptr<const Framework> framework;  // the parsed document; never null once loaded
};

class FrameworkSet {
public:
    std::vector<FrameworkEntry> entries;
    // The newest loaded version of `id`; nullptr when unknown.
    const FrameworkEntry* find(const std::string& id) const {
        const FrameworkEntry* found = nullptr;
        for (const auto& e : entries)
            if (e.id == id) found = &e;
        return found;
    }
    // Exactly this version; nullptr when it is not loaded.
    const FrameworkEntry* find(const std::string& id, const std::string& version) const {
        for (const auto& e : entries)
            if (e.id == id && e.version == version) return &e;
        return nullptr;
    }
};

}  // namespace sk::core
