#include "app/demo.h"

#include <ctime>
#include <stdexcept>

#include "app/demo_award.h"
#include "app/demo_mentoring.h"
#include "app/demo_plan.h"
#include "app/demo_results.h"
#include "core/brussels_date.h"
#include "core/local_time.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "store/programmes.h"
#include "store/registrations.h"

namespace sk::app {

namespace {
struct DemoOrganisation {
    const char* name;
    const char* kind;
};
constexpr DemoOrganisation kOrganiser{kDemoOrganiserName, "organiser"};
constexpr DemoOrganisation kSchool{"Demoschool Sint-Lucas", "school"};
constexpr DemoOrganisation kCompany{"Demotech NV", "company"};
// A second school whose baseline is already submitted, with survey answers (app/demo_results.h).
constexpr DemoOrganisation kResultsSchool{"Demoschool Ter Duinen", "school"};
constexpr const char* kResultsCoordinator = "duinen@demo.stemkompas.be";

struct DemoUser {
    const char* email;
    const char* name;
    const char* language;
    const DemoOrganisation* organisation;
    const char* role;
};
const DemoUser kUsers[] = {
    {"organisator@demo.stemkompas.be", "Olivia Organisator", "nl", &kOrganiser, "organiser"},
    {"coordinator@demo.stemkompas.be", "Cas Coördinator", "nl", &kSchool, "coordinator"},
    {"teamlid@demo.stemkompas.be", "Tine Teamlid", "nl", &kSchool, "team_member"},
    {"mentor@demo.stemkompas.be", "Mehdi Mentor", "nl", &kCompany, "mentor"},
    {"reviewer@demo.stemkompas.be", "Rita Reviewer", "en", &kOrganiser, "reviewer"},
    {"jury@demo.stemkompas.be", "Jan Jurylid", "nl", &kOrganiser, "jury"},
    {kResultsCoordinator, "Dana Duinen", "nl", &kResultsSchool, "coordinator"},
    // The platform operator belongs to no organisation (users.is_operator).
    {"beheer@demo.stemkompas.be", "Bo Beheerder", "nl", nullptr, "operator"},
};

// A published programme of the demo organiser in which the demo school and company take part, so every
// demo role has a programme home to land on.
constexpr const char* kProgrammeName = kDemoProgrammeName;

void load_demo_programme(store::Db& db, std::int64_t now, bool with_results_school) {
    const auto organiser = store::find_organisation_by_name(db, kOrganiser.name, kOrganiser.kind);
    const auto school = store::find_organisation_by_name(db, kSchool.name, kSchool.kind);
    const auto company = store::find_organisation_by_name(db, kCompany.name, kCompany.kind);
    auto found = db.exec("SELECT id FROM programmes WHERE organiser_id = $1 AND name = $2", {organiser->id, std::string(kProgrammeName)});
    const std::int64_t programme_id = found.empty() ? store::create_programme(db, organiser->id, demo_programme(now), now) : found.one().i64(0);
    store::add_participant(db, programme_id, school->id, "school", now);
    store::add_participant(db, programme_id, company->id, "company", now);
    if (db.exec("SELECT 1 FROM school_profiles WHERE organisation_id = $1", {school->id}).empty())
        store::save_school_profile(db, school->id, {"123456", "Sint-Lucasstraat 1", "8000", "Brugge", "west-vlaanderen", "kov", "secondary", 650});
    if (db.exec("SELECT 1 FROM company_profiles WHERE organisation_id = $1", {company->id}).empty())
        store::save_company_profile(db, company->id, {"0123.456.789", "Technologie", "west-vlaanderen", "50-249", "E1,E6", 3});

    load_demo_award(db, programme_id, now);

    if (!with_results_school) return;
    const auto results_school = store::find_organisation_by_name(db, kResultsSchool.name, kResultsSchool.kind);
    store::add_participant(db, programme_id, results_school->id, "school", now);
    if (db.exec("SELECT 1 FROM school_profiles WHERE organisation_id = $1", {results_school->id}).empty())
        store::save_school_profile(db, results_school->id,
                                   {"654321", "Duinenlaan 12", "8400", "Oostende", "west-vlaanderen", "go", "secondary", 820});
    const auto results_coordinator = store::find_user_by_email(db, kResultsCoordinator)->id;
    load_demo_results(db, programme_id, results_school->id, results_coordinator, now);
    load_demo_plan(db, programme_id, results_school->id, results_coordinator, now);
    load_demo_mentoring(db, programme_id, results_school->id, company->id, now);
}

}  // namespace

std::int64_t demo_story_now() {
    static const std::int64_t at = *core::parse_brussels_local(std::string(kDemoStoryDay) + "T12:00").unix_seconds;
    return at;
}

int demo_shift_days(std::int64_t now) {
    const int days = *core::days_between(kDemoStoryDay, core::brussels_date(now));
    return (days >= 0 ? days / 7 : -((-days + 6) / 7)) * 7;  // whole weeks, rounded down
}

std::string demo_date(const std::string& story_date, std::int64_t now) {
    const auto moved = core::add_days(story_date, demo_shift_days(now));
    if (!moved) throw std::invalid_argument("not a demo date: " + story_date);
    return *moved;
}

std::int64_t demo_local_time(const std::string& story_time, std::int64_t now) {
    const auto at = core::parse_brussels_local(demo_date(story_time.substr(0, 10), now) + story_time.substr(10)).unix_seconds;
    if (!at) throw std::invalid_argument("not a demo time: " + story_time);
    return *at;
}

store::ProgrammeFields demo_programme(std::int64_t now) {
    store::ProgrammeFields f;
    f.name = kProgrammeName;
    f.school_year = "2026-2027";
    f.audience = "secondary";
    f.region = "West-Vlaanderen";
    f.framework_id = kDemoFrameworkId;
    f.framework_version = kDemoFrameworkVersion;
    f.max_schools = 20;
    f.description_nl =
        "Een schooljaar lang werken secundaire scholen uit West-Vlaanderen aan hun STEM-beleid: een nulmeting, "
        "een actieplan, een lerend netwerk met andere scholen en mentoren uit bedrijven, en op het einde het STEM-label.";
    f.description_en =
        "For one school year, secondary schools in West Flanders work on their STEM policy: a baseline measurement, "
        "an action plan, a learning network with other schools and mentors from companies, and the STEM label at the end.";
    f.published = true;
    f.phases = {{"baseline", "2026-09-01", "2026-10-15"},         {"action_plan", "2026-10-16", "2026-12-18"},
                {"learning_network", "2027-01-11", "2027-03-31"}, {"label", "2027-04-19", "2027-05-14"},
                {"final", "2027-05-17", "2027-06-11"},            {"award", "2027-06-14", "2027-06-25"}};
    for (auto& phase : f.phases) {
        phase.opens_on = demo_date(phase.opens_on, now);
        phase.closes_on = demo_date(phase.closes_on, now);
    }
    return f;
}

const std::vector<DemoLogin>& demo_logins() {
    static const std::vector<DemoLogin> logins = [] {
        std::vector<DemoLogin> out;
        for (const auto& u : kUsers) out.push_back({u.email, u.role, u.organisation ? u.organisation->name : "STEMkompas (platform)"});
        return out;
    }();
    return logins;
}

int load_demo(store::Db& db, const std::string& password, bool with_results_school, std::int64_t now) {
    if (now == 0) now = std::time(nullptr);
    const std::string hash = core::hash_password(password);  // one hash serves every demo account
    int created = 0;
    store::Transaction tx(db);
    for (const auto& u : kUsers) {
        if (!with_results_school && u.organisation == &kResultsSchool) continue;
        if (!u.organisation) {
            auto user = store::find_user_by_email(db, u.email);
            const auto user_id = user ? user->id : store::create_user(db, u.email, u.name, u.language, hash, now);
            if (!user) ++created;
            db.exec("UPDATE users SET is_operator = 1 WHERE id = $1", {user_id});
            continue;
        }
        auto org = store::find_organisation_by_name(db, u.organisation->name, u.organisation->kind);
        const std::int64_t org_id = org ? org->id : store::create_organisation(db, u.organisation->name, u.organisation->kind, now);
        auto user = store::find_user_by_email(db, u.email);
        std::int64_t user_id = 0;
        if (user) {
            user_id = user->id;
        } else {
            user_id = store::create_user(db, u.email, u.name, u.language, hash, now);
            ++created;
        }
        store::add_membership(db, user_id, org_id, u.role, now);
    }
    load_demo_programme(db, now, with_results_school);
    tx.commit();
    return created;
}

}  // namespace sk::app
