#include "api/me_json.h"

#include <boost/json.hpp>


#include "store/invitations.h"
#include "store/programmes.h"

namespace sk::api {

std::string me_json(store::Db& db, const store::User& user, std::int64_t now) {
    boost::json::array memberships;
    for (const auto& m : store::memberships_of(db, user.id)) {
        memberships.push_back(boost::json::object{{"organisationId", m.organisation_id},
                                                  {"organisationName", m.organisation_name},
                                                  {"organisationKind", m.organisation_kind},
                                                  {"role", m.role}});
    }
    // The programmes of the user's organisations, so the front-end can open the programme home.
    boost::json::array programmes;
    for (const auto& p : store::programmes_of_user(db, user.id)) {
        programmes.push_back(boost::json::object{
            {"id", p.id}, {"name", p.name}, {"schoolYear", p.school_year}, {"organisationId", p.organisation_id}, {"role", p.role}});
    }
    boost::json::object doc{
        {"user", boost::json::object{{"id", user.id}, {"email", user.email}, {"name", user.name}, {"language", user.language}}},
        {"memberships", std::move(memberships)},
        {"programmes", std::move(programmes)},
        {"operator", !db.exec("SELECT 1 FROM users WHERE id = $1 AND is_operator = 1", {user.id}).empty()},
        // How many invitations wait for the user's answer, so the web app can point to them.
        {"invitations", store::count_pending_invitations(db, user.id, now)}};
    return boost::json::serialize(doc);
}


}  // namespace sk::api
