#include "store/group_commit.h"

#include <exception>
#include <future>

namespace sk::store {

struct GroupCommit::Item {
    const std::function<bool(Db&)>* job;
    std::promise<void> done;
};

GroupCommit::GroupCommit(const std::string& url) : db_(open(url)) { writer_ = std::thread([this] { loop(); }); }

GroupCommit::~GroupCommit() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    writer_.join();
}

void GroupCommit::run(const std::function<bool(Db&)>& job) {
    Item item{&job, {}};
    auto done = item.done.get_future();
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(&item);
    }
    wake_.notify_one();
    done.get();  // rethrows the job's or the commit's error
}

void GroupCommit::loop() {
    for (;;) {
        std::vector<Item*> batch;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stop_ || !queue_.empty(); });
            if (queue_.empty()) return;  // stopping, nothing left
            batch.swap(queue_);
        }
        // While this batch commits, new jobs queue up and form the next batch.
        std::vector<std::exception_ptr> errors(batch.size());
        try {
            db_->begin();
            for (std::size_t i = 0; i < batch.size(); ++i) {
                db_->exec("SAVEPOINT job");
                bool keep = false;
                try {
                    keep = (*batch[i]->job)(*db_);
                } catch (...) {
                    errors[i] = std::current_exception();
                }
                if (!keep) db_->exec("ROLLBACK TO job");
                db_->exec("RELEASE job");
            }
            db_->commit();
        } catch (...) {
            try {
                db_->rollback();
            } catch (...) {
            }
            const auto e = std::current_exception();
            for (auto& err : errors)
                if (!err) err = e;
        }
        for (std::size_t i = 0; i < batch.size(); ++i) {
            if (errors[i]) batch[i]->done.set_exception(errors[i]);
            else batch[i]->done.set_value();
        }
    }
}

}  // namespace sk::store
