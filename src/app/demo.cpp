#include "app/demo.h"

#include <ctime>

#include "core/secrets.h"
#include "store/accounts.h"

namespace sk::app {

namespace {
struct DemoOrganisation {
    const char* name;
    const char* kind;
};
constexpr DemoOrganisation kOrganiser{"STEMkompas demo-organisator", "organiser"};
constexpr DemoOrganisation kSchool{"Demoschool Sint-Lucas", "school"};
constexpr DemoOrganisation kCompany{"Demotech NV", "company"};

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
};
}  // namespace

const std::vector<DemoLogin>& demo_logins() {
    static const std::vector<DemoLogin> logins = [] {
        std::vector<DemoLogin> out;
        for (const auto& u : kUsers) out.push_back({u.email, u.role, u.organisation->name});
        return out;
    }();
    return logins;
}

int load_demo(store::Db& db, const std::string& password) {
    const std::int64_t now = std::time(nullptr);
    const std::string hash = core::hash_password(password);  // one hash serves every demo account
    int created = 0;
    store::Transaction tx(db);
    for (const auto& u : kUsers) {
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
    tx.commit();
    return created;
}

}  // namespace sk::app
