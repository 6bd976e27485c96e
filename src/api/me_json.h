// The `Me` document: the signed-in user and their memberships (docs/api.md).
#pragma once

#include <string>

#include "store/accounts.h"
#include "store/db.h"

namespace sk::api {

std::string me_json(store::Db& db, const store::User& user);

}  // namespace sk::api
