#include "store/sqlite_writer_turns.h"

#include <map>

namespace sk::store {

bool SqliteWriterTurns::acquire(std::chrono::milliseconds max_wait) {
    std::unique_lock lock(mutex_);
    if (!held_ && waiting_.empty()) {
        held_ = true;
        return true;
    }
    const auto ticket = next_ticket_++;
    waiting_.push_back(ticket);
    if (changed_.wait_for(lock, max_wait, [&] { return !held_ && waiting_.front() == ticket; })) {
        waiting_.pop_front();
        held_ = true;
        return true;
    }
    std::erase(waiting_, ticket);
    changed_.notify_all();  // the next in line may be free to go now
    return false;
}

void SqliteWriterTurns::release() {
    {
        std::lock_guard lock(mutex_);
        held_ = false;
    }
    changed_.notify_all();
}

std::shared_ptr<SqliteWriterTurns> sqlite_writer_turns(const std::string& path) {
    static std::mutex registry_mutex;
    static std::map<std::string, std::weak_ptr<SqliteWriterTurns>> registry;
    std::lock_guard lock(registry_mutex);
    auto& slot = registry[path];
    if (auto turns = slot.lock()) return turns;
    auto turns = std::make_shared<SqliteWriterTurns>();
    slot = turns;
    return turns;
}

}  // namespace sk::store
