// A person's own data (issue 20, point 2): the list in store/personal_data.h covers every column that
// refers to a user, and the export holds the rows about that person and nobody else's, without secrets.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <set>
#include <utility>

#include "store/accounts.h"
#include "store/personal_data.h"
#include "store/questions.h"
#include "store/security_log.h"
#include "support/team_fixtures.h"
#include "support/test_db.h"

namespace {

using Reference = std::pair<std::string, std::string>;  // table, column

// Every foreign key to users(id), read from the database itself, so a table added by a later migration
// counts without anyone updating this test.
std::set<Reference> references_to_users(sk::test::TestDb& t) {
    std::set<Reference> out;
    auto& db = t.db();
    if (t.postgres()) {
        for (const auto& r : db.exec("SELECT kcu.table_name, kcu.column_name FROM information_schema.referential_constraints rc "
                                     "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name "
                                     "AND kcu.constraint_schema = rc.constraint_schema "
                                     "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = rc.unique_constraint_name "
                                     "AND ccu.constraint_schema = rc.unique_constraint_schema "
                                     "WHERE ccu.table_name = 'users' AND rc.constraint_schema = current_schema()")
                               .rows)
            out.insert({r.str(0), r.str(1)});
    } else {
        for (const auto& table : db.exec("SELECT name FROM sqlite_master WHERE type = 'table'").rows)
            for (const auto& fk : db.exec("SELECT \"table\", \"from\" FROM pragma_foreign_key_list($1)", {table.str(0)}).rows)
                if (fk.str(0) == "users") out.insert({table.str(0), fk.str(1)});
    }
    return out;
}

}  // namespace

TEST(PersonalData, EveryReferenceToAUserIsListed) {
    sk::test::TestDb t;
    const auto references = references_to_users(t);
    ASSERT_GE(references.size(), 40u) << "the schema read back (40 references in migration 020)";
    std::set<Reference> listed;
    for (const auto& p : sk::store::personal_rows())
        if (!p.by_email) listed.insert({std::string(p.table), std::string(p.match)});
    for (const auto& r : references)
        EXPECT_TRUE(listed.count(r)) << r.first << "." << r.second
                                     << " refers to a user: list it in store/personal_data.cpp (export, erasure, docs/privacy.md)";
}

TEST(PersonalData, TheExportHoldsThePersonsRowsOnlyAndNoSecrets) {
    sk::test::TestDb t;
    auto& db = t.db();
    const auto organiser = sk::store::create_organisation(db, "Org", "organiser", 1);
    const auto school = sk::test::make_school(db, "School", "123456", "limburg");
    const auto chloe = sk::test::make_member(db, school, "chloe@school.be", "coordinator", false);
    const auto other = sk::test::make_member(db, school, "other@school.be", "team_member", false);
    db.exec("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ('secret-hash-1', $1, 10, 20, 15)", {chloe});
    db.exec("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ('secret-hash-2', $1, 10, 20, 15)", {other});
    sk::store::write_security_event(db, {chloe, "security.password_changed", "user", chloe, "{}"}, 30);
    sk::store::write_security_event(db, {other, "security.password_changed", "user", other, "{}"}, 31);
    // Asked before she had an account, with capitals in the address.
    sk::store::create_question(db, {organiser, "Chloé", "Chloe@School.be", "School", "label", "Hoe werkt het label?", "nl", 40, 50});
    sk::store::create_question(db, {organiser, "Iemand", "other@school.be", "School", "label", "Iets anders", "nl", 41, 51});

    const auto data = sk::store::personal_data(db, chloe);
    ASSERT_TRUE(data.is_object());
    const auto& o = data.as_object();
    EXPECT_EQ(o.at("profile").at("email").as_string(), "chloe@school.be");
    EXPECT_FALSE(o.at("profile").as_object().contains("password_hash"));
    ASSERT_EQ(o.at("memberships").as_array().size(), 1u);
    EXPECT_EQ(o.at("memberships").at(0).at("organisation_id").as_int64(), school);
    EXPECT_EQ(o.at("memberships").at(0).at("role").as_string(), "coordinator");
    ASSERT_EQ(o.at("sign-ins").as_array().size(), 1u);
    EXPECT_EQ(o.at("sign-ins").at(0).at("last_seen_at").as_int64(), 15);
    ASSERT_EQ(o.at("audit-about-you").as_array().size(), 1u);
    EXPECT_EQ(o.at("audit-about-you").at(0).at("action").as_string(), "security.password_changed");
    ASSERT_EQ(o.at("questions-asked").as_array().size(), 1u);
    EXPECT_EQ(o.at("questions-asked").at(0).at("question").as_string(), "Hoe werkt het label?");
    // Nothing of the colleague, and no secret of anyone.
    const auto text = boost::json::serialize(data);
    EXPECT_EQ(text.find("other@school.be"), std::string::npos) << text;
    EXPECT_EQ(text.find("secret-hash"), std::string::npos) << text;
    EXPECT_EQ(text.find("not-a-real-hash"), std::string::npos) << text;
    // Every listed query ran (a wrong column name would have thrown) and an unknown user has no data.
    EXPECT_TRUE(sk::store::personal_data(db, 999999).is_null());
}
