// Migration 016 on a database of the time before it (both databases): a membership of an account without
// a password was a pending invitation and becomes an open invitation (with its invitation link's expiry),
// its award jury seat too; accounts with a password keep their memberships.
#include <gtest/gtest.h>

#include "store/accounts.h"
#include "store/migrations.h"
#include "support/test_db.h"

namespace invitations_migration_test {

using namespace sk::store;

TEST(InvitationsMigration, PendingMembershipsBecomeOpenInvitations) {
    sk::test::TestDb t(sk::test::Seed::empty);
    auto& db = t.db();
    migrate_to(db, 15);
    ASSERT_EQ(schema_version(db), 15);

    const auto organiser = create_organisation(db, "Organisator", "organiser", 1);
    const auto school = create_organisation(db, "School", "school", 1);
    const auto member = create_user(db, "lid@school.be", "Lid", "nl", std::string("hash"), 1);
    const auto pending = create_user(db, "wacht@school.be", "Wacht", "en", std::nullopt, 1);
    const auto juror = create_user(db, "jury@school.be", "Jury", "nl", std::nullopt, 1);
    add_membership(db, member, school, "coordinator", 100);
    add_membership(db, pending, school, "team_member", 200);
    db.exec("UPDATE memberships SET team_function = 'teacher' WHERE user_id = $1", {pending});
    db.exec("INSERT INTO one_time_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ('t1', $1, 'invite', 200, 5000)",
            {pending});
    // A juror invited before 016: the jury membership of the organiser organisation and a seat in a round.
    const auto programme = db.exec("INSERT INTO programmes (organiser_id, name, school_year, audience, region, framework_id, "
                                   "framework_version, max_schools, published, created_at, updated_at) VALUES ($1, 'P', '2026-2027', "
                                   "'secondary', 'Limburg', 'eu-stem-school-label', '2024.1', 20, 1, 1, 1) RETURNING id",
                                   {organiser})
                               .one()
                               .i64(0);
    const auto round = db.exec("INSERT INTO award_rounds (programme_id, opens_on, closes_on, scale, status, created_at, updated_at) "
                               "VALUES ($1, '2026-01-01', '2026-12-31', 5, 'open', 1, 1) RETURNING id",
                               {programme})
                           .one()
                           .i64(0);
    add_membership(db, juror, organiser, "jury", 300);
    db.exec("INSERT INTO award_jurors (round_id, user_id, invited_at, invited_by) VALUES ($1, $2, 300, $3)", {round, juror, member});

    EXPECT_GE(migrate(db), 1);

    // The account with a password keeps its membership; the others have none, only invitations.
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM memberships").one().i64(0), 1);
    EXPECT_TRUE(has_membership(db, member, school, "coordinator"));
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM award_jurors").one().i64(0), 0);

    auto r = db.exec("SELECT organisation_id, role, team_function, email, created_at, expires_at, award_round_id, invited_by, accepted_at, "
                     "revoked FROM invitations WHERE user_id = $1",
                     {pending});
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(r.one().i64(0), school);
    EXPECT_EQ(r.one().str(1), "team_member");
    EXPECT_EQ(r.one().str(2), "teacher");
    EXPECT_EQ(r.one().str(3), "wacht@school.be");
    EXPECT_EQ(r.one().i64(4), 200);
    EXPECT_EQ(r.one().i64(5), 5000) << "the expiry of the link in the person's mailbox";
    EXPECT_TRUE(r.one().is_null(6));
    EXPECT_TRUE(r.one().is_null(8));
    EXPECT_EQ(r.one().i64(9), 0);

    // The juror: one invitation for the round (accepting it makes the jury membership too), no second one.
    auto j = db.exec("SELECT organisation_id, role, award_round_id, invited_by, expires_at FROM invitations WHERE user_id = $1", {juror});
    ASSERT_EQ(j.rows.size(), 1u);
    EXPECT_EQ(j.one().i64(0), organiser);
    EXPECT_EQ(j.one().str(1), "jury");
    EXPECT_EQ(j.one().i64(2), round);
    EXPECT_EQ(j.one().i64(3), member);
    EXPECT_EQ(j.one().i64(4), 300 + 7 * 24 * 3600) << "no link: seven days from the invitation";

    // One open invitation per organisation, address and role.
    EXPECT_THROW(db.exec("INSERT INTO invitations (organisation_id, role, email, user_id, created_at, expires_at) "
                         "VALUES ($1, 'team_member', 'wacht@school.be', $2, 1, 2)",
                         {school, pending}),
                 DbError);
}

}  // namespace invitations_migration_test
