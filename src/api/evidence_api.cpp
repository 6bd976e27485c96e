// A school's evidence library: files (raw-body upload, type decided from the bytes, content-addressed
// storage) and links, each supporting criteria. See docs/api.md, "Evidence and label" -> "Evidence".
// Who: members of THAT school (coordinator, team_member) read and write; organisers of a programme the
// school takes part in read. Checked on the object in every handler: 401, 404, 403 in that order.
#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <set>

#include "api/authz.h"
#include "api/context.h"
#include "api/evidence_download.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/page_filters.h"
#include "api/paging.h"
#include "api/raw_upload.h"
#include "core/framework_set.h"
#include "core/upload_headers.h"
#include "store/evidence.h"
#include "store/evidence_files.h"

namespace sk::api {

namespace {

constexpr std::int64_t kQuotaBytes = 200LL << 20;  // per school, the sum of its files' sizes
constexpr std::size_t kLinkUrlMax = 2000;

struct EvidenceAccess {
    bool editor = false;     // coordinator or team member of the school
    bool organiser = false;  // organiser of a programme the school takes part in
    bool read() const { return editor || organiser; }
};

EvidenceAccess evidence_access(Ctx& ctx, std::int64_t organisation_id) {
    EvidenceAccess a;
    const auto user_id = ctx.user().id;
    a.editor = !ctx.db
                    .exec("SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 "
                          "AND m.organisation_id = $2 AND o.kind = 'school' AND m.role IN ('coordinator', 'team_member')",
                          {user_id, organisation_id})
                    .empty();
    a.organiser = !ctx.db
                       .exec("SELECT 1 FROM programme_participants pp JOIN programmes p ON p.id = pp.programme_id "
                             "JOIN memberships m ON m.organisation_id = p.organiser_id "
                             "WHERE pp.organisation_id = $1 AND pp.kind = 'school' AND m.user_id = $2 AND m.role = 'organiser'",
                             {organisation_id, user_id})
                       .empty();
    return a;
}

// The school named by `{orgId}`: 401, 404 (no such organisation), then the caller's access.
std::pair<std::int64_t, EvidenceAccess> load_evidence_school(Ctx& ctx) {
    ctx.user();
    const auto org_id = id_param(ctx, "orgId");
    if (ctx.db.exec("SELECT 1 FROM organisations WHERE id = $1", {org_id}).empty()) throw ApiError::not_found();
    return {org_id, evidence_access(ctx, org_id)};
}

// The evidence named by `{id}`: 401, 404, then the caller's access to its school.
std::pair<store::Evidence, EvidenceAccess> load_evidence(Ctx& ctx) {
    ctx.user();
    auto e = store::find_evidence(ctx.db, id_param(ctx, "id"));
    if (!e) throw ApiError::not_found();
    const auto access = evidence_access(ctx, e->organisation_id);
    return {std::move(*e), access};
}

boost::json::object evidence_json(const store::Evidence& e) {
    const auto opt_str = [](const std::optional<std::string>& v) { return v ? boost::json::value(*v) : boost::json::value(nullptr); };
    boost::json::array criteria;
    for (const auto& c : e.criterion_ids) criteria.push_back(boost::json::value(c));
    return {{"id", e.id},
            {"organisationId", e.organisation_id},
            {"kind", e.kind},
            {"title", e.title},
            {"description", e.description},
            {"url", opt_str(e.url)},
            {"fileName", opt_str(e.file_name)},
            {"contentType", opt_str(e.content_type)},
            {"size", e.size ? boost::json::value(*e.size) : boost::json::value(nullptr)},
            {"criterionIds", std::move(criteria)},
            {"createdAt", e.created_at},
            {"createdByName", opt_str(e.created_by_name)},
            {"updatedAt", e.updated_at},
            {"downloadUrl", e.kind == "file" ? boost::json::value("/api/evidence/" + std::to_string(e.id) + "/file")
                                             : boost::json::value(nullptr)}};
}

http::Response evidence_response(Ctx& ctx, int status, std::int64_t id) {
    const auto e = store::find_evidence(ctx.db, id);
    if (!e) throw ApiError::not_found();
    return json_response(status, boost::json::serialize(evidence_json(*e)));
}

// Megabytes with one decimal, in the caller's language ("12,5 MB" / "12.5 MB").
std::string megabytes(Ctx& ctx, std::int64_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
    std::string s = buf;
    if (ctx.lang == core::Language::nl) std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

// Throws 409 evidence_quota when `adding` more bytes would not fit.
void check_quota(Ctx& ctx, std::int64_t organisation_id, std::int64_t adding) {
    const auto used = store::evidence_bytes_used(ctx.db, organisation_id);
    if (used + adding <= kQuotaBytes) return;
    throw ApiError{409,
                   "evidence_quota",
                   {},
                   {{"used", megabytes(ctx, used)},
                    {"free", megabytes(ctx, std::max<std::int64_t>(0, kQuotaBytes - used))},
                    {"limit", megabytes(ctx, kQuotaBytes)},
                    {"size", megabytes(ctx, adding)}},
                   {}};
}

// `criterionIds` of a JSON body: a list of known criterion ids (repeats dropped).
std::optional<std::vector<std::string>> evidence_criteria(Ctx& ctx, JsonInput& in, const boost::json::object& obj) {
    const auto* v = field_value(obj, "criterionIds");
    if (!v) return std::nullopt;
    if (!v->is_array() || v->as_array().size() > core::kEvidenceCriteriaMax) {
        in.fail("criterionIds", "field.criteria_list", {{"max", std::to_string(core::kEvidenceCriteriaMax)}});
        return std::nullopt;
    }
    std::vector<std::string> ids;
    for (const auto& e : v->as_array()) {
        if (!e.is_string()) {
            in.fail("criterionIds", "field.criteria_list", {{"max", std::to_string(core::kEvidenceCriteriaMax)}});
            return std::nullopt;
        }
        const std::string id(e.as_string());
        if (!known_criterion(ctx, id)) {
            in.fail("criterionIds", "field.criterion_unknown", {{"id", id.substr(0, 20)}});
            return std::nullopt;
        }
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    return ids;
}

std::optional<std::string> url_field(JsonInput& in, bool required) {
    auto url = in.text("url", {.required = required, .max = kLinkUrlMax});
    if (url && !valid_web_url(*url)) {
        in.fail("url", "field.url_http");
        return std::nullopt;
    }
    return url;
}

// The sort fields of the library (api/paging.h); newest first by default.
constexpr SortField kEvidenceSorts[] = {
    {"createdAt", "e.created_at"},
    {"updatedAt", "e.updated_at"},
    {"title", "sk_fold(e.title)"},
};

constexpr std::size_t kEvidenceIdsMax = 200;

// GET /api/organisations/{orgId}/evidence?page=&size=&sort=&q=&kind=&criterion=&element=&ids= (paged), with
// the counts per kind, criterion and key element, and the school's quota. `ids` (up to 200, comma-separated)
// reads given rows, e.g. those a measurement links, without the whole library.
http::Response list_evidence(Ctx& ctx) {
    const auto [org_id, access] = load_evidence_school(ctx);
    require(access.read());
    std::map<std::string, FieldError> bad;
    const auto page = read_page(ctx.req.query, kEvidenceSorts, "-createdAt", bad);
    store::EvidencePageFilter filter;
    filter.organisation_id = org_id;
    filter.kind = read_choice(ctx.req.query, "kind", {"file", "link"}, bad);
    // The criteria and key elements of every loaded framework (their ids stay the same across versions).
    std::set<std::string> seen;
    if (ctx.services.frameworks)
        for (const auto& entry : ctx.services.frameworks->entries) {
            for (const auto& c : entry.framework->criteria) {
                filter.element_of.emplace(c.id, c.element_id);
                if (seen.insert("c" + c.id).second) filter.criteria.push_back(c.id);
            }
            for (const auto& el : entry.framework->elements)
                if (seen.insert("e" + el.id).second) filter.elements.push_back(el.id);
        }
    filter.criterion = query_value(ctx, "criterion");
    if (!filter.criterion.empty() && !filter.element_of.contains(filter.criterion)) {
        bad["criterion"] = FieldError{"field.criterion_unknown", {{"id", filter.criterion.substr(0, 20)}}};
        filter.criterion.clear();
    }
    if (const auto element = query_value(ctx, "element"); !element.empty()) {
        if (std::find(filter.elements.begin(), filter.elements.end(), element) == filter.elements.end()) {
            std::string names;
            for (const auto& el : filter.elements) names += (names.empty() ? "" : ", ") + el;
            bad["element"] = FieldError{"field.filter_value", {{"values", names}}};
        } else {
            filter.element.emplace();
            for (const auto& [criterion, el] : filter.element_of)
                if (el == element) filter.element->push_back(criterion);
        }
    }
    if (const auto ids = query_value(ctx, "ids"); !ids.empty()) {
        std::size_t start = 0;
        while (start <= ids.size()) {
            const auto end = std::min(ids.find(',', start), ids.size());
            const auto id = positive_number(std::string_view(ids).substr(start, end - start));
            if (!id || filter.ids.size() == kEvidenceIdsMax) {
                bad["ids"] = FieldError{"field.id_list", {{"max", std::to_string(kEvidenceIdsMax)}}};
                filter.ids.clear();
                break;
            }
            filter.ids.push_back(*id);
            start = end + 1;
        }
    }
    if (!bad.empty()) throw ApiError::validation(bad);
    if (!page.q.empty()) filter.search = like_pattern(page.q);

    const auto found = store::evidence_page(ctx.db, filter, page.slice("e.id"));
    boost::json::array items;
    for (const auto& e : found.rows) items.push_back(evidence_json(e));
    auto doc = page_json(page, "evidence", std::move(items), found.total);
    doc["counts"] = boost::json::object{{"kind", facet_counts_json(found.by_kind)},
                                        {"criterion", facet_counts_json(found.by_criterion)},
                                        {"element", facet_counts_json(found.by_element)}};
    doc["quota"] = boost::json::object{{"used", store::evidence_bytes_used(ctx.db, org_id)}, {"limit", kQuotaBytes}};
    return json_response(200, boost::json::serialize(doc));
}

// POST /api/organisations/{orgId}/evidence/files: the raw body is the file; metadata in headers.
http::Response upload_evidence(Ctx& ctx) {
    const auto [org_id, access] = load_evidence_school(ctx);
    require(access.editor);

    core::RawUploadHeaders raw{ctx.req.header("x-file-name"), ctx.req.header("x-evidence-title"),
                               ctx.req.header("x-evidence-description"), ctx.req.header("x-evidence-criteria")};
    const auto h = core::parse_upload_headers(raw);
    auto fields = upload_header_errors(h);
    if (!fields.contains("criterionIds"))
        for (const auto& id : h.criterion_ids)
            if (!known_criterion(ctx, id)) {
                fields["criterionIds"] = FieldError{"field.criterion_unknown", {{"id", id}}};
                break;
            }
    const std::string& body = ctx.req.body;
    if (body.empty()) fields["file"] = FieldError{"field.file_empty", {}};
    if (!fields.empty()) throw ApiError::validation(std::move(fields));

    const auto content_type = allowed_content_type(body);
    const auto size = static_cast<std::int64_t>(body.size());
    check_quota(ctx, org_id, size);  // before writing 20 MB to disk for nothing; checked again below

    store::NewEvidence n;
    n.organisation_id = org_id;
    n.kind = "file";
    n.title = h.title;
    n.description = h.description;
    n.file_name = h.file_name;
    n.content_type = content_type;
    n.size = size;
    n.criterion_ids = h.criterion_ids;
    n.created_by = ctx.user().id;

    std::int64_t id = 0;
    store_raw_file(ctx, body, [&](const std::string& sha) {
        n.sha256 = sha;
        store::lock_evidence_quota(ctx.db, org_id);
        check_quota(ctx, org_id, size);
        id = store::create_evidence(ctx.db, n, ctx.now());
    });
    return evidence_response(ctx, 201, id);
}

// POST /api/organisations/{orgId}/evidence/links
http::Response add_link(Ctx& ctx) {
    const auto [org_id, access] = load_evidence_school(ctx);
    require(access.editor);
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const auto title = in.text("title", {.required = true, .max = core::kEvidenceTitleMax});
    const auto description = in.text("description", {.required = false, .max = core::kEvidenceDescriptionMax});
    const auto url = url_field(in, true);
    const auto criteria = evidence_criteria(ctx, in, obj);
    in.done();

    store::NewEvidence n;
    n.organisation_id = org_id;
    n.kind = "link";
    n.title = *title;
    n.description = description.value_or("");
    n.url = *url;
    n.criterion_ids = criteria.value_or(std::vector<std::string>{});
    n.created_by = ctx.user().id;
    std::int64_t id = 0;
    {
        store::Transaction tx(ctx.db);
        id = store::create_evidence(ctx.db, n, ctx.now());
        tx.commit();
    }
    return evidence_response(ctx, 201, id);
}

// PATCH /api/evidence/{id}: any of title, description, criterionIds, url (links only).
http::Response update_evidence(Ctx& ctx) {
    const auto [e, access] = load_evidence(ctx);
    require(access.editor);
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    store::EvidenceChange change;
    if (obj.contains("title")) change.title = in.text("title", {.required = true, .max = core::kEvidenceTitleMax});
    if (obj.contains("description"))
        change.description = in.text("description", {.required = false, .max = core::kEvidenceDescriptionMax}).value_or("");
    if (obj.contains("url")) {
        if (e.kind != "link") in.fail("url", "field.url_not_link");
        else change.url = url_field(in, true);
    }
    change.criterion_ids = evidence_criteria(ctx, in, obj);
    if (obj.contains("criterionIds") && obj.at("criterionIds").is_null()) change.criterion_ids = std::vector<std::string>{};
    in.done();
    {
        store::Transaction tx(ctx.db);
        store::update_evidence(ctx.db, e.id, change, ctx.now());
        tx.commit();
    }
    return evidence_response(ctx, 200, e.id);
}

// DELETE /api/evidence/{id}: the row, its criteria and its links from measurement answers; the stored
// file too unless another row or a label application snapshot still names it.
http::Response remove_evidence(Ctx& ctx) {
    const auto [e, access] = load_evidence(ctx);
    require(access.editor);
    {
        store::Transaction tx(ctx.db);
        store::delete_evidence(ctx.db, e.id);
        tx.commit();
    }
    if (e.sha256) ctx.services.files->remove_unused(ctx.db, *e.sha256);
    return http::Response::empty(204);
}

// GET /api/evidence/{id}/file (?inline=1 for PDF and images)
http::Response download_evidence(Ctx& ctx) {
    const auto [e, access] = load_evidence(ctx);
    require(access.read());
    if (e.kind != "file" || !e.sha256 || !e.content_type || !e.file_name) throw ApiError::not_found();
    const auto it = ctx.req.query.find("inline");
    const bool want_inline = it != ctx.req.query.end() && it->second == "1";
    return evidence_file_response(ctx, *e.sha256, *e.content_type, *e.file_name, want_inline);
}

}  // namespace

void add_evidence_routes(ApiRouter& r) {
    r.add("GET", "/api/organisations/{orgId}/evidence", list_evidence);
    r.add("POST", "/api/organisations/{orgId}/evidence/files", upload_evidence);
    r.add("POST", "/api/organisations/{orgId}/evidence/links", add_link);
    r.add("PATCH", "/api/evidence/{id}", update_evidence);
    r.add("DELETE", "/api/evidence/{id}", remove_evidence);
    r.add("GET", "/api/evidence/{id}/file", download_evidence);
}

}  // namespace sk::api
