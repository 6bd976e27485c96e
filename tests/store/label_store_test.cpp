// The label store: the showcase counts only a consenting school's NEWEST decision (a later "none" or an
// expired label takes it off), the progress state ignores withdrawn applications, the snapshot pins each
// file once, and state changes only happen from the states that allow them.
#include <gtest/gtest.h>

#include "store/accounts.h"
#include "store/label.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_db.h"

namespace {

struct LabelWorld {
    sk::test::TestDb t;
    std::int64_t programme = 0, school = 0, other = 0, coordinator = 0, measurement = 0, other_measurement = 0;

    LabelWorld() {
        auto& db = t.db();
        const auto organiser = sk::store::create_organisation(db, "Org", "organiser", 1);
        programme = sk::test::make_programme(db, organiser, "Programma");
        school = sk::test::make_school(db, "Zonneschool", "123456", "limburg", programme);
        other = sk::test::make_school(db, "Atheneum", "654321", "antwerpen", programme);
        coordinator = sk::test::make_member(db, school, "c@school.be", "coordinator", false);
        measurement = sk::test::make_measurement(db, programme, school, "baseline", "submitted");
        other_measurement = sk::test::make_measurement(db, programme, other, "baseline", "submitted");
    }

    std::int64_t apply(std::int64_t org, std::int64_t m, std::int64_t at, std::vector<std::pair<std::int64_t, std::string>> files = {}) {
        sk::store::NewLabelApplication a{programme, org, m, "eu-stem-school-label", "2024.1", R"({"criteria":[]})", coordinator, std::move(files)};
        return sk::store::label_create_application(t.db(), a, at);
    }
    void decide(std::int64_t id, const std::string& label, const std::string& from, const std::string& until, std::int64_t at,
                const std::string& code) {
        auto& db = t.db();
        ASSERT_TRUE(sk::store::label_assign(db, id, coordinator, "2030-01-01", at));
        sk::store::LabelDecision d{label, label, std::nullopt, from, until,
                                   code.empty() ? std::nullopt : std::optional<std::string>(code)};
        ASSERT_TRUE(sk::store::label_decide(db, id, d, coordinator, at));
    }
};

}  // namespace

TEST(LabelStore, TheShowcaseCountsTheNewestDecisionOfConsentingSchools) {
    LabelWorld w;
    auto& db = w.t.db();
    w.decide(w.apply(w.school, w.measurement, 10), "proficient", "2026-01-10", "2029-01-10", 10, "AAAAAAAAAA");
    w.decide(w.apply(w.other, w.other_measurement, 11), "competent", "2026-01-11", "2029-01-11", 11, "BBBBBBBBBB");
    EXPECT_TRUE(sk::store::label_showcase(db, "2026-02-01").empty());  // nobody consented yet

    sk::store::label_set_showcase(db, w.school, true, w.coordinator, 20);
    sk::store::label_set_showcase(db, w.school, true, w.coordinator, 21);  // twice is fine
    sk::store::label_set_showcase(db, w.other, true, w.coordinator, 22);
    auto listed = sk::store::label_showcase(db, "2026-02-01");
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].school_name, "Atheneum");  // antwerpen before limburg
    EXPECT_EQ(listed[0].province, "antwerpen");
    EXPECT_EQ(listed[1].school_name, "Zonneschool");
    EXPECT_EQ(listed[1].label, "proficient");
    EXPECT_EQ(listed[1].certificate_code, "AAAAAAAAAA");

    // The school's newer decision is "none": it leaves the showcase although the older label is still valid.
    w.decide(w.apply(w.school, w.measurement, 30), "none", "2026-03-01", "2029-03-01", 30, "");
    listed = sk::store::label_showcase(db, "2026-03-02");
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].school_name, "Atheneum");
    // Valid through its last day, gone the day after.
    EXPECT_EQ(sk::store::label_showcase(db, "2029-01-11").size(), 1u);
    EXPECT_TRUE(sk::store::label_showcase(db, "2029-01-12").empty());
    // Withdrawing consent takes a school off.
    sk::store::label_set_showcase(db, w.other, false, w.coordinator, 40);
    EXPECT_FALSE(sk::store::label_showcase_consented(db, w.other));
    EXPECT_TRUE(sk::store::label_showcase(db, "2026-03-02").empty());
}

TEST(LabelStore, StatesIgnoreWithdrawnApplicationsAndChangesNeedTheRightState) {
    LabelWorld w;
    auto& db = w.t.db();
    EXPECT_TRUE(sk::store::label_school_states(db, w.programme).empty());
    const auto first = w.apply(w.school, w.measurement, 10, {{7, "aa"}, {7, "aa"}, {8, "bb"}});
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM label_application_files WHERE application_id = $1", {first}).one().i64(0), 2);
    EXPECT_TRUE(sk::store::label_has_open_application(db, w.programme, w.school));
    EXPECT_EQ(sk::store::label_school_states(db, w.programme).at(w.school), "submitted");
    EXPECT_FALSE(sk::store::label_decide(db, first, {"none", "none", std::nullopt, "2026-01-01", "2029-01-01", std::nullopt}, w.coordinator, 11));
    ASSERT_TRUE(sk::store::label_withdraw(db, first));
    EXPECT_FALSE(sk::store::label_withdraw(db, first));
    EXPECT_FALSE(sk::store::label_assign(db, first, w.coordinator, "2030-01-01", 12));
    EXPECT_FALSE(sk::store::label_has_open_application(db, w.programme, w.school));
    EXPECT_TRUE(sk::store::label_school_states(db, w.programme).empty());  // only withdrawn: not started

    const auto second = w.apply(w.school, w.measurement, 20);
    w.decide(second, "competent", "2026-01-20", "2029-01-20", 20, "CCCCCCCCCC");
    EXPECT_FALSE(sk::store::label_withdraw(db, second));
    EXPECT_EQ(sk::store::label_school_states(db, w.programme).at(w.school), "decided");
    const auto third = w.apply(w.school, w.measurement, 30);
    EXPECT_EQ(sk::store::label_school_states(db, w.programme).at(w.school), "submitted");  // the newest counts
    ASSERT_TRUE(sk::store::label_withdraw(db, third));
    EXPECT_EQ(sk::store::label_school_states(db, w.programme).at(w.school), "decided");
    EXPECT_TRUE(sk::store::label_certificate_code_taken(db, "CCCCCCCCCC"));
    EXPECT_EQ(sk::store::label_find_by_certificate(db, "CCCCCCCCCC")->id, second);
    EXPECT_EQ(sk::store::label_school_applications(db, w.programme, w.school).front().id, third);  // newest first
}
