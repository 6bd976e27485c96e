// See docs/api.md, "Programmes and onboarding".
#include "api/authz.h"
#include "api/context.h"

namespace sk::api {

void add_progress_routes(ApiRouter& r) { (void)r; }

}  // namespace sk::api
