// Who am I, and my language preference. `/api/me` is for the signed in (401 otherwise, as every
// signed-in route); `/api/auth/session` asks whether anyone is signed in at all and answers 200 either
// way, so the app's first question on a public page is not a failed request (and no console error).
#include "api/context.h"
#include "api/json_input.h"
#include "api/me_json.h"
#include "store/accounts.h"

namespace sk::api {

namespace {

http::Response me(Ctx& ctx) { return json_response(200, me_json(ctx.db, ctx.user(), ctx.now())); }

http::Response session(Ctx& ctx) {
    if (!ctx.session) return json_response(200, R"({"authenticated":false})");
    return json_response(200, R"({"authenticated":true,"me":)" + me_json(ctx.db, ctx.user(), ctx.now()) + "}");
}

http::Response set_language(Ctx& ctx) {
    const auto& user = ctx.user();
    JsonInput in(ctx.req.body);
    auto language = in.one_of("language", {"nl", "en"}, "field.language");
    in.done();
    store::set_language(ctx.db, user.id, *language);
    return json_response(200, me_json(ctx.db, *store::find_user(ctx.db, user.id), ctx.now()));
}

}  // namespace

void add_me_routes(ApiRouter& r) {
    r.add("GET", "/api/me", me);
    r.add("GET", "/api/auth/session", session);
    r.add("PUT", "/api/me/language", set_language);
}

}  // namespace sk::api
