// A person's own data (issue 20, point 2; docs/privacy.md): everything the database keeps about them,
// as JSON files in a ZIP. Every signed-in user downloads their own; the operator can do it for anyone,
// after finding them by e-mail address (in a POST body, so the address stays out of access logs).
// Every export is a security event, so the person can see it in their next export.
#include <boost/json.hpp>

#include <fstream>

#include "api/authz.h"
#include "api/context.h"
#include "api/file_response.h"
#include "api/json_input.h"
#include "core/brussels_date.h"
#include "render/zip_file.h"
#include "store/accounts.h"
#include "store/personal_data.h"
#include "store/security_log.h"

namespace sk::api {

namespace {

// One row per line: readable in a text editor, still one JSON value.
std::string rows_file(const boost::json::value& rows) {
    if (!rows.is_array()) return boost::json::serialize(rows) + "\n";
    std::string out = "[\n";
    const auto& a = rows.as_array();
    for (std::size_t i = 0; i < a.size(); ++i) out += "  " + boost::json::serialize(a[i]) + (i + 1 < a.size() ? ",\n" : "\n");
    return out + "]\n";
}

std::string readme(const boost::json::object& data, const std::string& day) {
    std::string nl =
        "STEMkompas: persoonsgegevens (" + day + ")\n\n"
        "Dit archief bevat alles wat STEMkompas over deze persoon bewaart: het profiel en, per soort, de rijen\n"
        "die naar deze persoon verwijzen of dit e-mailadres dragen. Elk bestand is JSON: een lijst met een regel\n"
        "per rij. Antwoorden op vragenlijsten zijn anoniem en staan hier dus niet in. Wat we bewaren, waarom en\n"
        "hoe lang: de privacypagina van het platform.\n\n"
        "  profile.json  Je account.\n";
    std::string en =
        "STEMkompas: personal data (" + day + ")\n\n"
        "This archive holds everything STEMkompas keeps about this person: the profile and, per kind, the rows\n"
        "that refer to this person or carry this e-mail address. Each file is JSON: a list with one line per row.\n"
        "Survey answers are anonymous, so they are not here. What we keep, why and for how long: the platform's\n"
        "privacy page.\n\n"
        "  profile.json  Your account.\n";
    for (const auto& p : store::personal_rows()) {
        if (!data.contains(p.file)) continue;
        nl += "  " + std::string(p.file) + ".json  " + std::string(p.what_nl) + "\n";
        en += "  " + std::string(p.file) + ".json  " + std::string(p.what) + "\n";
    }
    return nl + "\n" + en;
}

http::Response export_of(Ctx& ctx, std::int64_t user_id) {
    const auto data = store::personal_data(ctx.db, user_id);
    if (data.is_null()) throw ApiError::not_found();
    const auto now = ctx.now();
    const auto day = core::brussels_date(now);
    std::vector<render::ZipEntry> entries = {{"README.txt", readme(data.as_object(), day)}};
    for (const auto& [file, rows] : data.as_object()) entries.push_back({std::string(file) + ".json", rows_file(rows)});
    const auto zip = render::write_zip(entries, now);
    store::write_security_event(ctx.db,
                                {ctx.user().id, "security.data_export", "user", user_id,
                                 boost::json::serialize(boost::json::object{{"files", entries.size()}})},
                                now);
    return temp_file_response(
        ctx, ".zip", [&](const std::string& path) { std::ofstream(path, std::ios::binary) << zip; }, "application/zip",
        "stemkompas-gegevens-" + day + ".zip");
}

// GET /api/me/data.zip
http::Response my_data(Ctx& ctx) { return export_of(ctx, ctx.user().id); }

// POST /api/operator/people/find {"email"} -> {"id","name","email"}; 404 person_not_found.
http::Response find_person(Ctx& ctx) {
    require_operator(ctx);
    JsonInput in(ctx.req.body);
    auto email = in.email("email");
    in.done();
    const auto user = store::find_user_by_email(ctx.db, *email);
    if (!user) throw ApiError{404, "person_not_found", {}, {}, {}};
    return json_response(200, boost::json::serialize(boost::json::object{{"id", user->id}, {"name", user->name}, {"email", user->email}}));
}

// GET /api/operator/people/{id}/data.zip
http::Response person_data(Ctx& ctx) {
    require_operator(ctx);
    return export_of(ctx, id_param(ctx, "id"));
}

}  // namespace

void add_personal_data_routes(ApiRouter& r) {
    r.add("GET", "/api/me/data.zip", my_data);
    r.add("POST", "/api/operator/people/find", find_person);
    r.add("GET", "/api/operator/people/{id}/data.zip", person_data);
}

}  // namespace sk::api
