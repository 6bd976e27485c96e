// Group commit: many small write jobs from different threads share one transaction and one commit (one
// fsync in SQLite's durable mode), and each job's caller is released only after that commit, so every
// acknowledged write is durable while the fsync cost is paid once per batch instead of once per write.
//
//   GroupCommit gc(url);                         // its own connection and writer thread
//   gc.run([&](Db& db) { ...; return true; });   // blocks until the shared transaction committed
//
// A job runs inside a savepoint of the shared transaction: returning false (or throwing) undoes exactly
// that job's changes; the other jobs of the batch are not affected. run() rethrows what the job threw,
// or the commit's error (then no job of the batch is stored).
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "store/db.h"

namespace sk::store {

class GroupCommit {
public:
    explicit GroupCommit(const std::string& url);
    ~GroupCommit();
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;

    void run(const std::function<bool(Db&)>& job);

private:
    struct Item;
    void loop();

    std::unique_ptr<Db> db_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::vector<Item*> queue_;
    bool stop_ = false;
    std::thread writer_;
};

}  // namespace sk::store
