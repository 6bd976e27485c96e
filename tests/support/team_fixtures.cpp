#include "support/team_fixtures.h"

#include <ctime>

#include "app/demo.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "store/invitations.h"

namespace sk::test {

std::int64_t org_id(store::Db& db, const std::string& name) {
    return db.exec("SELECT id FROM organisations WHERE name = $1", {name}).one().i64(0);
}

std::int64_t user_id(store::Db& db, const std::string& email) {
    return db.exec("SELECT id FROM users WHERE email = $1", {email}).one().i64(0);
}

std::int64_t org_of(store::Db& db, const std::string& email) {
    return db.exec("SELECT m.organisation_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1 ORDER BY m.id",
                   {email})
        .one()
        .i64(0);
}

std::int64_t make_programme(store::Db& db, std::int64_t organiser_org, const std::string& name, std::int64_t max_schools,
                            const std::vector<PhaseDates>& phases) {
    const auto id = db.exec("INSERT INTO programmes (organiser_id, name, school_year, audience, region, framework_id, framework_version, "
                            "max_schools, published, created_at, updated_at) VALUES ($1, $2, '2026-2027', 'secondary', 'Vlaanderen', "
                            "'eu-stem-school-label', '1.0', $3, 1, 1, 1) RETURNING id",
                            {organiser_org, name, max_schools})
                        .one()
                        .i64(0);
    for (const auto& p : phases)
        db.exec("INSERT INTO programme_phases (programme_id, kind, opens_on, closes_on) VALUES ($1, $2, $3, $4)",
                {id, p.kind, p.opens_on, p.closes_on});
    return id;
}

void add_participant(store::Db& db, std::int64_t programme, std::int64_t organisation, const std::string& kind) {
    db.exec("INSERT INTO programme_participants (programme_id, organisation_id, kind, joined_at) VALUES ($1, $2, $3, 1)",
            {programme, organisation, kind});
}

std::int64_t make_school(store::Db& db, const std::string& name, const std::string& number, const std::string& province,
                         std::int64_t programme) {
    const auto id = store::create_organisation(db, name, "school", 1);
    db.exec("INSERT INTO school_profiles (organisation_id, institution_number, street, postcode, municipality, province, network, "
            "level, pupils) VALUES ($1, $2, 'Schoolstraat 1', '9000', 'Gent', $3, 'go', 'secondary', 500)",
            {id, number, province});
    if (programme) add_participant(db, programme, id, "school");
    return id;
}

std::int64_t make_member(store::Db& db, std::int64_t organisation, const std::string& email, const std::string& role, bool pending) {
    auto existing = store::find_user_by_email(db, email);
    const auto uid = existing ? existing->id
                              : store::create_user(db, email, "Lid " + email.substr(0, email.find('@')), "nl",
                                                   pending ? std::nullopt : std::optional<std::string>("not-a-real-hash"), 1);
    if (pending)
        make_invitation(db, organisation, uid, role, std::time(nullptr));
    else
        store::add_membership(db, uid, organisation, role, 1);
    return uid;
}

std::int64_t make_invitation(store::Db& db, std::int64_t organisation, std::int64_t user, const std::string& role, std::int64_t now) {
    const auto email = store::find_user(db, user)->email;
    return *store::insert_invitation(db, {organisation, role, std::nullopt, std::nullopt, email, user, std::nullopt}, now);
}

std::int64_t make_other_organiser(store::Db& db, const std::string& email) {
    const auto org = store::create_organisation(db, "Andere organisator", "organiser", 1);
    const auto uid = store::create_user(db, email, "Olga Organisator", "nl", core::hash_password(app::kDemoPassword), 1);
    store::add_membership(db, uid, org, "organiser", 1);
    return org;
}

}  // namespace sk::test
