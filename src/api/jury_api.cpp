// The jury's side of the award (docs/api.md "Award"): a juror's rounds, one candidacy to judge with the rubric
// and the juror's own scores (everyone's only once the round is closed), its attached files, scoring, and
// declaring a conflict of interest. A juror never sees another juror's scores while the round is open.
#include <boost/json.hpp>

#include <set>

#include "api/authz.h"
#include "api/award_routes.h"
#include "api/award_scope.h"
#include "api/context.h"
#include "api/evidence_download.h"
#include "api/input_values.h"
#include "api/json_input.h"

namespace sk::api {

namespace {

constexpr std::size_t kScoreCommentMax = 2000, kReasonMin = 10, kRecusalReasonMax = 1000;

struct Judging {
    AwardScope scope;
    store::AwardCandidacy candidacy;
    AwardData data;
    bool recused = false;  // the caller (a juror) is recused from this candidacy
};

// 401, 404 (programme, round, candidacy of another round), 403 neither organiser nor juror. A juror does not
// see withdrawn candidacies (404).
Judging load_judging(Ctx& ctx) {
    auto scope = load_award(ctx);
    if (!scope.round) throw ApiError::not_found();
    auto c = store::award_find_candidacy(ctx.db, id_param(ctx, "candidacyId"));
    if (!c || c->round_id != scope.round->id) throw ApiError::not_found();
    require(scope.organiser || scope.juror);
    if (!scope.organiser && c->status != "submitted") throw ApiError::not_found();
    Judging j{std::move(scope), std::move(*c), {}, false};
    j.data = load_award_data(ctx, *j.scope.round);
    j.recused = j.scope.juror && is_recused(j.data, ctx.user().id, j.candidacy.id);
    return j;
}

[[noreturn]] void recused_error() { throw ApiError{403, "recused", {}, {}, {}}; }

boost::json::array my_scores(const Judging& j, std::int64_t me) {
    boost::json::array out;
    for (const auto& c : j.data.criteria)
        for (const auto& s : j.data.scores)
            if (s.juror_id == me && s.candidacy_id == j.candidacy.id && s.criterion_id == c.id)
                out.push_back(boost::json::object{
                    {"criterionId", s.criterion_id}, {"score", s.score}, {"comment", s.comment}, {"updatedAt", s.updated_at}});
    return out;
}

// GET /api/programmes/{id}/award/candidates/{candidacyId}
http::Response show_candidate(Ctx& ctx) {
    const auto j = load_judging(ctx);
    if (!j.scope.organiser && j.recused) recused_error();
    const auto& round = *j.scope.round;
    const auto me = ctx.user().id;
    boost::json::array team, evidence;
    for (const auto& t : j.candidacy.team) team.emplace_back(t);
    const std::string base = "/api/programmes/" + std::to_string(round.programme_id) + "/award/candidates/" +
                             std::to_string(j.candidacy.id) + "/evidence/";
    for (const auto& e : store::award_candidacy_evidence(ctx.db, j.candidacy.id))
        evidence.push_back(boost::json::object{{"id", e.id},
                                               {"title", e.title},
                                               {"kind", e.kind},
                                               {"url", e.url ? boost::json::value(*e.url) : nullptr},
                                               {"downloadUrl", e.kind == "file" ? boost::json::value(base + std::to_string(e.id) + "/file") : nullptr}});
    boost::json::value all = nullptr;
    if (round.status != "open") {
        std::map<std::int64_t, std::string> names;
        for (const auto& p : j.data.jurors) names[p.user_id] = p.name;
        boost::json::array list;
        for (const auto& s : j.data.scores)
            if (s.candidacy_id == j.candidacy.id)
                list.push_back(boost::json::object{{"jurorId", s.juror_id},
                                                   {"jurorName", names.contains(s.juror_id) ? names[s.juror_id] : std::string()},
                                                   {"criterionId", s.criterion_id},
                                                   {"score", s.score},
                                                   {"comment", s.comment},
                                                   {"recused", is_recused(j.data, s.juror_id, s.candidacy_id)}});
        all = std::move(list);
    }
    boost::json::object candidacy{{"id", j.candidacy.id},
                                  {"organisationId", j.candidacy.organisation_id},
                                  {"schoolName", j.candidacy.school_name},
                                  {"pitch", j.candidacy.pitch},
                                  {"videoUrl", j.candidacy.video_url ? boost::json::value(*j.candidacy.video_url) : nullptr},
                                  {"team", std::move(team)},
                                  {"evidence", std::move(evidence)},
                                  {"submittedAt", j.candidacy.submitted_at},
                                  {"status", j.candidacy.status}};
    const bool juror = j.scope.juror && !j.scope.organiser;
    boost::json::object doc{{"round", round_json(ctx, round)},
                            {"candidacy", std::move(candidacy)},
                            {"myScores", juror ? my_scores(j, me) : boost::json::array{}},
                            {"recused", false},
                            {"canScore", j.scope.juror && round.status == "open" && !j.data.criteria.empty() &&
                                             j.candidacy.status == "submitted"},
                            {"allScores", std::move(all)}};
    return json_response(200, boost::json::serialize(doc));
}

// GET …/candidates/{candidacyId}/evidence/{evidenceId}/file: a file attached to the candidacy.
http::Response evidence_file(Ctx& ctx) {
    const auto j = load_judging(ctx);
    if (!j.scope.organiser && j.recused) recused_error();
    const auto evidence_id = id_param(ctx, "evidenceId");
    for (const auto& e : store::award_candidacy_evidence(ctx.db, j.candidacy.id))
        if (e.id == evidence_id && e.kind == "file" && e.sha256 && e.content_type && e.file_name) {
            const auto q = ctx.req.query.find("inline");
            return evidence_file_response(ctx, *e.sha256, *e.content_type, *e.file_name, q != ctx.req.query.end() && q->second == "1");
        }
    throw ApiError::not_found();
}

// PUT …/candidates/{candidacyId}/scores: the given criteria are replaced, the others kept.
http::Response put_scores(Ctx& ctx) {
    auto j = load_judging(ctx);
    require(j.scope.juror);
    const auto& round = *j.scope.round;
    if (round.status != "open") award_conflict("round_closed");
    if (j.recused) recused_error();
    if (j.candidacy.status != "submitted") throw ApiError::not_found();
    if (j.data.criteria.empty()) award_conflict("no_rubric");

    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    struct Item {
        std::int64_t criterion = 0;
        int score = 0;
        std::string comment;
    };
    std::vector<Item> items;
    const auto* list = field_value(obj, "scores");
    if (!list || !list->is_array() || list->as_array().empty()) {
        in.fail("scores", "field.award_scores");
    } else {
        std::set<std::int64_t> known, seen;
        for (const auto& c : j.data.criteria) known.insert(c.id);
        for (std::size_t i = 0; i < list->as_array().size(); ++i) {
            const std::string at = "scores[" + std::to_string(i) + "]";
            const auto& v = list->as_array()[i];
            if (!v.is_object()) {
                in.fail(at, "field.not_object");
                continue;
            }
            Item item;
            const auto& o = v.as_object();
            const auto criterion = whole_number(in, field_value(o, "criterionId"), at + ".criterionId", 1, INT64_MAX, "field.award_criterion");
            if (criterion && (!known.contains(*criterion) || !seen.insert(*criterion).second)) in.fail(at + ".criterionId", "field.award_criterion");
            else if (criterion) item.criterion = *criterion;
            // A whole number 1..scale; the message names the scale.
            const auto* sv = field_value(o, "score");
            const std::int64_t score = !sv ? 0 : sv->is_int64() ? sv->as_int64() : sv->is_uint64() ? 0 : 0;
            if (!sv) in.fail(at + ".score", "field.required");
            else if (score < 1 || score > round.scale) in.fail(at + ".score", "field.award_score", {{"scale", std::to_string(round.scale)}});
            else item.score = static_cast<int>(score);
            if (const auto* c = field_value(o, "comment")) {
                if (!c->is_string()) in.fail(at + ".comment", "field.not_text");
                else {
                    const auto text = trimmed_string(c).value_or("");
                    if (utf8_length(text) > kScoreCommentMax) in.fail(at + ".comment", "field.award_comment", {{"max", std::to_string(kScoreCommentMax)}});
                    else item.comment = text;
                }
            }
            items.push_back(std::move(item));
        }
    }
    in.done();
    const auto me = ctx.user().id;
    {
        store::Transaction tx(ctx.db);
        // Closing the round meanwhile wins: no score lands on a closed round.
        if (store::award_find_round(ctx.db, round.programme_id)->status != "open") award_conflict("round_closed");
        for (const auto& item : items)
            store::award_put_score(ctx.db, round.id, me, j.candidacy.id, item.criterion, item.score, item.comment, ctx.now());
        tx.commit();
    }
    j.data.scores = store::award_scores(ctx.db, round.id);
    return json_response(200, boost::json::serialize(boost::json::object{{"scores", my_scores(j, me)}}));
}

// POST …/candidates/{candidacyId}/recusal: the juror declares a conflict of interest.
http::Response recuse(Ctx& ctx) {
    const auto j = load_judging(ctx);
    require(j.scope.juror);
    if (j.scope.round->status != "open") award_conflict("round_closed");
    JsonInput in(ctx.req.body);
    const auto reason = in.text("reason", {.required = true, .max = kRecusalReasonMax + 1000});
    if (reason && (utf8_length(*reason) < kReasonMin || utf8_length(*reason) > kRecusalReasonMax)) in.fail("reason", "field.award_reason");
    else if (!reason) {
        in.fail("reason", "field.award_reason");
    }
    in.done();
    if (j.recused) award_conflict("already_recused");
    const auto me = ctx.user().id;
    {
        store::Transaction tx(ctx.db);
        if (store::award_find_round(ctx.db, j.scope.programme.id)->status != "open") award_conflict("round_closed");
        if (!store::award_add_recusal(ctx.db, j.scope.round->id, me, j.candidacy.id, *reason, false, ctx.now()))
            award_conflict("already_recused");
        tx.commit();
    }
    return json_response(201, boost::json::serialize(boost::json::object{{"candidacyId", j.candidacy.id},
                                                                         {"jurorId", me},
                                                                         {"reason", *reason},
                                                                         {"automatic", false},
                                                                         {"createdAt", ctx.now()}}));
}

// GET /api/awards/jury: the rounds the caller judges.
http::Response my_rounds(Ctx& ctx) {
    const auto me = ctx.user().id;
    boost::json::array rounds;
    for (const auto& r : ctx.db
                             .exec("SELECT r.programme_id, p.name FROM award_jurors j JOIN award_rounds r ON r.id = j.round_id "
                                   "JOIN programmes p ON p.id = r.programme_id WHERE j.user_id = $1 ORDER BY r.closes_on DESC, p.name, p.id",
                                   {me})
                             .rows) {
        const auto round = *store::award_find_round(ctx.db, r.i64(0));
        const auto d = load_award_data(ctx, round);
        int scored = 0, recused = 0;
        for (const auto& c : d.candidacies) {
            if (is_recused(d, me, c.id)) {
                ++recused;
                continue;
            }
            if (!d.criteria.empty() && core::award::complete(d.input, me, c.id)) ++scored;
        }
        rounds.push_back(boost::json::object{{"programmeId", round.programme_id},
                                             {"programmeName", r.str(1)},
                                             {"opensOn", round.opens_on},
                                             {"closesOn", round.closes_on},
                                             {"status", round.status},
                                             {"scale", round.scale},
                                             {"candidates", d.candidacies.size()},
                                             {"scored", scored},
                                             {"recused", recused}});
    }
    return json_response(200, boost::json::serialize(boost::json::object{{"rounds", std::move(rounds)}}));
}

}  // namespace

void add_jury_routes(ApiRouter& r) {
    r.add("GET", "/api/awards/jury", my_rounds);
    r.add("GET", "/api/programmes/{id}/award/candidates/{candidacyId}", show_candidate);
    r.add("GET", "/api/programmes/{id}/award/candidates/{candidacyId}/evidence/{evidenceId}/file", evidence_file);
    r.add("PUT", "/api/programmes/{id}/award/candidates/{candidacyId}/scores", put_scores);
    r.add("POST", "/api/programmes/{id}/award/candidates/{candidacyId}/recusal", recuse);
}

}  // namespace sk::api
