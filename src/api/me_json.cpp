#include "api/me_json.h"

#include <boost/json.hpp>


#include "store/invitations.h"
#include "store/programmes.h"

namespace sk::api {

std::string me_json(store::Db& db, const store::User& user, std::int64_t now) {
    // Every page load asks for this: the document is built in one block on the stack (heap only past 4 KB), not
    // with an allocation per object and string, and freed at once.
    unsigned char buffer[4096];
    boost::json::monotonic_resource resource(buffer, sizeof buffer);
    const boost::json::storage_ptr sp(&resource);
    boost::json::array memberships(sp);
    for (const auto& m : store::memberships_of(db, user.id)) {
        memberships.push_back(boost::json::object({{"organisationId", m.organisation_id},
                                                   {"organisationName", m.organisation_name},
                                                   {"organisationKind", m.organisation_kind},
                                                   {"role", m.role}},
                                                  sp));
    }
    // The programmes of the user's organisations, so the front-end can open the programme home.
    boost::json::array programmes(sp);
    for (const auto& p : store::programmes_of_user(db, user.id)) {
        programmes.push_back(boost::json::object(
            {{"id", p.id}, {"name", p.name}, {"schoolYear", p.school_year}, {"organisationId", p.organisation_id}, {"role", p.role}}, sp));
    }
    const auto flags = store::user_flags(db, user.id, now);
    boost::json::object doc({
        {"user", {{"id", user.id}, {"email", user.email}, {"name", user.name}, {"language", user.language}}},
        {"memberships", std::move(memberships)},
        {"programmes", std::move(programmes)},
        {"operator", flags.is_operator},
        // How many invitations wait for the user's answer, so the web app can point to them.
        {"invitations", flags.pending_invitations}}, sp);
    return boost::json::serialize(doc);
}


}  // namespace sk::api
