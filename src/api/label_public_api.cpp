// The label's certificate and its public side (docs/api.md, "Evidence and label" → "Label"): the
// certificate PDF for the school, its organisers and its reviewer; anonymous verification of a
// certificate code (rate limited per address); the school's showcase consent and the public showcase.
#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "api/authz.h"
#include "api/context.h"
#include "api/file_response.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/label_scope.h"
#include "api/page_filters.h"
#include "api/paging.h"
#include "api/rate_limit.h"
#include "core/brussels_date.h"
#include "core/label_decision.h"
#include "render/certificate_pdf.h"
#include "render/pdf_file.h"
#include "store/label.h"

namespace sk::api {

namespace {

constexpr std::int64_t kVerifyWindow = 3600;          // rate limit: verifications per address per hour
constexpr std::int64_t kMaxVerificationsPerAddress = 60;

// GET /api/label-applications/{id}/certificate.pdf?lang=nl|en
http::Response certificate_pdf(Ctx& ctx) {
    const auto [a, access] = load_application(ctx);
    const auto lang = require_query_language(ctx);
    if (a.status != "decided" || !a.certificate_code || !a.decided_label) throw ApiError::not_found();
    render::CertificateData d;
    d.lang = lang;
    d.school_name = a.organisation_name;
    d.municipality = store::label_school_place(ctx.db, a.organisation_id).municipality;
    d.programme_name = a.programme_name;
    d.label = *a.decided_label;
    d.decided_on = a.valid_from.value_or("");
    d.valid_until = a.valid_until.value_or("");
    d.code = *a.certificate_code;
    d.verify_url = ctx.services.base_url + "/verify/" + *a.certificate_code;
    return temp_file_response(ctx, ".pdf", [&](const std::string& path) { render::write_pdf_file(path, [&](std::FILE* out) { render::render_certificate_pdf(d, out); }); },
                              "application/pdf",
                         (lang == core::Language::en ? "certificate-" : "certificaat-") + *a.certificate_code + ".pdf");
}

// GET /api/public/certificates/{code}: anyone; every lookup counts against the address's limit, so codes
// cannot be tried in bulk.
http::Response verify(Ctx& ctx) {
    const auto now = ctx.now();
    if (const auto a = count_attempt(ctx, client_bucket(ctx, "certificate"), {kMaxVerificationsPerAddress, kVerifyWindow}); !a.allowed)
        throw too_many_attempts(a.retry_after);
    const auto code = core::normalize_certificate_code(ctx.req.param("code"));
    const auto a = code ? store::label_find_by_certificate(ctx.db, *code) : std::nullopt;
    if (!a || !a->valid_until || !a->decided_label) throw ApiError{404, "certificate_not_found", {}, {}, {}};
    const std::string today = core::brussels_date(now);
    return json_response(200, boost::json::serialize(boost::json::object{{"code", *a->certificate_code},
                                                                         {"schoolName", a->organisation_name},
                                                                         {"municipality", store::label_school_place(ctx.db, a->organisation_id).municipality},
                                                                         {"label", *a->decided_label},
                                                                         {"validFrom", a->valid_from.value_or("")},
                                                                         {"validUntil", *a->valid_until},
                                                                         {"valid", today <= *a->valid_until},
                                                                         {"programmeName", a->programme_name}}));
}

// PUT /api/organisations/{orgId}/showcase: the school's coordinator.
http::Response set_showcase(Ctx& ctx) {
    ctx.user();
    const auto org_id = id_param(ctx, "orgId");
    require(has_role(ctx, org_id, "coordinator"));
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const auto consented = boolean(in, field_value(obj, "consented"), "consented", std::nullopt);
    in.done();
    {
        store::Transaction tx(ctx.db);
        store::label_set_showcase(ctx.db, org_id, *consented, ctx.user().id, ctx.now());
        tx.commit();
    }
    return json_response(200, boost::json::serialize(boost::json::object{{"consented", *consented}}));
}

// The sort fields of the showcase (api/paging.h); "province" (then the school's name) by default.
constexpr SortField kShowcaseSorts[] = {
    {"province", "COALESCE(sp.province, '') || ' ' || sk_fold(o.name)"},
    {"name", "sk_fold(o.name)"},
    {"municipality", "sk_fold(COALESCE(sp.municipality, ''))"},
    {"label", "CASE a.decided_label WHEN 'expert' THEN 0 WHEN 'proficient' THEN 1 ELSE 2 END"},
    {"validUntil", "a.valid_until"},
};

// GET /api/public/showcase?page=&size=&sort=&q=&province=&label=, paged (docs/api.md, "Paging, sorting and
// search"), with the counts per province and per label.
http::Response showcase(Ctx& ctx) {
    static const std::vector<std::string> provinces = {"antwerpen", "limburg", "oost-vlaanderen", "vlaams-brabant", "west-vlaanderen", "brussel"};
    std::map<std::string, FieldError> errors;
    const auto page = read_page(ctx.req.query, kShowcaseSorts, "province", errors);
    const auto province = query_value(ctx, "province");
    const auto label = query_value(ctx, "label");
    if (!province.empty() && std::find(provinces.begin(), provinces.end(), province) == provinces.end()) errors["province"] = {"field.label_province", {}};
    if (!label.empty() && label != "competent" && label != "proficient" && label != "expert") errors["label"] = {"field.label_filter", {}};
    if (!errors.empty()) throw ApiError::validation(std::move(errors));

    const auto found = store::label_page_showcase(
        ctx.db, {core::brussels_date(ctx.now()), province, label, page.q.empty() ? std::string() : like_pattern(page.q)}, page.slice("a.id"));
    boost::json::array schools;
    for (const auto& s : found.rows)
        schools.push_back(boost::json::object{{"schoolName", s.school_name},
                                              {"municipality", s.municipality},
                                              {"province", s.province},
                                              {"label", s.label},
                                              {"validUntil", s.valid_until},
                                              {"verifyUrl", ctx.services.base_url + "/verify/" + s.certificate_code}});
    boost::json::array province_list;
    for (const auto& p : found.provinces) province_list.push_back(boost::json::value(p));
    auto by_province = found.by_province;
    by_province.erase("");
    auto doc = page_json(page, "schools", std::move(schools), found.total);
    doc["provinces"] = std::move(province_list);
    doc["counts"] = boost::json::object{{"province", facet_counts_json(by_province)}, {"label", facet_counts_json(found.by_label)}};
    return json_response(200, boost::json::serialize(doc));
}

}  // namespace

void add_label_public_routes(ApiRouter& r) {
    r.add("GET", "/api/label-applications/{id}/certificate.pdf", certificate_pdf);
    r.add("GET", "/api/public/certificates/{code}", verify);
    r.add("PUT", "/api/organisations/{orgId}/showcase", set_showcase);
    r.add("GET", "/api/public/showcase", showcase);
}

}  // namespace sk::api
