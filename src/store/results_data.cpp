#include "store/results_data.h"

#include <map>

namespace sk::store {

std::optional<MeasurementRef> find_result_measurement(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind) {
    auto r = db.exec(
        "SELECT id, kind, status, framework_id, framework_version, submitted_at FROM measurements "
        "WHERE programme_id = $1 AND organisation_id = $2 AND kind = $3",
        {programme_id, organisation_id, kind});
    if (r.empty()) return std::nullopt;
    const auto& row = r.one();
    return MeasurementRef{row.i64(0), row.str(1), row.str(2), row.str(3), row.str(4), row.opt_i64(5)};
}

std::vector<core::Answer> result_answers(Db& db, std::int64_t measurement_id) {
    std::vector<core::Answer> out;
    for (const auto& row :
         db.exec("SELECT criterion_id, level, comment FROM measurement_answers WHERE measurement_id = $1 ORDER BY criterion_id",
                 {measurement_id})
             .rows) {
        core::Answer a;
        a.criterion_id = row.str(0);
        if (auto level = row.opt_str(1)) a.level = core::parse_level(*level);
        a.comment = row.str(2);
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<GroupResponses> survey_responses(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind) {
    std::vector<GroupResponses> out;
    std::map<std::int64_t, std::size_t> index_of_survey;
    for (const auto& row : db.exec("SELECT id, respondent_group FROM surveys WHERE programme_id = $1 AND organisation_id = $2 AND kind = $3 "
                                   "ORDER BY id",
                                   {programme_id, organisation_id, kind})
                               .rows) {
        index_of_survey[row.i64(0)] = out.size();
        out.push_back({row.str(1), {}});
    }
    if (out.empty()) return out;
    std::map<std::int64_t, std::pair<std::size_t, std::size_t>> response_at;  // response id -> (group index, response index)
    for (const auto& row : db.exec("SELECT r.id, r.survey_id, a.criterion_id, a.score FROM survey_responses r "
                                   "JOIN surveys s ON s.id = r.survey_id "
                                   "LEFT JOIN survey_answers a ON a.response_id = r.id "
                                   "WHERE s.programme_id = $1 AND s.organisation_id = $2 AND s.kind = $3 ORDER BY r.id",
                                   {programme_id, organisation_id, kind})
                               .rows) {
        auto it = response_at.find(row.i64(0));
        if (it == response_at.end()) {
            const auto g = index_of_survey.at(row.i64(1));
            out[g].responses.emplace_back();
            it = response_at.emplace(row.i64(0), std::make_pair(g, out[g].responses.size() - 1)).first;
        }
        if (row.is_null(2)) continue;  // a response without answer rows
        auto& response = out[it->second.first].responses[it->second.second];
        response.scores[row.str(2)] = row.is_null(3) ? std::nullopt : std::optional<int>(static_cast<int>(row.i64(3)));
    }
    return out;
}

std::vector<core::GroupAggregate> survey_aggregates(Db& db, std::int64_t programme_id, std::int64_t organisation_id,
                                                    const std::string& kind) {
    std::vector<core::GroupAggregate> out;
    for (const auto& g : survey_responses(db, programme_id, organisation_id, kind)) out.push_back(core::aggregate_group(g.group, g.responses));
    return out;
}

}  // namespace sk::store
