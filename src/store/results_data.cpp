#include "store/results_data.h"

#include "store/measurements.h"

namespace sk::store {

std::vector<core::Answer> result_answers(Db& db, std::int64_t measurement_id) {
    std::vector<core::Answer> out;
    for (auto& row : measurement_answers(db, measurement_id)) {
        core::Answer a;
        a.criterion_id = std::move(row.criterion_id);
        if (row.level) a.level = core::parse_level(*row.level);
        a.comment = std::move(row.comment);
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace sk::store
