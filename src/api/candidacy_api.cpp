// A school's award candidacy (docs/api.md "Award"): the coordinator submits it once the school's FINAL
// measurement of the programme is submitted, edits or withdraws it while the round accepts candidacies.
// School members and organisers read it; nobody here ever sees a score, only the announced result.
#include <boost/json.hpp>

#include <set>

#include "api/authz.h"
#include "api/award_routes.h"
#include "api/award_scope.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "store/evidence.h"

namespace sk::api {

namespace {

constexpr std::size_t kPitchMin = 50, kPitchMax = 5000, kVideoUrlMax = 2000, kTeamMax = 20, kEvidenceMax = 20;

// An http(s) URL with a host, without spaces or control characters.
bool web_url(std::string_view url) {
    std::string lower;
    for (char c : url.substr(0, 8)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::size_t rest = 0;
    if (lower.starts_with("https://")) rest = 8;
    else if (lower.starts_with("http://")) rest = 7;
    else return false;
    const auto host_end = url.find_first_of("/?#", rest);
    const auto host = url.substr(rest, host_end == std::string_view::npos ? std::string_view::npos : host_end - rest);
    if (host.empty() || host.front() == ':') return false;
    for (unsigned char c : url)
        if (c <= ' ' || c == 0x7F) return false;
    return true;
}

struct Loaded {
    AwardScope scope;
    std::int64_t org_id = 0;
    SchoolAccess access;
};

// 401, 404 programme or a school that does not take part; the handler decides 403.
Loaded load_candidacy(Ctx& ctx) {
    Loaded l{load_award(ctx), id_param(ctx, "orgId"), {}};
    if (!is_school_participant(ctx, l.scope.programme.id, l.org_id)) throw ApiError::not_found();
    l.access = school_access(ctx, l.scope.programme.id, l.org_id);
    return l;
}

boost::json::object candidacy_json(Ctx& ctx, const store::AwardCandidacy& c, const store::AwardRound& round, bool coordinator) {
    boost::json::array team, evidence_ids, evidence;
    for (const auto& t : c.team) team.emplace_back(t);
    for (const auto& e : store::award_candidacy_evidence(ctx.db, c.id)) {
        evidence_ids.push_back(e.id);
        evidence.push_back(boost::json::object{
            {"id", e.id},
            {"title", e.title},
            {"kind", e.kind},
            {"url", e.url ? boost::json::value(*e.url) : nullptr},
            {"downloadUrl", e.kind == "file" ? boost::json::value("/api/evidence/" + std::to_string(e.id) + "/file") : nullptr}});
    }
    return {{"id", c.id},
            {"programmeId", round.programme_id},
            {"organisationId", c.organisation_id},
            {"schoolName", c.school_name},
            {"pitch", c.pitch},
            {"videoUrl", c.video_url ? boost::json::value(*c.video_url) : nullptr},
            {"team", std::move(team)},
            {"evidenceIds", std::move(evidence_ids)},
            {"evidence", std::move(evidence)},
            {"submittedAt", c.submitted_at},
            {"updatedAt", c.updated_at},
            {"status", c.status},
            {"result", c.result && c.status == "submitted" && round.status == "announced" ? boost::json::value(*c.result) : nullptr},
            {"canEdit", coordinator && accepting_candidacies(ctx, round)}};
}

store::AwardCandidacyInput read_candidacy(Ctx& ctx, std::int64_t org_id) {
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    store::AwardCandidacyInput out;
    const auto pitch = in.text("pitch", {.required = true, .max = kPitchMax + 1000});
    if (pitch && (utf8_length(*pitch) < kPitchMin || utf8_length(*pitch) > kPitchMax))
        in.fail("pitch", "field.award_pitch", {{"min", std::to_string(kPitchMin)}, {"max", std::to_string(kPitchMax)}});
    else if (pitch) out.pitch = *pitch;

    if (const auto* v = field_value(obj, "videoUrl")) {
        if (!v->is_string()) in.fail("videoUrl", "field.award_video_url");
        else if (const auto url = trimmed_string(v)) {
            if (url->size() > kVideoUrlMax || !web_url(*url)) in.fail("videoUrl", "field.award_video_url");
            else out.video_url = *url;
        }
    }

    const auto* team = field_value(obj, "team");
    if (!team || !team->is_array() || team->as_array().empty() || team->as_array().size() > kTeamMax) {
        in.fail("team", "field.award_team");
    } else {
        for (std::size_t i = 0; i < team->as_array().size(); ++i) {
            const auto name = trimmed_string(&team->as_array()[i]);
            if (!name || utf8_length(*name) > 200) in.fail("team[" + std::to_string(i) + "]", "field.award_team_name");
            else out.team.push_back(*name);
        }
    }

    if (const auto* ev = field_value(obj, "evidenceIds")) {
        if (!ev->is_array() || ev->as_array().size() > kEvidenceMax) {
            in.fail("evidenceIds", "field.award_evidence");
        } else {
            std::set<std::int64_t> seen;
            std::vector<std::int64_t> ids;
            for (const auto& item : ev->as_array()) {
                const auto id = item.is_int64() ? item.as_int64() : item.is_uint64() ? static_cast<std::int64_t>(item.as_uint64()) : 0;
                ids.push_back(id);
            }
            const auto own_list = store::evidence_of_organisation(ctx.db, org_id, ids);
            const std::set<std::int64_t> own(own_list.begin(), own_list.end());
            for (std::size_t i = 0; i < ids.size(); ++i) {
                if (ids[i] <= 0 || !own.contains(ids[i])) in.fail("evidenceIds[" + std::to_string(i) + "]", "field.award_evidence_item");
                else if (!seen.insert(ids[i]).second) in.fail("evidenceIds", "field.award_evidence");
                else out.evidence_ids.push_back(ids[i]);
            }
        }
    }
    in.done();
    return out;
}

// GET /api/programmes/{id}/schools/{orgId}/candidacy
http::Response show_candidacy(Ctx& ctx) {
    const auto l = load_candidacy(ctx);
    require(l.access.any());
    if (!l.scope.round) throw ApiError::not_found();
    const auto c = store::award_school_candidacy(ctx.db, l.scope.round->id, l.org_id);
    if (!c) throw ApiError::not_found();
    return json_response(200, boost::json::serialize(candidacy_json(ctx, *c, *l.scope.round, l.access.coordinator)));
}

// PUT /api/programmes/{id}/schools/{orgId}/candidacy: submit, update or re-submit.
http::Response put(Ctx& ctx) {
    const auto l = load_candidacy(ctx);
    require(l.access.coordinator);
    const auto& round = require_round(l.scope);
    if (!final_submitted(ctx, l.scope.programme.id, l.org_id)) award_conflict("final_not_submitted");
    if (!accepting_candidacies(ctx, round)) award_conflict("round_not_accepting");
    const auto input = read_candidacy(ctx, l.org_id);
    bool created = false;
    {
        store::Transaction tx(ctx.db);
        // Read again inside the transaction: the organiser may have closed the round meanwhile.
        const auto current = store::award_find_round(ctx.db, l.scope.programme.id);
        if (!accepting_candidacies(ctx, *current)) award_conflict("round_not_accepting");
        const auto existing = store::award_school_candidacy(ctx.db, round.id, l.org_id);
        if (existing)
            store::award_update_candidacy(ctx.db, existing->id, input, existing->status == "withdrawn", ctx.user().id, ctx.now());
        else
            store::award_create_candidacy(ctx.db, round.id, l.org_id, input, ctx.user().id, ctx.now());
        created = !existing;
        tx.commit();
    }
    const auto c = store::award_school_candidacy(ctx.db, round.id, l.org_id);
    return json_response(created ? 201 : 200, boost::json::serialize(candidacy_json(ctx, *c, round, true)));
}

// DELETE /api/programmes/{id}/schools/{orgId}/candidacy: withdraw (the row stays, PUT submits it again).
http::Response withdraw_candidacy(Ctx& ctx) {
    const auto l = load_candidacy(ctx);
    require(l.access.coordinator);
    const auto& round = require_round(l.scope);
    {
        store::Transaction tx(ctx.db);
        const auto current = store::award_find_round(ctx.db, l.scope.programme.id);
        if (!accepting_candidacies(ctx, *current)) award_conflict("round_not_accepting");
        const auto c = store::award_school_candidacy(ctx.db, round.id, l.org_id);
        if (!c || c->status != "submitted") throw ApiError::not_found();
        store::award_withdraw_candidacy(ctx.db, c->id, ctx.now());
        tx.commit();
    }
    http::Response res;
    res.status = 204;
    return res;
}

}  // namespace

void add_candidacy_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/candidacy", show_candidacy);
    r.add("PUT", "/api/programmes/{id}/schools/{orgId}/candidacy", put);
    r.add("DELETE", "/api/programmes/{id}/schools/{orgId}/candidacy", withdraw_candidacy);
}

}  // namespace sk::api
