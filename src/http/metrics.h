// Request counters and a latency histogram in Prometheus text format. Each worker thread records into
// its own shard (no lock shared between threads on the hot path); a scrape merges the shards.
//
// Every label value comes from a fixed set, so anonymous requests cannot grow the series without bound:
// the method is one of method_label()'s, the route is a route pattern or "(static)"/"(unmatched)" (the
// caller's duty: never a raw path), and the status is one the server itself answered.
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
    // The method as counted: the methods of RFC 9110 and PATCH as they are, anything else "other".
    static const char* method_label(const std::string& method);

private:
    struct Shard;
    Shard& shard();
    mutable std::mutex shards_mutex_;
    std::vector<std::unique_ptr<Shard>> shards_;
    std::uint64_t id_;
};

}  // namespace sk::http
