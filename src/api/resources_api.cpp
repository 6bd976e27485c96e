// The resources library: organisers add playbooks, best practices, session reports and other material
// (a link and/or a file, tagged with key elements and criteria, global or for one programme); signed-in
// users search and filter what they may see. See docs/api.md, "Sessions and resources".
#include <boost/json.hpp>

#include <algorithm>
#include <exception>

#include "api/authz.h"
#include "api/context.h"
#include "api/evidence_download.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/raw_upload.h"
#include "store/audit.h"
#include "store/evidence_files.h"
#include "store/resources.h"

namespace sk::api {

namespace {

constexpr std::size_t kResourceQueryMax = 200;
constexpr std::size_t kTagsMax = 50;

bool known_element(Ctx& ctx, const std::string& id) {
    if (!ctx.services.frameworks) return false;
    for (const auto& e : ctx.services.frameworks->entries)
        if (e.framework->find_element(id)) return true;
    return false;
}

bool valid_resource_kind(const std::string& k) { return k == "playbook" || k == "best_practice" || k == "session_report" || k == "other"; }

// A list of ids each passing `known`; repeats dropped.
std::optional<std::vector<std::string>> id_list(Ctx& ctx, JsonInput& in, const boost::json::object& obj, const std::string& field,
                                                bool (*known)(Ctx&, const std::string&), const std::string& list_key,
                                                const std::string& unknown_key) {
    if (!obj.contains(field)) return std::nullopt;
    const auto* v = field_value(obj, field);
    if (!v) return std::vector<std::string>{};
    if (!v->is_array() || v->as_array().size() > kTagsMax) {
        in.fail(field, list_key, {{"max", std::to_string(kTagsMax)}});
        return std::nullopt;
    }
    std::vector<std::string> ids;
    for (const auto& e : v->as_array()) {
        if (!e.is_string()) {
            in.fail(field, list_key, {{"max", std::to_string(kTagsMax)}});
            return std::nullopt;
        }
        const std::string id(e.as_string());
        if (!known(ctx, id)) {
            in.fail(field, unknown_key, {{"id", id.substr(0, 20)}});
            return std::nullopt;
        }
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

store::ResourceFields resource_input(Ctx& ctx, const std::optional<store::ResourceFields>& base) {
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const bool creating = !base;
    store::ResourceFields f = base.value_or(store::ResourceFields{});
    if (auto kind = in.one_of("kind", {"playbook", "best_practice", "session_report", "other"}, "field.resource_kind", creating)) f.kind = *kind;
    if (creating || obj.contains("title"))
        if (auto t = in.text("title", {.required = true, .max = 200})) f.title = *t;
    if (obj.contains("description")) f.description = in.text("description", {.required = false, .max = 4000}).value_or("");
    if (obj.contains("url")) {
        auto url = in.text("url", {.required = false, .max = 2000});
        if (url && !valid_web_url(*url)) in.fail("url", "field.url_http");
        else f.url = url;
    }
    if (obj.contains("programmeId")) {
        const auto* v = field_value(obj, "programmeId");
        if (!v) f.programme_id.reset();
        else if (!v->is_int64() || !is_programme_organiser(ctx, v->as_int64())) in.fail("programmeId", "field.resource_programme");
        else f.programme_id = v->as_int64();
    }
    if (auto ids = id_list(ctx, in, obj, "elementIds", known_element, "field.elements_list", "field.element_unknown")) f.element_ids = *ids;
    if (auto ids = id_list(ctx, in, obj, "criterionIds", known_criterion, "field.criteria_list", "field.criterion_unknown"))
        f.criterion_ids = *ids;
    if (obj.contains("published") || creating)
        if (auto p = boolean(in, field_value(obj, "published"), "published", creating ? std::optional<bool>(false) : f.published))
            f.published = *p;
    in.done();
    return f;
}

boost::json::object resource_json(const store::Resource& r) {
    const auto opt_str = [](const std::optional<std::string>& v) { return v ? boost::json::value(*v) : boost::json::value(nullptr); };
    boost::json::array elements(r.element_ids.begin(), r.element_ids.end());
    boost::json::array criteria(r.criterion_ids.begin(), r.criterion_ids.end());
    return {{"id", r.id},
            {"programmeId", r.programme_id ? boost::json::value(*r.programme_id) : nullptr},
            {"kind", r.kind},
            {"title", r.title},
            {"description", r.description},
            {"url", opt_str(r.url)},
            {"fileName", opt_str(r.file_name)},
            {"contentType", opt_str(r.content_type)},
            {"size", r.size ? boost::json::value(*r.size) : nullptr},
            {"downloadUrl", r.sha256 ? boost::json::value("/api/resources/" + std::to_string(r.id) + "/file") : nullptr},
            {"elementIds", std::move(elements)},
            {"criterionIds", std::move(criteria)},
            {"published", r.published},
            {"createdAt", r.created_at},
            {"updatedAt", r.updated_at}};
}

http::Response resource_response(Ctx& ctx, int status, std::int64_t id) {
    const auto r = store::find_resource(ctx.db, id);
    if (!r) throw ApiError::not_found();
    return json_response(status, boost::json::serialize(resource_json(*r)));
}

std::optional<std::string> query_param(Ctx& ctx, const std::string& name) {
    auto it = ctx.req.query.find(name);
    if (it == ctx.req.query.end() || it->second.empty()) return std::nullopt;
    return it->second;
}

// GET /api/resources
http::Response list_resources(Ctx& ctx) {
    ctx.user();
    store::ResourceFilter f;
    std::map<std::string, FieldError> bad;
    if (auto q = query_param(ctx, "q")) {
        std::string s = *q;
        s.erase(0, s.find_first_not_of(" \t"));
        s.erase(s.find_last_not_of(" \t") + 1);
        if (utf8_length(s) > kResourceQueryMax) bad["q"] = {"field.too_long", {{"max", std::to_string(kResourceQueryMax)}}};
        else if (!s.empty()) f.query = s;
    }
    if (auto e = query_param(ctx, "element")) {
        if (!known_element(ctx, *e)) bad["element"] = {"field.element_unknown", {{"id", e->substr(0, 20)}}};
        else f.element = e;
    }
    if (auto c = query_param(ctx, "criterion")) {
        if (!known_criterion(ctx, *c)) bad["criterion"] = {"field.criterion_unknown", {{"id", c->substr(0, 20)}}};
        else f.criterion = c;
    }
    if (auto k = query_param(ctx, "kind")) {
        if (!valid_resource_kind(*k)) bad["kind"] = {"field.resource_kind", {}};
        else f.kind = k;
    }
    if (auto p = query_param(ctx, "programme")) {
        try {
            std::size_t used = 0;
            const auto id = std::stoll(*p, &used);
            if (used != p->size() || id <= 0) throw std::invalid_argument("id");
            f.programme = id;
        } catch (const std::exception&) {
            bad["programme"] = {"field.resource_programme", {}};
        }
    }
    if (!bad.empty()) throw ApiError::validation(std::move(bad));
    if (is_organiser(ctx)) f.organiser_user = ctx.user().id;
    else f.visible_to_user = ctx.user().id;
    boost::json::array items;
    for (const auto& r : store::list_resources(ctx.db, f)) items.push_back(resource_json(r));
    return json_response(200, boost::json::serialize(boost::json::object{{"resources", std::move(items)}}));
}

// The organiser organisation a new resource without a programme belongs to: the user's (the oldest,
// for the rare organiser of several).
std::optional<std::int64_t> own_organiser_organisation(Ctx& ctx) {
    return ctx.db
        .exec("SELECT MIN(o.id) FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
              "WHERE m.user_id = $1 AND m.role = 'organiser' AND o.kind = 'organiser'",
              {ctx.user().id})
        .one()
        .opt_i64(0);
}

// POST /api/resources
http::Response create_resource(Ctx& ctx) {
    ctx.user();
    require(is_organiser(ctx));
    const auto f = resource_input(ctx, std::nullopt);
    std::int64_t id = 0;
    {
        store::Transaction tx(ctx.db);
        id = store::create_resource(ctx.db, f, own_organiser_organisation(ctx), ctx.user().id, ctx.now());
        store::write_audit(ctx.db, {ctx.user().id, f.programme_id, "resource.create", "resource", id, std::nullopt,
                                    boost::json::serialize(boost::json::object{{"kind", f.kind}, {"title", f.title}})},
                           ctx.now());
        tx.commit();
    }
    return resource_response(ctx, 201, id);
}

// Only the owning organiser organisation changes a resource. Another tenant may read a published
// global one (403 then); any other resource does not exist for it.
store::Resource load_resource_for_organiser(Ctx& ctx) {
    ctx.user();
    auto r = store::find_resource(ctx.db, id_param(ctx, "id"));
    if (!r) throw ApiError::not_found();
    const bool owner = r->organiser_id && has_role(ctx, *r->organiser_id, "organiser") &&
                       (!r->programme_id || is_programme_organiser(ctx, *r->programme_id));
    if (!owner && !store::resource_visible(ctx.db, *r, ctx.user().id)) throw ApiError::not_found();
    require(owner);
    return std::move(*r);
}

// PATCH /api/resources/{id}
http::Response patch_resource(Ctx& ctx) {
    const auto before = load_resource_for_organiser(ctx);
    const auto f = resource_input(ctx, static_cast<const store::ResourceFields&>(before));
    {
        store::Transaction tx(ctx.db);
        store::update_resource(ctx.db, before.id, f, ctx.now());
        store::write_audit(ctx.db, {ctx.user().id, f.programme_id, "resource.update", "resource", before.id,
                                    boost::json::serialize(boost::json::object{{"title", before.title}, {"published", before.published}}),
                                    boost::json::serialize(boost::json::object{{"title", f.title}, {"published", f.published}})},
                           ctx.now());
        tx.commit();
    }
    return resource_response(ctx, 200, before.id);
}

// DELETE /api/resources/{id}
http::Response remove_resource(Ctx& ctx) {
    const auto r = load_resource_for_organiser(ctx);
    {
        store::Transaction tx(ctx.db);
        store::delete_resource(ctx.db, r.id);
        store::write_audit(ctx.db, {ctx.user().id, r.programme_id, "resource.delete", "resource", r.id,
                                    boost::json::serialize(boost::json::object{{"title", r.title}}), std::nullopt},
                           ctx.now());
        tx.commit();
    }
    if (r.sha256) ctx.services.files->remove_unused(ctx.db, *r.sha256);
    return http::Response::empty(204);
}

// PUT /api/resources/{id}/file: the raw body is the file (X-File-Name), as for evidence uploads.
http::Response put_file(Ctx& ctx) {
    const auto r = load_resource_for_organiser(ctx);
    const auto file = read_raw_file(ctx);
    const auto sha = store_raw_file(ctx, ctx.req.body, [&](const std::string& sha256) {
        store::set_resource_file(ctx.db, r.id, file.name, file.content_type, file.size, sha256, ctx.now());
    });
    if (r.sha256 && *r.sha256 != sha) ctx.services.files->remove_unused(ctx.db, *r.sha256);
    return resource_response(ctx, 200, r.id);
}

// GET /api/resources/{id}/file
http::Response get_file(Ctx& ctx) {
    ctx.user();
    const auto r = store::find_resource(ctx.db, id_param(ctx, "id"));
    if (!r) throw ApiError::not_found();
    if (!(r->organiser_id && has_role(ctx, *r->organiser_id, "organiser")) && !store::resource_visible(ctx.db, *r, ctx.user().id))
        throw ApiError::not_found();
    if (!r->sha256) throw ApiError::not_found();
    const auto it = ctx.req.query.find("inline");
    return evidence_file_response(ctx, *r->sha256, r->content_type.value_or("application/octet-stream"), r->file_name.value_or("file"),
                                  it != ctx.req.query.end() && it->second == "1");
}

}  // namespace

void add_resource_routes(ApiRouter& r) {
    r.add("GET", "/api/resources", list_resources);
    r.add("POST", "/api/resources", create_resource);
    r.add("PATCH", "/api/resources/{id}", patch_resource);
    r.add("DELETE", "/api/resources/{id}", remove_resource);
    r.add("PUT", "/api/resources/{id}/file", put_file);
    r.add("GET", "/api/resources/{id}/file", get_file);
}

}  // namespace sk::api
