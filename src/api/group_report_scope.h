// Who may read a programme's group report, and the report as that reader may see it. Shared by the
// JSON, PDF and XLSX routes (src/api/group_report_api.cpp) so the visibility rules live in one place.
#pragma once

#include <cstdint>
#include <string>

#include "api/context.h"
#include "render/group_report_view.h"

namespace sk::api {

// Throws 404 for an unknown programme and 403 unless the user organises it or is a member of a school
// taking part; `kind` must already be checked (baseline | final).
render::GroupReportView load_group_report(Ctx& ctx, std::int64_t programme_id, const std::string& kind);

// Authorization alone (for answering a 400 only to someone allowed to read).
void authorize_group_report(Ctx& ctx, std::int64_t programme_id);

}  // namespace sk::api
