#include "store/batched_delete.h"

namespace sk::store {

std::int64_t delete_in_batches(Db& db, const std::string& table, const std::string& key, const std::string& condition,
                               const std::vector<Value>& params, std::size_t batch) {
    const std::string sql = "DELETE FROM " + table + " WHERE " + key + " IN (SELECT " + key + " FROM " + table + " WHERE " + condition +
                            " LIMIT " + std::to_string(batch) + ")";
    std::int64_t deleted = 0;
    for (;;) {
        const auto n = db.exec(sql, params).affected;
        deleted += n;
        if (n < static_cast<std::int64_t>(batch)) return deleted;
    }
}

}  // namespace sk::store
