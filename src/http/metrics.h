// Request counters and a latency histogram in Prometheus text format. Each worker thread records into
// its own shard (no lock shared between threads on the hot path); a scrape merges the shards.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace sk::http {

class Metrics {
public:
    Metrics();
    ~Metrics();
    void record(const std::string& method, const std::string& route, int status, double seconds);
    std::string prometheus_text() const;

    static const std::vector<double>& buckets();  // upper bounds in seconds

private:
    struct Shard;
    Shard& shard();
    mutable std::mutex shards_mutex_;
    std::vector<std::unique_ptr<Shard>> shards_;
    std::uint64_t id_;
};

}  // namespace sk::http
