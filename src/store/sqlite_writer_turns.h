// Writers of one SQLite file in this process take turns in the order they arrived.
//
// SQLite lets one writer at a time in; the others poll with its busy handler, which sleeps in growing
// steps (up to 100 ms) and is not fair: a background job that commits and begins again at once wins the
// lock almost every time, and a log-in waiting behind it failed with "database is locked" after the busy
// timeout (issue 17: 5.3 s while the phase-reminder job wrote 10,000 rows). Here a writer asks for its
// turn before BEGIN IMMEDIATE (or before a single writing statement outside a transaction) and is woken
// when the writer before it is done, so a job that writes again queues behind the requests that waited.
// Other processes on the same file (the command line) still meet SQLite's busy handler.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>

namespace sk::store {

class SqliteWriterTurns;

// The turns of the file at `path` (an absolute file name); a process-wide object per file.
std::shared_ptr<SqliteWriterTurns> sqlite_writer_turns(const std::string& path);

class SqliteWriterTurns {
public:
    // Waits until it is this caller's turn; false when `max_wait` passed first (then it holds no turn, and
    // the caller goes on under SQLite's own busy handling, as before: a turn never deadlocks a thread
    // that holds one connection's turn while writing through another).
    bool acquire(std::chrono::milliseconds max_wait);
    void release();

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    bool held_ = false;
    std::uint64_t next_ticket_ = 0;
    std::deque<std::uint64_t> waiting_;  // tickets in arrival order
};

}  // namespace sk::store
