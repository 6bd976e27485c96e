#include "api/programme_cache.h"

#include <algorithm>

namespace sk::api {

std::shared_ptr<const void> ProgrammeCache::find(std::int64_t programme, const std::string& key, std::int64_t version) {
    std::lock_guard lock(mutex_);
    for (auto& e : entries_)
        if (e.programme == programme && e.key == key && e.version == version) {
            e.used = ++clock_;
            ++hits_;
            return e.value;
        }
    ++misses_;
    return nullptr;
}

void ProgrammeCache::keep(std::int64_t programme, const std::string& key, std::int64_t version, std::shared_ptr<const void> value) {
    std::lock_guard lock(mutex_);
    for (auto& e : entries_)
        if (e.programme == programme && e.key == key) {
            // Two requests may finish out of order: a result for an older counter never replaces a newer one.
            if (e.version <= version) {
                e.version = version;
                e.value = std::move(value);
                e.used = ++clock_;
            }
            return;
        }
    if (capacity_ == 0) return;
    if (entries_.size() >= capacity_)
        entries_.erase(std::min_element(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; }));
    entries_.push_back({programme, key, version, std::move(value), ++clock_});
}

std::uint64_t ProgrammeCache::hits() const {
    std::lock_guard lock(mutex_);
    return hits_;
}

std::uint64_t ProgrammeCache::misses() const {
    std::lock_guard lock(mutex_);
    return misses_;
}

std::string ProgrammeCache::prometheus_text() const {
    std::lock_guard lock(mutex_);
    return "# HELP stemkompas_programme_cache_hits_total Progress boards, group reports and matching figures answered from the programme cache.\n"
           "# TYPE stemkompas_programme_cache_hits_total counter\n"
           "stemkompas_programme_cache_hits_total " +
           std::to_string(hits_) +
           "\n"
           "# HELP stemkompas_programme_cache_misses_total Progress boards, group reports and matching figures worked out from the database.\n"
           "# TYPE stemkompas_programme_cache_misses_total counter\n"
           "stemkompas_programme_cache_misses_total " +
           std::to_string(misses_) + "\n";
}

}  // namespace sk::api
