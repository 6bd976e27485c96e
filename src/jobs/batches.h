// Background jobs write in bounded batches: one transaction per kJobBatch rows. A job over 10,000 schools
// then commits a few dozen times instead of 10,000 (each commit an fsync in durable SQLite), and no
// transaction holds the writer for long: between two batches the writers of requests that waited get
// their turn (store/sqlite_writer_turns.h), so a log-in never waits behind a whole job.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

#include "store/db.h"

namespace sk::jobs {

// Rows per transaction: a batch of phase reminders (a claim row and a rendered mail each) takes a few
// milliseconds to write, short next to a request's patience, long enough to share the commit's cost.
inline constexpr std::size_t kJobBatch = 200;

// Runs `work(item)` for every item, kJobBatch items per transaction, and counts the items it returned
// true for. An exception rolls back its own batch (earlier batches stay) and ends the run.
template <class Item, class Work>
int in_batches(store::Db& db, const std::vector<Item>& items, Work work) {
    int done = 0;
    for (std::size_t start = 0; start < items.size(); start += kJobBatch) {
        store::Transaction tx(db);
        const std::size_t end = std::min(items.size(), start + kJobBatch);
        for (std::size_t i = start; i < end; ++i)
            if (work(items[i])) ++done;
        tx.commit();
    }
    return done;
}

}  // namespace sk::jobs
