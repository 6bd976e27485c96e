// The surveys store: tokens are single-use and bound to their survey, responses keep no identity, the
// aggregates go through the core threshold, and housekeeping removes expired tokens.
#include <gtest/gtest.h>

#include "jobs/maintenance.h"
#include "store/accounts.h"
#include "store/group_report_data.h"
#include "store/surveys.h"
#include "support/team_fixtures.h"
#include "support/test_db.h"

namespace {

struct SurveyWorld {
    sk::test::TestDb t;
    std::int64_t programme = 0, school = 0, coordinator = 0;

    SurveyWorld() {
        auto& db = t.db();
        const auto organiser = sk::store::create_organisation(db, "Org", "organiser", 1);
        programme = sk::test::make_programme(db, organiser, "Programma");
        school = sk::test::make_school(db, "School", "123456", "limburg", programme);
        coordinator = sk::test::make_member(db, school, "c@school.be", "coordinator", false);
    }

    std::int64_t survey(const std::string& kind, const std::string& group, const std::string& code) {
        return sk::store::create_survey(t.db(), {programme, school, kind, group, "secondary", "eu-stem-school-label", "2024.1", code, coordinator},
                                        100);
    }
};

}  // namespace

TEST(SurveysStore, ATokenIsSpentOnceOnItsOwnSurveyBeforeItExpires) {
    SurveyWorld s;
    auto& db = s.t.db();
    const auto a = s.survey("baseline", "teachers", "AAAAAAAA");
    const auto b = s.survey("baseline", "leaders", "BBBBBBBB");
    sk::store::create_survey_token(db, "hash-a", a, 1000);
    EXPECT_FALSE(sk::store::consume_survey_token(db, "hash-a", b, 500));    // another survey
    EXPECT_FALSE(sk::store::consume_survey_token(db, "hash-a", a, 1000));   // expired
    EXPECT_FALSE(sk::store::consume_survey_token(db, "unknown", a, 500));
    EXPECT_TRUE(sk::store::consume_survey_token(db, "hash-a", a, 999));
    EXPECT_FALSE(sk::store::consume_survey_token(db, "hash-a", a, 999));    // used

    sk::store::create_survey_token(db, "hash-b", b, 5000);
    const auto r = sk::jobs::sweep(db, 1000);
    EXPECT_EQ(r.survey_tokens, 1);
    EXPECT_EQ(db.exec("SELECT token_hash FROM survey_tokens").one().str(0), "hash-b");
}

TEST(SurveysStore, ListsCountsAndAggregates) {
    SurveyWorld s;
    auto& db = s.t.db();
    const auto students = s.survey("baseline", "students", "CCCCCCCC");
    const auto leaders = s.survey("baseline", "leaders", "DDDDDDDD");
    s.survey("final", "leaders", "EEEEEEEE");
    for (int i = 0; i < 5; ++i) sk::store::insert_survey_response(db, students, "2026-10-01", {{"C01", 1 + i}, {"C02", std::nullopt}});
    sk::store::insert_survey_response(db, leaders, "2026-10-02", {{"C01", 5}, {"C02", 5}});

    const auto list = sk::store::list_surveys(db, s.programme, s.school);
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].group, "leaders");
    EXPECT_EQ(list[0].responses, 1);
    EXPECT_EQ(list[1].group, "students");
    EXPECT_EQ(list[1].responses, 5);
    EXPECT_EQ(list[2].kind, "final");
    EXPECT_EQ(sk::store::find_survey_by_code(db, "CCCCCCCC")->id, students);
    EXPECT_FALSE(sk::store::find_survey_by_code(db, "ZZZZZZZZ").has_value());
    EXPECT_TRUE(sk::store::survey_exists(db, s.programme, s.school, "final", "leaders"));
    EXPECT_FALSE(sk::store::survey_exists(db, s.programme, s.school, "final", "students"));

    sk::store::set_survey_status(db, leaders, "closed", 200);
    EXPECT_EQ(sk::store::find_survey(db, leaders)->closed_at, 200);
    sk::store::set_survey_status(db, leaders, "open", 300);
    EXPECT_FALSE(sk::store::find_survey(db, leaders)->closed_at.has_value());

    const auto groups = sk::store::survey_aggregates(db, s.programme, s.school, "baseline", {"C01", "C02"});
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].group, "leaders");
    EXPECT_EQ(groups[0].responses, 1);
    EXPECT_FALSE(groups[0].shown);
    EXPECT_TRUE(groups[0].criteria.empty());
    EXPECT_EQ(groups[1].group, "students");
    ASSERT_TRUE(groups[1].shown);
    EXPECT_DOUBLE_EQ(*groups[1].criteria[0].mean, 3.0);
    // Five "don't know": no scores, so nothing shown for C02, not even the count (core/survey_stats.h).
    EXPECT_FALSE(groups[1].criteria[1].shown);
    EXPECT_EQ(groups[1].criteria[1].dont_know, 0);
    EXPECT_FALSE(groups[1].criteria[1].mean.has_value());
    EXPECT_TRUE(sk::store::survey_aggregates(db, s.programme, s.school + 1000, "baseline", {"C01"}).empty());
}

// Migration 014: each survey's response_count follows every insert, delete, move and cascade, however
// the rows are written (the store, plain SQL as fixtures do), and the group report's participation reads it.
TEST(SurveysStore, TheResponseCountFollowsEveryInsertAndDelete) {
    SurveyWorld s;
    auto& db = s.t.db();
    const auto teachers = s.survey("baseline", "teachers", "FFFFFFFF");
    const auto leaders = s.survey("baseline", "leaders", "GGGGGGGG");
    const auto final_teachers = s.survey("final", "teachers", "HHHHHHHH");
    const auto count = [&](std::int64_t survey) {
        return db.exec("SELECT response_count FROM surveys WHERE id = $1", {survey}).one().i64(0);
    };
    const auto truth = [&](std::int64_t survey) {
        return db.exec("SELECT COUNT(*) FROM survey_responses WHERE survey_id = $1", {survey}).one().i64(0);
    };
    EXPECT_EQ(count(teachers), 0);

    for (int i = 0; i < 3; ++i) sk::store::insert_survey_response(db, teachers, "2026-10-01", {{"C01", 3}});
    for (int i = 0; i < 2; ++i) db.exec("INSERT INTO survey_responses (survey_id, answered_on) VALUES ($1, '2026-10-02')", {teachers});
    db.exec("INSERT INTO survey_responses (survey_id, answered_on) VALUES ($1, '2026-10-02')", {leaders});
    db.exec("INSERT INTO survey_responses (survey_id, answered_on) VALUES ($1, '2026-10-02')", {final_teachers});
    EXPECT_EQ(count(teachers), 5);
    EXPECT_EQ(count(leaders), 1);

    // A failed transaction leaves the count as it was.
    {
        sk::store::Transaction tx(db);
        db.exec("INSERT INTO survey_responses (survey_id, answered_on) VALUES ($1, '2026-10-03')", {teachers});
        EXPECT_EQ(count(teachers), 6);
    }  // rolled back
    EXPECT_EQ(count(teachers), 5);

    const auto oldest = db.exec("SELECT MIN(id) FROM survey_responses WHERE survey_id = $1", {teachers}).one().i64(0);
    db.exec("DELETE FROM survey_responses WHERE id = $1", {oldest});  // its answers go by cascade
    db.exec("UPDATE survey_responses SET survey_id = $1 WHERE id = (SELECT MAX(id) FROM survey_responses WHERE survey_id = $2)", {leaders, teachers});
    EXPECT_EQ(count(teachers), 3);
    EXPECT_EQ(count(leaders), 2);
    for (auto id : {teachers, leaders, final_teachers}) EXPECT_EQ(count(id), truth(id)) << id;

    std::map<std::string, std::int64_t> expected{{"leaders", 2}, {"teachers", 3}};
    EXPECT_EQ(sk::store::survey_response_counts(db, s.programme, "baseline"), expected);
    EXPECT_EQ(sk::store::survey_response_counts(db, s.programme, "final"), (std::map<std::string, std::int64_t>{{"teachers", 1}}));

    // Deleting a survey takes its responses along (cascade) without a trigger error; the others keep theirs.
    db.exec("DELETE FROM surveys WHERE id = $1", {leaders});
    EXPECT_EQ(truth(leaders), 0);
    EXPECT_EQ(sk::store::survey_response_counts(db, s.programme, "baseline"), (std::map<std::string, std::int64_t>{{"teachers", 3}}));
    db.exec("DELETE FROM survey_responses WHERE survey_id = $1", {teachers});
    EXPECT_EQ(count(teachers), 0);
    EXPECT_TRUE(sk::store::survey_response_counts(db, s.programme, "baseline").empty());
}
