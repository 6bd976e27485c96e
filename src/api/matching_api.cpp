// Mentor matching of a programme (docs/api.md, "Mentoring and matching"): the organiser runs the exact
// matcher (core/matching.h), adjusts pairs by hand, and confirms; confirmation mails both sides. The page
// reads a summary and three paged lists (pairs, schools without a pair, companies: store/matching_lists.h). Every
// route is for the programme's organisers only; writes lock the programme's matching (one writer at a time).
#include <boost/json.hpp>

#include <algorithm>
#include <sstream>

#include "api/authz.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/mentor_scope.h"
#include "api/paging.h"
#include "api/programme_handlers.h"
#include "core/language.h"
#include "mail/outbox.h"
#include "mail/templates_mentoring.h"
#include "store/audit.h"
#include "store/matching_lists.h"
#include "store/programmes.h"

namespace sk::api {

namespace {

void require_programme_organiser(Ctx& ctx, std::int64_t programme_id) {
    ctx.user();
    if (ctx.db.exec("SELECT 1 FROM programmes WHERE id = $1", {programme_id}).empty()) throw ApiError::not_found();
    require(is_programme_organiser(ctx, programme_id));
}

// Serialises matching writes of one programme (both databases: a row update takes the row's write lock).
void lock_matching(Ctx& ctx, std::int64_t programme_id) {
    ctx.db.exec("UPDATE programmes SET updated_at = updated_at WHERE id = $1", {programme_id});
}

struct Stored {
    std::int64_t school_id, company_id;
    std::string status;
    int score;
    std::string explanation;
    bool fixed;
};

std::vector<Stored> stored_pairs(Ctx& ctx, std::int64_t programme_id) {
    std::vector<Stored> out;
    for (const auto& r : ctx.db.exec("SELECT school_id, company_id, status, score, explanation, fixed FROM mentor_matches "
                                     "WHERE programme_id = $1 ORDER BY school_id",
                                     {programme_id})
                             .rows)
        out.push_back({r.i64(0), r.i64(1), r.str(2), static_cast<int>(r.i64(3)), r.str(4), r.i64(5) != 0});
    return out;
}

std::string org_name(Ctx& ctx, std::int64_t id) {
    auto r = ctx.db.exec("SELECT name FROM organisations WHERE id = $1", {id});
    return r.empty() ? "" : r.one().str(0);
}

boost::json::object pair_json(const store::MatchPairRow& p) {
    boost::json::value explanation;
    try {
        explanation = boost::json::parse(p.explanation);
    } catch (...) {
        explanation = boost::json::object{};
    }
    return {{"schoolId", p.school_id},     {"schoolName", p.school_name},
            {"companyId", p.company_id},   {"companyName", p.company_name},
            {"score", p.score},            {"explanation", std::move(explanation)},
            {"status", p.status},          {"fixed", p.fixed}};
}

// The programme-wide figures of the matching page; the lists are paged routes of their own.
// Kept per programme while its change counter stays the same (api/programme_cache.h): the counts read every
// school and company of the programme (~6 ms of CPU at 10,000 schools). Called only outside a transaction.
std::string matching_summary(Ctx& ctx, std::int64_t programme_id) {
    const auto version = store::programme_version(ctx.db, programme_id);  // before the data
    const auto& c = *ctx.services.programme_cache->get<store::MatchingCounts>(programme_id, "matching", version,
                                                                              [&] { return store::matching_counts(ctx.db, programme_id); });
    return boost::json::serialize(boost::json::object{
        {"totalScore", c.total_score},
        {"counts", {{"proposed", c.proposed},
                    {"confirmed", c.confirmed},
                    {"fixed", c.fixed},
                    {"unmatched", c.unmatched},
                    {"companies", c.companies},
                    {"freePlaces", c.free_places}}}});
}

// GET /api/programmes/{id}/matching: the summary (docs/api.md, "Mentoring and matching").
http::Response show_matching(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme_organiser(ctx, programme_id);
    return json_response(200, matching_summary(ctx, programme_id));
}

// The sort fields of the three lists (api/paging.h); names by sk_fold, so the order is the same on both databases.
constexpr SortField kPairSorts[] = {{"school", "school_key"}, {"company", "company_key"}, {"score", "m.score"}, {"status", "m.status"}};
constexpr SortField kUnmatchedSorts[] = {{"name", "name_key"}, {"province", "sp.province"}};
constexpr SortField kCompanySorts[] = {{"name", "name_key"}, {"province", "cp.province"}, {"free", "free_places"}};

std::string search_of(const PageRequest& page) { return page.q.empty() ? std::string() : like_pattern(page.q); }

// GET /api/programmes/{id}/matching/pairs?status= (paged)
http::Response list_pairs(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme_organiser(ctx, programme_id);
    std::map<std::string, FieldError> bad;
    const auto page = read_page(ctx.req.query, kPairSorts, "school", bad);
    const auto status = query_value(ctx, "status");
    if (!status.empty() && status != "proposed" && status != "confirmed") bad["status"] = {"field.matching_status", {}};
    if (!bad.empty()) throw ApiError::validation(bad);
    const auto found = store::page_pairs(ctx.db, {programme_id, status, search_of(page)}, page.slice("m.school_id"));
    boost::json::array rows;
    for (const auto& p : found.rows) rows.push_back(pair_json(p));
    auto doc = page_json(page, "pairs", std::move(rows), found.total);
    doc["counts"] = boost::json::object{{"status", counts_json(found.by_status)}};
    return json_response(200, boost::json::serialize(doc));
}

// GET /api/programmes/{id}/matching/unmatched?province= (paged): schools without a pair, with their focus criteria.
http::Response list_unmatched(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme_organiser(ctx, programme_id);
    std::map<std::string, FieldError> bad;
    const auto page = read_page(ctx.req.query, kUnmatchedSorts, "name", bad);
    const auto province = query_value(ctx, "province");
    static const std::vector<std::string> kProvinces = {"antwerpen", "limburg", "oost-vlaanderen", "vlaams-brabant", "west-vlaanderen", "brussel"};
    if (!province.empty() && std::find(kProvinces.begin(), kProvinces.end(), province) == kProvinces.end())
        bad["province"] = {"field.matching_province", {}};
    if (!bad.empty()) throw ApiError::validation(bad);
    const auto found = store::page_unmatched_schools(ctx.db, {programme_id, province, search_of(page)}, page.slice("o.id"));
    boost::json::array rows;
    for (const auto& s : found.rows) {
        boost::json::array focus;
        for (const auto& f : focus_criteria(ctx, programme_id, s.id)) focus.push_back(boost::json::value(f.criterion_id));
        rows.push_back(boost::json::object{{"organisationId", s.id}, {"name", s.name}, {"province", s.province}, {"focusCriteria", std::move(focus)}});
    }
    return json_response(200, boost::json::serialize(page_json(page, "schools", std::move(rows), found.total)));
}

// GET /api/programmes/{id}/matching/companies?free=yes (paged): the companies with their places.
http::Response list_companies(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme_organiser(ctx, programme_id);
    std::map<std::string, FieldError> bad;
    const auto page = read_page(ctx.req.query, kCompanySorts, "name", bad);
    const auto free = query_value(ctx, "free");
    if (!free.empty() && free != "yes") bad["free"] = {"field.matching_free", {}};
    if (!bad.empty()) throw ApiError::validation(bad);
    const auto found = store::page_match_companies(ctx.db, {programme_id, free == "yes", search_of(page)}, page.slice("o.id"));
    boost::json::array rows;
    for (const auto& c : found.rows) {
        boost::json::array expertise;
        std::stringstream in(c.expertise);
        for (std::string e; std::getline(in, e, ',');)
            if (!e.empty()) expertise.push_back(boost::json::value(e));
        rows.push_back(boost::json::object{{"organisationId", c.id},
                                           {"name", c.name},
                                           {"province", c.province},
                                           {"expertise", std::move(expertise)},
                                           {"capacity", c.capacity},
                                           {"used", c.used}});
    }
    return json_response(200, boost::json::serialize(page_json(page, "companies", std::move(rows), found.total)));
}

// POST /api/programmes/{id}/matching/proposal: keep confirmed and fixed pairs, replace the rest by the
// matcher's optimum over the schools without a pair and the companies' free capacity.
http::Response propose(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme_organiser(ctx, programme_id);
    {
        store::Transaction tx(ctx.db);
        lock_matching(ctx, programme_id);
        ctx.db.exec("DELETE FROM mentor_matches WHERE programme_id = $1 AND status = 'proposed' AND fixed = 0", {programme_id});
        auto schools = programme_schools(ctx, programme_id);
        auto companies = programme_companies(ctx, programme_id);
        for (const auto& p : stored_pairs(ctx, programme_id)) {
            schools.erase(p.school_id);
            if (auto it = companies.find(p.company_id); it != companies.end()) --it->second.input.free_capacity;
        }
        std::vector<core::matching::School> school_in;
        std::vector<core::matching::Company> company_in;
        for (const auto& [id, s] : schools) school_in.push_back(s.input);
        for (const auto& [id, c] : companies)
            if (c.input.free_capacity > 0) company_in.push_back(c.input);
        const auto result = core::matching::match_exact(school_in, company_in);
        for (const auto& p : result.pairs) {
            const auto e = core::matching::explain(schools.at(p.school_id).input, companies.at(p.company_id).input);
            ctx.db.exec("INSERT INTO mentor_matches (programme_id, school_id, company_id, status, score, explanation, fixed, created_at, "
                        "updated_at) VALUES ($1, $2, $3, 'proposed', $4, $5, 0, $6, $6)",
                        {programme_id, p.school_id, p.company_id, std::int64_t{e.score}, boost::json::serialize(explanation_json(e)),
                         ctx.now()});
        }
        store::write_audit(ctx.db,
                           {ctx.user().id, programme_id, "matching.propose", "programme", programme_id, std::nullopt,
                            boost::json::serialize(boost::json::object{{"pairs", result.pairs.size()}, {"totalScore", result.total}})},
                           ctx.now());
        tx.commit();
    }
    return json_response(200, matching_summary(ctx, programme_id));
}

std::int64_t school_param(Ctx& ctx, std::int64_t programme_id) {
    const auto school_id = id_param(ctx, "schoolOrgId");
    if (ctx.db.exec("SELECT 1 FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2 AND kind = 'school'",
                    {programme_id, school_id})
            .empty())
        throw ApiError::not_found();
    return school_id;
}

// PUT /api/programmes/{id}/matching/pairs/{schoolOrgId} {"companyId","fixed"}
http::Response set_pair(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme_organiser(ctx, programme_id);
    const auto school_id = school_param(ctx, programme_id);
    JsonInput in(ctx.req.body);
    const auto body = parse_object(ctx.req.body);
    const auto company_id = whole_number(in, field_value(body, "companyId"), "companyId", 1, INT64_MAX, "field.matching_company");
    const auto fixed = boolean(in, field_value(body, "fixed"), "fixed", true);
    in.done();
    auto companies = programme_companies(ctx, programme_id);
    auto company = companies.find(*company_id);
    if (company == companies.end()) throw ApiError::field("companyId", "field.matching_company");

    {
        store::Transaction tx(ctx.db);
        lock_matching(ctx, programme_id);
        const auto taken = ctx.db.exec("SELECT COUNT(*) FROM mentor_matches WHERE programme_id = $1 AND company_id = $2 AND school_id <> $3",
                                       {programme_id, *company_id, school_id})
                               .one()
                               .i64(0);
        if (taken >= company->second.capacity)
            throw ApiError{409, "capacity_full", {}, {{"capacity", std::to_string(company->second.capacity)}}, {}};
        auto province = ctx.db.exec("SELECT province FROM school_profiles WHERE organisation_id = $1", {school_id});
        const core::matching::School school{school_id, province.empty() ? std::string() : province.one().str(0),
                                            focus_criteria(ctx, programme_id, school_id)};
        const auto e = core::matching::explain(school, company->second.input);
        const std::string explanation = boost::json::serialize(explanation_json(e));
        auto before = ctx.db.exec("SELECT company_id, status FROM mentor_matches WHERE programme_id = $1 AND school_id = $2",
                                  {programme_id, school_id});
        std::optional<std::string> before_json;
        if (!before.empty()) {
            before_json = boost::json::serialize(boost::json::object{{"companyId", before.one().i64(0)}, {"status", before.one().str(1)}});
            ctx.db.exec("UPDATE mentor_matches SET company_id = $1, status = 'proposed', score = $2, explanation = $3, fixed = $4, "
                        "updated_at = $5, confirmed_at = NULL, confirmed_by = NULL WHERE programme_id = $6 AND school_id = $7",
                        {*company_id, std::int64_t{e.score}, explanation, std::int64_t{*fixed ? 1 : 0}, ctx.now(), programme_id, school_id});
        } else {
            ctx.db.exec("INSERT INTO mentor_matches (programme_id, school_id, company_id, status, score, explanation, fixed, created_at, "
                        "updated_at) VALUES ($1, $2, $3, 'proposed', $4, $5, $6, $7, $7)",
                        {programme_id, school_id, *company_id, std::int64_t{e.score}, explanation, std::int64_t{*fixed ? 1 : 0}, ctx.now()});
        }
        store::write_audit(ctx.db,
                           {ctx.user().id, programme_id, "matching.set", "organisation", school_id, before_json,
                            boost::json::serialize(boost::json::object{{"companyId", *company_id}, {"fixed", *fixed}, {"score", e.score}})},
                           ctx.now());
        tx.commit();
    }
    return json_response(200, boost::json::serialize(pair_json(*store::find_pair(ctx.db, programme_id, school_id))));
}

struct Person {
    std::string name, email, language;
};

std::vector<Person> members_with_role(Ctx& ctx, std::int64_t organisation_id, const std::string& role) {
    std::vector<Person> out;
    for (const auto& r : ctx.db.exec("SELECT u.name, u.email, u.language FROM memberships m JOIN users u ON u.id = m.user_id "
                                     "WHERE m.organisation_id = $1 AND m.role = $2 ORDER BY u.name, u.id",
                                     {organisation_id, role})
                             .rows)
        out.push_back({r.str(0), r.str(1), r.str(2)});
    return out;
}

std::string programme_name(Ctx& ctx, std::int64_t programme_id) {
    return ctx.db.exec("SELECT name FROM programmes WHERE id = $1", {programme_id}).one().str(0);
}

// DELETE /api/programmes/{id}/matching/pairs/{schoolOrgId}
http::Response remove_pair(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme_organiser(ctx, programme_id);
    const auto school_id = school_param(ctx, programme_id);
    bool mailed = false;
    {
        store::Transaction tx(ctx.db);
        lock_matching(ctx, programme_id);
        auto r = ctx.db.exec("SELECT company_id, status FROM mentor_matches WHERE programme_id = $1 AND school_id = $2", {programme_id, school_id});
        if (r.empty()) throw ApiError::not_found();
        const auto company_id = r.one().i64(0);
        const auto status = r.one().str(1);
        ctx.db.exec("DELETE FROM mentor_matches WHERE programme_id = $1 AND school_id = $2", {programme_id, school_id});
        store::write_audit(ctx.db,
                           {ctx.user().id, programme_id, "matching.remove", "organisation", school_id,
                            boost::json::serialize(boost::json::object{{"companyId", company_id}, {"status", status}}), std::nullopt},
                           ctx.now());
        if (status == "confirmed") {
            const auto programme = programme_name(ctx, programme_id);
            const auto school = org_name(ctx, school_id), company = org_name(ctx, company_id);
            for (const auto& p : members_with_role(ctx, school_id, "coordinator"))
                mail::enqueue_for_programme(ctx.db, mail::mentor_pair_ended_email(programmes::language_of(p.language), p.email, p.name, programme, school,
                                                                    company), programme_id);
            for (const auto& p : members_with_role(ctx, company_id, "mentor"))
                mail::enqueue_for_programme(ctx.db, mail::mentor_pair_ended_email(programmes::language_of(p.language), p.email, p.name, programme, school,
                                                                    company), programme_id);
            mailed = true;
        }
        tx.commit();
    }
    if (mailed && ctx.services.wake_mail) ctx.services.wake_mail();
    return http::Response::empty(204);
}

// POST /api/programmes/{id}/matching/confirm: every proposed pair becomes confirmed; both sides are mailed.
http::Response confirm(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id");
    require_programme_organiser(ctx, programme_id);
    bool mailed = false;
    {
        store::Transaction tx(ctx.db);
        lock_matching(ctx, programme_id);
        auto proposed = ctx.db.exec("SELECT school_id, company_id FROM mentor_matches WHERE programme_id = $1 AND status = 'proposed' "
                                    "ORDER BY school_id",
                                    {programme_id});
        ctx.db.exec("UPDATE mentor_matches SET status = 'confirmed', confirmed_at = $1, confirmed_by = $2, updated_at = $1 "
                    "WHERE programme_id = $3 AND status = 'proposed'",
                    {ctx.now(), ctx.user().id, programme_id});
        boost::json::array confirmed;
        const auto programme = proposed.empty() ? std::string() : programme_name(ctx, programme_id);
        for (const auto& row : proposed.rows) {
            const auto school_id = row.i64(0), company_id = row.i64(1);
            confirmed.push_back(boost::json::object{{"schoolId", school_id}, {"companyId", company_id}});
            const auto school = org_name(ctx, school_id), company = org_name(ctx, company_id);
            const auto mentors = members_with_role(ctx, company_id, "mentor");
            std::vector<std::string> contacts;
            for (const auto& p : mentors) contacts.push_back(p.name + " <" + p.email + ">");
            const auto meetings = ctx.services.base_url + "/programmes/" + std::to_string(programme_id) + "/schools/" +
                                  std::to_string(school_id) + "/meetings";
            for (const auto& p : members_with_role(ctx, school_id, "coordinator"))
                mail::enqueue_for_programme(ctx.db, mail::mentor_confirmed_school_email(programmes::language_of(p.language), p.email, p.name, programme,
                                                                          school, company, contacts, meetings), programme_id);
            auto municipality = ctx.db.exec("SELECT municipality FROM school_profiles WHERE organisation_id = $1", {school_id});
            for (const auto& p : mentors)
                mail::enqueue_for_programme(ctx.db, mail::mentor_confirmed_company_email(programmes::language_of(p.language), p.email, p.name, programme,
                                                                           school, municipality.empty() ? "" : municipality.one().str(0),
                                                                           ctx.services.base_url + "/mentoring"), programme_id);
            mailed = true;
        }
        store::write_audit(ctx.db,
                           {ctx.user().id, programme_id, "matching.confirm", "programme", programme_id, std::nullopt,
                            boost::json::serialize(boost::json::object{{"confirmed", std::move(confirmed)}})},
                           ctx.now());
        tx.commit();
    }
    if (mailed && ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(200, matching_summary(ctx, programme_id));
}

}  // namespace

void add_matching_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/matching", show_matching);
    r.add("GET", "/api/programmes/{id}/matching/pairs", list_pairs);
    r.add("GET", "/api/programmes/{id}/matching/unmatched", list_unmatched);
    r.add("GET", "/api/programmes/{id}/matching/companies", list_companies);
    r.add("POST", "/api/programmes/{id}/matching/proposal", propose);
    r.add("PUT", "/api/programmes/{id}/matching/pairs/{schoolOrgId}", set_pair);
    r.add("DELETE", "/api/programmes/{id}/matching/pairs/{schoolOrgId}", remove_pair);
    r.add("POST", "/api/programmes/{id}/matching/confirm", confirm);
}

}  // namespace sk::api
