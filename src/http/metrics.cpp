#include "http/metrics.h"

#include <atomic>
#include <cstdio>
#include <map>
#include <sstream>
#include <tuple>
#include <unordered_map>

namespace sk::http {

namespace {
std::atomic<std::uint64_t> next_id{1};

std::string escape_label(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == '"') out += '\\';
        if (c == '\n') { out += "\\n"; continue; }
        out += c;
    }
    return out;
}

std::string format_double(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}
}  // namespace

struct Metrics::Shard {
    // A shard is written by one thread and read by scrapes; the mutex is uncontended in practice.
    std::mutex mutex;
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests;  // method, route, status
    std::vector<std::uint64_t> bucket_counts = std::vector<std::uint64_t>(Metrics::buckets().size(), 0);
    std::uint64_t count = 0;
    double sum = 0;
};

const std::vector<double>& Metrics::buckets() {
    static const std::vector<double> b = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
    return b;
}

const char* Metrics::method_label(const std::string& method) {
    // Methods are case-sensitive (RFC 9110 9.1): "get" is not GET, and is counted as other.
    static constexpr const char* kKnown[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE"};
    for (const char* m : kKnown)
        if (method == m) return m;
    return "other";
}

Metrics::Metrics() : id_(next_id++) {}
Metrics::~Metrics() = default;

Metrics::Shard& Metrics::shard() {
    // Keyed by instance id, not address: tests create and destroy many Metrics objects in one thread.
    thread_local std::unordered_map<std::uint64_t, Shard*> mine;
    auto it = mine.find(id_);
    if (it != mine.end()) return *it->second;
    std::lock_guard lock(shards_mutex_);
    shards_.push_back(std::make_unique<Shard>());
    Shard* s = shards_.back().get();
    mine.emplace(id_, s);
    return *s;
}

void Metrics::record(const std::string& method, const std::string& route, int status, double seconds) {
    Shard& s = shard();
    std::lock_guard lock(s.mutex);
    ++s.requests[{method_label(method), route, status}];
    const auto& b = buckets();
    for (std::size_t i = 0; i < b.size(); ++i)
        if (seconds <= b[i]) ++s.bucket_counts[i];
    ++s.count;
    s.sum += seconds;
}

std::string Metrics::prometheus_text() const {
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests;
    std::vector<std::uint64_t> bucket_counts(buckets().size(), 0);
    std::uint64_t count = 0;
    double sum = 0;
    {
        std::lock_guard lock(shards_mutex_);
        for (const auto& s : shards_) {
            std::lock_guard slock(s->mutex);
            for (const auto& [k, v] : s->requests) requests[k] += v;
            for (std::size_t i = 0; i < bucket_counts.size(); ++i) bucket_counts[i] += s->bucket_counts[i];
            count += s->count;
            sum += s->sum;
        }
    }
    std::ostringstream out;
    out << "# HELP stemkompas_http_requests_total HTTP requests by method, route and status.\n"
        << "# TYPE stemkompas_http_requests_total counter\n";
    for (const auto& [k, v] : requests) {
        out << "stemkompas_http_requests_total{method=\"" << escape_label(std::get<0>(k)) << "\",route=\""
            << escape_label(std::get<1>(k)) << "\",status=\"" << std::get<2>(k) << "\"} " << v << "\n";
    }
    out << "# HELP stemkompas_http_request_duration_seconds Time to handle a request.\n"
        << "# TYPE stemkompas_http_request_duration_seconds histogram\n";
    for (std::size_t i = 0; i < bucket_counts.size(); ++i) {
        out << "stemkompas_http_request_duration_seconds_bucket{le=\"" << format_double(buckets()[i]) << "\"} "
            << bucket_counts[i] << "\n";
    }
    out << "stemkompas_http_request_duration_seconds_bucket{le=\"+Inf\"} " << count << "\n"
        << "stemkompas_http_request_duration_seconds_sum " << format_double(sum) << "\n"
        << "stemkompas_http_request_duration_seconds_count " << count << "\n";
    return out.str();
}

}  // namespace sk::http
