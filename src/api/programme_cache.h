#pragma once
// Results worked out from a whole programme (the progress board, the group report's and matching figures), kept per
// server process and reused while the programme's change counter stays the same (migration 020,
// store::programme_version). At 10,000 schools such a result costs 15–35 ms of CPU; with 16 requests
// waiting on 2 cores that alone puts the answer past 100 ms, while a lookup here costs one indexed query.
//
// Correctness rests on the order of reads: the caller reads the counter BEFORE the data it computes from,
// and outside a transaction (a result read inside one that then rolls back would be kept under a counter
// value that the next change reuses).
// The triggers raise the counter in the same transaction as the change, so the data read afterwards is at
// least as new as the counter says; a result may be newer than its counter (then the next request sees a
// higher counter and computes again), never older.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace sk::api {

class ProgrammeCache {
public:
    explicit ProgrammeCache(std::size_t capacity = 8) : capacity_(capacity) {}

    // The result kept for (programme, key) at `version`, or `make()` (run outside the lock: a slow
    // computation does not hold up other programmes) kept for the next caller. `key` names the kind of
    // result and whatever else it depends on (a date, a measurement kind); one key holds one type T.
    // No version (a programme without a counter row): computed, not kept.
    template <class T, class Make>
    std::shared_ptr<const T> get(std::int64_t programme, const std::string& key, std::optional<std::int64_t> version, Make&& make) {
        if (!version) return std::make_shared<const T>(make());
        if (auto hit = find(programme, key, *version)) return std::static_pointer_cast<const T>(hit);
        auto made = std::make_shared<const T>(make());
        keep(programme, key, *version, made);
        return made;
    }

    std::uint64_t hits() const;
    std::uint64_t misses() const;
    // The two counters in Prometheus text, for GET /metrics.
    std::string prometheus_text() const;

private:
    struct Entry {
        std::int64_t programme;
        std::string key;
        std::int64_t version;
        std::shared_ptr<const void> value;
        std::uint64_t used;  // for evicting the least recently used
    };
    std::shared_ptr<const void> find(std::int64_t programme, const std::string& key, std::int64_t version);
    void keep(std::int64_t programme, const std::string& key, std::int64_t version, std::shared_ptr<const void> value);

    mutable std::mutex mutex_;
    std::vector<Entry> entries_;  // a handful (capacity): a linear search beats a map
    std::size_t capacity_;
    std::uint64_t clock_ = 0, hits_ = 0, misses_ = 0;
};

}  // namespace sk::api
