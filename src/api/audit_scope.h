// Which programme an organiser's action on an organisation is logged under in the audit log.
#pragma once

#include <cstdint>
#include <optional>

#include "api/context.h"

namespace sk::api {

// A programme the acting organiser's organisation runs and `org_id` takes part in (or runs itself);
// none when there is no such programme (the entry is then kept without a programme).
std::optional<std::int64_t> organiser_audit_programme(Ctx& ctx, std::int64_t org_id);

}  // namespace sk::api
