// The organiser's side of judging (docs/api.md "Award"): the progress matrix with flagged candidacies, closing
// the round, the raw and normalised rankings (core/award_ranking.h), announcing the winners (mails to every
// candidate's coordinators), and the results as PDF and XLSX.
#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "api/authz.h"
#include "api/award_results_view.h"
#include "api/award_routes.h"
#include "api/award_scope.h"
#include "api/context.h"
#include "api/file_response.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "core/brussels_date.h"
#include "mail/outbox.h"
#include "mail/templates_award.h"
#include "render/award_results.h"
#include "render/pdf_file.h"
#include "store/audit.h"

namespace sk::api {

namespace {

boost::json::value number(const std::optional<double>& v) { return v ? boost::json::value(*v) : nullptr; }

// GET /api/programmes/{id}/award/progress
http::Response progress(Ctx& ctx) {
    const auto s = load_award(ctx);
    require(s.organiser);
    const auto& round = require_round(s);
    const auto d = load_award_data(ctx, round);
    boost::json::array jurors, candidates, cells, flagged;
    for (const auto& j : d.jurors) jurors.push_back(boost::json::object{{"userId", j.user_id}, {"name", j.name}});
    for (const auto& c : d.candidacies) candidates.push_back(boost::json::object{{"candidacyId", c.id}, {"schoolName", c.school_name}});
    for (const auto& j : d.jurors)
        for (const auto& c : d.candidacies) {
            bool recused = false, automatic = false;
            for (const auto& r : d.recusals)
                if (r.juror_id == j.user_id && r.candidacy_id == c.id) recused = true, automatic = r.automatic;
            cells.push_back(boost::json::object{{"jurorId", j.user_id},
                                                {"candidacyId", c.id},
                                                {"scored", core::award::scored_criteria(d.input, j.user_id, c.id)},
                                                {"of", d.criteria.size()},
                                                {"recused", recused},
                                                {"automatic", automatic}});
        }
    for (const auto& c : core::award::rank(d.input).candidates)
        if (c.flagged) flagged.push_back(c.candidacy);
    return json_response(200, boost::json::serialize(boost::json::object{
                                  {"jurors", std::move(jurors)}, {"candidates", std::move(candidates)}, {"cells", std::move(cells)},
                                  {"flagged", std::move(flagged)}}));
}

// POST /api/programmes/{id}/award/close
http::Response close(Ctx& ctx) {
    const auto s = load_award(ctx);
    require(s.organiser);
    const auto& round = require_round(s);
    {
        store::Transaction tx(ctx.db);
        const auto current = store::award_find_round(ctx.db, s.programme.id);
        if (current->status != "open") award_conflict("round_closed");
        // Freeze the live automatic recusals first (they are derived only while the round is open).
        store::award_freeze_automatic_recusals(ctx.db, *current, ctx.now());
        if (!store::award_set_status(ctx.db, round.id, "open", "closed", ctx.now())) award_conflict("round_closed");
        store::write_audit(ctx.db,
                           {ctx.user().id, s.programme.id, "award.close", "award_round", round.id,
                            boost::json::serialize(boost::json::object{{"status", "open"}}),
                            boost::json::serialize(boost::json::object{{"status", "closed"}})},
                           ctx.now());
        tx.commit();
    }
    return json_response(200, boost::json::serialize(round_json(ctx, *store::award_find_round(ctx.db, s.programme.id))));
}

// Organisers and jurors, once the round is closed.
const store::AwardRound& results_round(const AwardScope& s) {
    require(s.organiser || s.juror);
    const auto& round = require_round(s);
    if (round.status == "open") award_conflict("round_open");
    return round;
}

boost::json::array rank_rows(const AwardResultsView& v, bool normalised) {
    struct RowData {
        std::int64_t id;
        std::string school;
        std::optional<double> score;
        std::optional<int> rank;
        std::size_t jurors;
        bool winner;
    };
    std::vector<RowData> rows;
    for (const auto& c : v.ranking.candidates) {
        const auto* info = find_candidate(v, c.candidacy);
        rows.push_back({c.candidacy, info ? info->school_name : std::string(), normalised ? c.normalised : c.raw,
                        normalised ? c.normalised_rank : c.raw_rank, c.jurors.size(), info && info->winner});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const RowData& a, const RowData& b) {
        const int ra = a.rank.value_or(1 << 30), rb = b.rank.value_or(1 << 30);
        if (ra != rb) return ra < rb;
        return a.school < b.school;
    });
    boost::json::array out;
    for (const auto& r : rows)
        out.push_back(boost::json::object{{"candidacyId", r.id},
                                          {"schoolName", r.school},
                                          {"score", number(r.score)},
                                          {"rank", r.rank ? boost::json::value(*r.rank) : nullptr},
                                          {"jurors", r.jurors},
                                          {"winner", r.winner}});
    return out;
}

// GET /api/programmes/{id}/award/results
http::Response results(Ctx& ctx) {
    const auto s = load_award(ctx);
    const auto& round = results_round(s);
    const auto v = award_results_view(ctx, s.programme.name, round);
    boost::json::array criteria, flagged, per_criterion, juror_totals, winners;
    for (const auto& c : store::award_criteria(ctx.db, round.id)) criteria.push_back(criterion_json(c));
    std::map<std::int64_t, std::string> names;
    for (const auto& j : v.jurors) names[j.id] = j.name;
    for (const auto& c : v.ranking.candidates) {
        if (c.flagged) flagged.push_back(c.candidacy);
        for (const auto& t : c.jurors)
            juror_totals.push_back(boost::json::object{{"candidacyId", c.candidacy},
                                                       {"jurorId", t.juror},
                                                       {"jurorName", names[t.juror]},
                                                       {"raw", t.raw},
                                                       {"normalised", t.normalised}});
    }
    for (const auto& m : v.ranking.per_criterion)
        per_criterion.push_back(boost::json::object{{"candidacyId", m.candidacy}, {"criterionId", m.criterion}, {"mean", number(m.mean)}});
    for (const auto& c : v.candidates)
        if (c.winner) winners.push_back(c.candidacy_id);
    return json_response(200, boost::json::serialize(boost::json::object{{"status", round.status},
                                                                         {"scale", round.scale},
                                                                         {"criteria", std::move(criteria)},
                                                                         {"raw", rank_rows(v, false)},
                                                                         {"normalised", rank_rows(v, true)},
                                                                         {"flagged", std::move(flagged)},
                                                                         {"perCriterion", std::move(per_criterion)},
                                                                         {"jurorTotals", std::move(juror_totals)},
                                                                         {"winners", std::move(winners)}}));
}

// POST /api/programmes/{id}/award/announce
http::Response announce(Ctx& ctx) {
    const auto s = load_award(ctx);
    require(s.organiser);
    const auto& round = require_round(s);
    if (round.status == "open") award_conflict("round_open");
    if (round.status == "announced") award_conflict("already_announced");

    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    std::set<std::int64_t> submitted;
    const auto candidacies = store::award_candidacies(ctx.db, round.id);
    for (const auto& c : candidacies)
        if (c.status == "submitted") submitted.insert(c.id);
    std::vector<std::int64_t> winners;
    const auto* list = field_value(obj, "winners");
    if (!list || !list->is_array() || list->as_array().empty() || list->as_array().size() > 3) {
        in.fail("winners", "field.award_winners");
    } else {
        std::set<std::int64_t> seen;
        for (std::size_t i = 0; i < list->as_array().size(); ++i) {
            const auto& v = list->as_array()[i];
            const std::int64_t id = v.is_int64() ? v.as_int64() : 0;
            if (!submitted.contains(id)) in.fail("winners[" + std::to_string(i) + "]", "field.award_winner");
            else if (!seen.insert(id).second) in.fail("winners", "field.award_winners");
            else winners.push_back(id);
        }
    }
    in.done();

    {
        store::Transaction tx(ctx.db);
        if (!store::award_set_status(ctx.db, round.id, "closed", "announced", ctx.now())) award_conflict("already_announced");
        store::award_set_results(ctx.db, round.id, winners);
        const std::set<std::int64_t> won(winners.begin(), winners.end());
        for (const auto& c : candidacies) {
            if (c.status != "submitted") continue;
            const std::string link = ctx.services.base_url + "/programmes/" + std::to_string(s.programme.id) + "/schools/" +
                                     std::to_string(c.organisation_id) + "/award";
            for (const auto& r : ctx.db
                                     .exec("SELECT u.email, u.name, u.language FROM memberships m JOIN users u ON u.id = m.user_id "
                                           "WHERE m.organisation_id = $1 AND m.role = 'coordinator' ORDER BY u.id",
                                           {c.organisation_id})
                                     .rows)
                mail::enqueue_for_programme(ctx.db, mail::award_result_email(core::parse_language(r.str(2)).value_or(core::Language::nl), r.str(0),
                                                               r.str(1), s.programme.name, c.school_name, won.contains(c.id), link), s.programme.id);
        }
        boost::json::array ids;
        for (const auto id : winners) ids.push_back(id);
        store::write_audit(ctx.db,
                           {ctx.user().id, s.programme.id, "award.announce", "award_round", round.id,
                            boost::json::serialize(boost::json::object{{"status", "closed"}}),
                            boost::json::serialize(boost::json::object{{"status", "announced"}, {"winners", std::move(ids)}})},
                           ctx.now());
        tx.commit();
    }
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(200, boost::json::serialize(round_json(ctx, *store::award_find_round(ctx.db, s.programme.id))));
}

std::string award_results_file_name(core::Language lang, std::int64_t programme_id, const std::string& ext) {
    return (lang == core::Language::en ? "award-results-" : "award-resultaten-") + std::to_string(programme_id) + "." + ext;
}

// Organisers only, once closed.
const store::AwardRound& export_round(const AwardScope& s) {
    require(s.organiser);
    const auto& round = require_round(s);
    if (round.status == "open") award_conflict("round_open");
    return round;
}

http::Response results_pdf(Ctx& ctx) {
    const auto s = load_award(ctx);
    const auto& round = export_round(s);
    const auto lang = require_query_language(ctx);
    const auto v = award_results_view(ctx, s.programme.name, round);
    const auto date = core::brussels_date(ctx.now());
    return temp_file_response(
        ctx, ".pdf", [&](const std::string& path) { render::write_pdf_file(path, [&](std::FILE* out) { render::render_award_results_pdf(v, lang, date, out); }); },
        "application/pdf", award_results_file_name(lang, s.programme.id, "pdf"));
}

http::Response results_xlsx(Ctx& ctx) {
    const auto s = load_award(ctx);
    const auto& round = export_round(s);
    const auto lang = require_query_language(ctx);
    const auto v = award_results_view(ctx, s.programme.name, round);
    return temp_file_response(
        ctx, ".xlsx", [&](const std::string& path) { render::write_xlsx_file(render::award_results_sheets(v, lang), path, ctx.services.tmp_dir); },
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", award_results_file_name(lang, s.programme.id, "xlsx"));
}

}  // namespace

void add_award_results_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/award/progress", progress);
    r.add("POST", "/api/programmes/{id}/award/close", close);
    r.add("GET", "/api/programmes/{id}/award/results", results);
    r.add("POST", "/api/programmes/{id}/award/announce", announce);
    r.add("GET", "/api/programmes/{id}/award/results.pdf", results_pdf);
    r.add("GET", "/api/programmes/{id}/award/results.xlsx", results_xlsx);
}

}  // namespace sk::api
