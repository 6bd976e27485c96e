// Shared by the label handlers: who the caller is towards one label application, loading it (401, 404,
// 403 in that order), and the Application JSON of docs/api.md ("Evidence and label" → "Label").
#pragma once

#include <cstdint>
#include <string>

#include <boost/json.hpp>

#include "api/context.h"
#include "store/label.h"

namespace sk::api {

struct LabelAccess {
    bool organiser = false;    // organiser of the application's programme
    bool coordinator = false;  // coordinator of the school (taking part in the programme)
    bool team_member = false;
    bool reviewer = false;     // the reviewer assigned to this application
    bool school() const { return coordinator || team_member; }
    bool any() const { return organiser || school() || reviewer; }
    // The reviewer's levels and feedback: the school sees them only once the application is decided.
    bool sees_review(const store::LabelApplication& a) const { return organiser || reviewer || a.status == "decided"; }
};

LabelAccess label_access(Ctx& ctx, const store::LabelApplication& a);

struct LoadedApplication {
    store::LabelApplication app;
    LabelAccess access;
};
// The application named by path parameter `{id}`; 401 signed out, 404 unknown, 403 when the caller has no standing.
LoadedApplication load_application(Ctx& ctx);

boost::json::object application_json(Ctx& ctx, const store::LabelApplication& a, const LabelAccess& access);
http::Response application_response(Ctx& ctx, int status, std::int64_t id);

}  // namespace sk::api
