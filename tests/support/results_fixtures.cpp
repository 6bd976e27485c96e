#include "support/results_fixtures.h"

namespace sk::test {

std::int64_t make_measurement(store::Db& db, std::int64_t programme, std::int64_t organisation, const std::string& kind,
                              const std::string& status) {
    return db.exec("INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, created_at, "
                   "updated_at) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', $4, 1, 1) RETURNING id",
                   {programme, organisation, kind, status})
        .one()
        .i64(0);
}

void set_answer(store::Db& db, std::int64_t measurement, const std::string& criterion, const std::string& level, const std::string& comment) {
    db.exec("INSERT INTO measurement_answers (measurement_id, criterion_id, level, comment, version, updated_at) "
            "VALUES ($1, $2, $3, $4, 1, 1)",
            {measurement, criterion, level.empty() ? store::Value(store::Null{}) : store::Value(level), comment});
}

std::int64_t make_survey(store::Db& db, std::int64_t programme, std::int64_t organisation, const std::string& kind,
                         const std::string& group, const std::string& code) {
    return db.exec("INSERT INTO surveys (programme_id, organisation_id, kind, respondent_group, variant, framework_id, framework_version, "
                   "code, created_at) VALUES ($1, $2, $3, $4, 'secondary', 'eu-stem-school-label', '2024.1', $5, 1) RETURNING id",
                   {programme, organisation, kind, group, code})
        .one()
        .i64(0);
}

void add_responses(store::Db& db, std::int64_t survey, int count, const std::map<std::string, std::optional<int>>& scores) {
    for (int i = 0; i < count; ++i) {
        const auto id = db.exec("INSERT INTO survey_responses (survey_id, answered_on) VALUES ($1, '2026-10-01') RETURNING id", {survey})
                            .one()
                            .i64(0);
        for (const auto& [criterion, score] : scores)
            db.exec("INSERT INTO survey_answers (response_id, criterion_id, score) VALUES ($1, $2, $3)",
                    {id, criterion, score ? store::Value(static_cast<std::int64_t>(*score)) : store::Value(store::Null{})});
    }
}

}  // namespace sk::test
