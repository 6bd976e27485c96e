#include "api/me_json.h"

#include <boost/json.hpp>

namespace sk::api {

std::string me_json(store::Db& db, const store::User& user) {
    boost::json::array memberships;
    for (const auto& m : store::memberships_of(db, user.id)) {
        memberships.push_back(boost::json::object{{"organisationId", m.organisation_id},
                                                  {"organisationName", m.organisation_name},
                                                  {"organisationKind", m.organisation_kind},
                                                  {"role", m.role}});
    }
    boost::json::object doc{
        {"user", boost::json::object{{"id", user.id}, {"email", user.email}, {"name", user.name}, {"language", user.language}}},
        {"memberships", std::move(memberships)}};
    return boost::json::serialize(doc);
}

}  // namespace sk::api
