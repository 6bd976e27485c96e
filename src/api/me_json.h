// The `Me` document: the signed-in user and their memberships (docs/api.md).
#pragma once

#include <cstdint>
#include <string>

#include "store/accounts.h"
#include "store/db.h"

namespace sk::api {

// `now` decides which invitations still wait (`invitations`: how many); the request's clock where there is one.
std::string me_json(store::Db& db, const store::User& user, std::int64_t now);

}  // namespace sk::api
