// GET /robots.txt: what search engines may index. The public pages (programmes and their registration
// forms, the framework, the showcase, certificate checks, "Ask us", the playbook, the privacy page, the
// log-in page) are open; the API, the calendar feeds, one-time links, the pupils' survey pages and every
// signed-in page are not. Served by the server itself, so it holds whatever front-end build is in the web
// folder. Signed-in pages answer only a log-in form to a crawler anyway; this keeps them out of its queue.
#include "api/context.h"

namespace sk::api {

namespace {

constexpr const char* kRobots =
    "User-agent: *\n"
    "Allow: /$\n"
    "Allow: /login\n"
    "Allow: /programmes\n"
    "Allow: /framework\n"
    "Allow: /showcase\n"
    "Allow: /verify\n"
    "Allow: /ask\n"
    "Allow: /playbook\n"
    "Allow: /privacy\n"
    "Disallow: /api/\n"
    "Disallow: /ical/\n"
    "Disallow: /s/\n"
    "Disallow: /set-password\n"
    "Disallow: /forgot-password\n"
    "Disallow: /programmes/*/schools/\n"
    "Disallow: /programmes/*/sessions\n"
    "Disallow: /programmes/*/group-report\n"
    "Disallow: /organiser/\n"
    "Disallow: /operator\n"
    "Disallow: /team\n"
    "Disallow: /invitations\n"
    "Disallow: /schools/\n"
    "Disallow: /reviews\n"
    "Disallow: /sessions/\n"
    "Disallow: /working-groups/\n"
    "Disallow: /resources\n"
    "Disallow: /mentoring\n"
    "Disallow: /jury\n";

http::Response robots(Ctx&) {
    auto res = http::Response::text(200, kRobots, "text/plain; charset=utf-8");
    res.set_header("Cache-Control", "public, max-age=86400");
    return res;
}

}  // namespace

void add_robots_routes(ApiRouter& r) { r.add("GET", "/robots.txt", robots); }

}  // namespace sk::api
