// Who am I, and my language preference.
#include "api/context.h"
#include "api/json_input.h"
#include "api/me_json.h"
#include "store/accounts.h"

namespace sk::api {

namespace {

http::Response me(Ctx& ctx) { return json_response(200, me_json(ctx.db, ctx.user(), ctx.now())); }

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
    r.add("PUT", "/api/me/language", set_language);
}

}  // namespace sk::api
