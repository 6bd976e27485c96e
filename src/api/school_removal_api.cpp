// DELETE /api/programmes/{id}/schools/{orgId} {"confirmName"}: the programme's organiser removes a school
// that leaves, with all its data and files (store/school_removal.h), once the programme is over for it
// and when it takes part in no other programme (its data would be theirs too). The school's name must be
// typed to confirm: nothing of it can be brought back.
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/json_input.h"
#include "core/brussels_date.h"
#include "core/text_fold.h"
#include "store/audit.h"
#include "store/evidence_files.h"
#include "store/school_removal.h"

namespace sk::api {

namespace {

http::Response remove(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    const auto school_id = id_param(ctx, "orgId");
    require(is_programme_organiser(ctx, programme_id));
    const auto school = ctx.db.exec("SELECT o.name FROM programme_participants pp JOIN organisations o ON o.id = pp.organisation_id "
                                    "WHERE pp.programme_id = $1 AND pp.organisation_id = $2 AND pp.kind = 'school'",
                                    {programme_id, school_id});
    if (school.empty()) throw ApiError::not_found();
    const std::string name = school.one().str(0);

    JsonInput in(ctx.req.body);
    auto typed = in.text("confirmName", {.required = true, .max = 300});
    if (typed && core::fold_search(*typed) != core::fold_search(name)) in.fail("confirmName", "field.confirm_school_name");
    in.done();

    const auto today = core::brussels_date(ctx.now());
    const auto last = store::programme_last_day(ctx.db, programme_id, school_id);
    if (last && today <= *last) throw ApiError::conflict("school_removal_programme_running");
    if (!ctx.db.exec("SELECT 1 FROM programme_participants WHERE organisation_id = $1 AND programme_id <> $2", {school_id, programme_id})
             .empty())
        throw ApiError::conflict("school_removal_other_programmes");

    std::vector<std::string> files;
    {
        store::Transaction tx(ctx.db);
        files = *store::remove_school(ctx.db, school_id);
        store::write_audit(ctx.db,
                           {ctx.user().id, programme_id, "school.remove", "organisation", school_id,
                            boost::json::serialize(boost::json::object{{"name", name}}), std::nullopt},
                           ctx.now());
        tx.commit();
    }
    // After the commit, so a concurrent upload of the same bytes (which holds the write guard) keeps its file.
    for (const auto& sha : files) ctx.services.files->remove_unused(ctx.db, sha);
    return json_response(200, boost::json::serialize(boost::json::object{{"files", files.size()}}));
}

}  // namespace

void add_school_removal_routes(ApiRouter& r) { r.add("DELETE", "/api/programmes/{id}/schools/{orgId}", remove); }

}  // namespace sk::api
