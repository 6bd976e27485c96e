// The award round of a programme (docs/api.md "Award"): the per-role view, the round's dates and scale, the
// rubric, and the jury. Organisers change the round; every change is audited in its own transaction.
//
// Jurors join by consent, like every member (api/invitations.h): inviting a juror makes an invitation into
// the programme's organiser organisation with role `jury` for this round, and only accepting it makes the
// jury membership and the award_jurors row. Until then the round's juror list shows the typed address as
// pending (no name, no account id, no company), so inviting an address never tells the organiser whose
// account it is; the pending juror cannot see or score candidacies, and the organiser withdraws the
// invitation through the organisation's invitation routes (its id and organisation are in the list).
// Going all the way (rather than only hiding the name) keeps one rule for everybody, and keeps the
// juror's company, which decides automatic recusals, out of the organiser's view until the juror agrees.
#include <boost/json.hpp>

#include <set>

#include "api/authz.h"
#include "api/award_routes.h"
#include "api/award_scope.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/invitations.h"
#include "api/json_input.h"
#include "core/brussels_date.h"
#include "mail/outbox.h"
#include "mail/templates_award.h"
#include "store/accounts.h"
#include "store/audit.h"
#include "store/invitations.h"

namespace sk::api {

namespace {

boost::json::object round_audit(const store::AwardRound& r) {
    return {{"opensOn", r.opens_on}, {"closesOn", r.closes_on}, {"scale", r.scale}, {"status", r.status}};
}

// Criteria fully scored by `juror` for `candidacy`.
int scored_count(const std::vector<store::AwardScore>& scores, const std::vector<store::AwardCriterion>& criteria, std::int64_t juror,
                 std::int64_t candidacy) {
    int n = 0;
    for (const auto& c : criteria)
        for (const auto& s : scores)
            if (s.juror_id == juror && s.candidacy_id == candidacy && s.criterion_id == c.id) ++n;
    return n;
}

boost::json::object juror_json(const store::AwardJuror& j, const AwardData& d) {
    int complete = 0;
    for (const auto& c : d.candidacies)
        if (!d.criteria.empty() && scored_count(d.scores, d.criteria, j.user_id, c.id) == static_cast<int>(d.criteria.size())) ++complete;
    return {{"userId", j.user_id},
            {"name", j.name},
            {"email", j.email},
            {"companyId", j.company_id ? boost::json::value(*j.company_id) : nullptr},
            {"companyName", j.company_name ? boost::json::value(*j.company_name) : nullptr},
            {"invitationId", nullptr},
            {"organisationId", nullptr},
            {"invitationPending", j.pending},
            {"scored", complete}};
}

// A juror who has not accepted yet: only what the organiser typed.
boost::json::object pending_juror_json(const store::Invitation& i) {
    return {{"userId", nullptr},
            {"name", nullptr},
            {"email", i.email},
            {"companyId", nullptr},
            {"companyName", nullptr},
            {"invitationId", i.id},
            {"organisationId", i.organisation_id},
            {"invitationPending", true},
            {"scored", 0}};
}

// GET /api/programmes/{id}/award
http::Response show_award(Ctx& ctx) {
    const auto s = load_award(ctx);
    boost::json::object doc;
    doc["round"] = s.round ? boost::json::value(round_json(ctx, *s.round)) : nullptr;
    if (s.organiser) {
        doc["role"] = "organiser";
        boost::json::array jurors, candidacies;
        if (s.round) {
            const auto d = load_award_data(ctx, *s.round);
            for (const auto& j : d.jurors) jurors.push_back(juror_json(j, d));
            for (const auto& i : store::open_invitations_of_round(ctx.db, s.round->id)) jurors.push_back(pending_juror_json(i));
            for (const auto& c : store::award_candidacies(ctx.db, s.round->id))
                candidacies.push_back(boost::json::object{{"id", c.id},
                                                          {"organisationId", c.organisation_id},
                                                          {"schoolName", c.school_name},
                                                          {"status", c.status},
                                                          {"submittedAt", c.submitted_at}});
        }
        doc["jurors"] = std::move(jurors);
        doc["candidacies"] = std::move(candidacies);
    } else if (s.juror) {
        doc["role"] = "juror";
        const auto d = load_award_data(ctx, *s.round);
        const auto me = ctx.user().id;
        boost::json::array candidates;
        for (const auto& c : d.candidacies) {
            bool recused = false, automatic = false;
            for (const auto& r : d.recusals)
                if (r.juror_id == me && r.candidacy_id == c.id) recused = true, automatic = r.automatic;
            candidates.push_back(boost::json::object{{"id", c.id},
                                                     {"organisationId", c.organisation_id},
                                                     {"schoolName", c.school_name},
                                                     {"submittedAt", c.submitted_at},
                                                     {"recused", recused},
                                                     {"automatic", automatic},
                                                     {"scored", scored_count(d.scores, d.criteria, me, c.id)},
                                                     {"of", d.criteria.size()}});
        }
        doc["candidates"] = std::move(candidates);
    } else {
        const auto schools = caller_schools(ctx, s.programme.id);
        require(!schools.empty());
        doc["role"] = "school";
        boost::json::array list;
        for (const auto& school : schools) {
            std::optional<store::AwardCandidacy> c;
            if (s.round) c = store::award_school_candidacy(ctx.db, s.round->id, school.organisation_id);
            boost::json::value cj = nullptr;
            if (c)
                cj = boost::json::object{{"id", c->id},
                                         {"status", c->status},
                                         {"submittedAt", c->submitted_at},
                                         {"result", c->result && c->status == "submitted" ? boost::json::value(*c->result) : nullptr}};
            list.push_back(boost::json::object{{"organisationId", school.organisation_id},
                                               {"organisationName", school.name},
                                               {"finalSubmitted", final_submitted(ctx, s.programme.id, school.organisation_id)},
                                               {"canEdit", school.coordinator && s.round && accepting_candidacies(ctx, *s.round)},
                                               {"candidacy", std::move(cj)}});
        }
        doc["schools"] = std::move(list);
    }
    return json_response(200, boost::json::serialize(doc));
}

// PUT /api/programmes/{id}/award: creates or updates the round.
http::Response put_round(Ctx& ctx) {
    const auto s = load_award(ctx);
    require(s.organiser);
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const auto opens_on = in.text("opensOn", {.max = 10});
    const auto closes_on = in.text("closesOn", {.max = 10});
    if (opens_on && !core::valid_date(*opens_on)) in.fail("opensOn", "field.date");
    if (closes_on && !core::valid_date(*closes_on)) in.fail("closesOn", "field.date");
    else if (opens_on && closes_on && core::valid_date(*opens_on) && *closes_on < *opens_on) in.fail("closesOn", "field.award_closes_before");
    const auto scale = whole_number(in, field_value(obj, "scale"), "scale", 5, 10, "field.award_scale");
    if (scale && *scale != 5 && *scale != 10) in.fail("scale", "field.award_scale");
    in.done();

    const auto now = ctx.now();
    std::int64_t round_id = 0;
    {
        store::Transaction tx(ctx.db);
        const auto before = store::award_find_round(ctx.db, s.programme.id);
        if (before) {
            if (before->status != "open") award_conflict("round_closed");
            if (before->scale != *scale) {
                if (store::award_has_scores(ctx.db, before->id)) award_conflict("rubric_locked");
                store::award_replace_rubric(ctx.db, before->id, {});  // the descriptors no longer fit the scale
            }
            round_id = before->id;
            store::award_update_round(ctx.db, round_id, *opens_on, *closes_on, static_cast<int>(*scale), now);
        } else {
            round_id = store::award_create_round(ctx.db, s.programme.id, *opens_on, *closes_on, static_cast<int>(*scale), now);
        }
        const auto after = store::award_find_round(ctx.db, s.programme.id);
        store::write_audit(ctx.db,
                           {ctx.user().id, s.programme.id, before ? "award.round_update" : "award.round_create", "award_round", round_id,
                            before ? std::optional<std::string>(boost::json::serialize(round_audit(*before))) : std::nullopt,
                            boost::json::serialize(round_audit(*after))},
                           now);
        tx.commit();
    }
    return json_response(200, boost::json::serialize(round_json(ctx, *store::award_find_round(ctx.db, s.programme.id))));
}

// PUT /api/programmes/{id}/award/rubric: replaces the criteria while nobody has scored.
http::Response put_rubric(Ctx& ctx) {
    const auto s = load_award(ctx);
    require(s.organiser);
    const auto& round = require_round(s);
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    std::vector<store::AwardCriterion> criteria;
    const auto* list = field_value(obj, "criteria");
    if (!list || !list->is_array() || list->as_array().size() < 3 || list->as_array().size() > 6) {
        in.fail("criteria", "field.award_criteria_count");
    } else {
        const auto& items = list->as_array();
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string at = "criteria[" + std::to_string(i) + "]";
            store::AwardCriterion c;
            if (!items[i].is_object()) {
                in.fail(at, "field.not_object");
                continue;
            }
            const auto& item = items[i].as_object();
            const auto name = trimmed_string(field_value(item, "name"));
            if (!name) in.fail(at + ".name", "field.required");
            else if (utf8_length(*name) > 200) in.fail(at + ".name", "field.too_long", {{"max", "200"}});
            else c.name = *name;
            if (const auto w = whole_number(in, field_value(item, "weight"), at + ".weight", 1, 100, "field.award_weight")) c.weight = static_cast<int>(*w);
            const auto* ds = field_value(item, "descriptors");
            if (!ds || !ds->is_array() || ds->as_array().size() != static_cast<std::size_t>(round.scale)) {
                in.fail(at + ".descriptors", "field.award_descriptors", {{"scale", std::to_string(round.scale)}});
            } else {
                for (std::size_t k = 0; k < ds->as_array().size(); ++k) {
                    const auto text = trimmed_string(&ds->as_array()[k]);
                    if (!text || utf8_length(*text) > 500) in.fail(at + ".descriptors[" + std::to_string(k) + "]", "field.award_descriptor");
                    else c.descriptors.push_back(*text);
                }
            }
            criteria.push_back(std::move(c));
        }
    }
    in.done();
    const auto now = ctx.now();
    {
        store::Transaction tx(ctx.db);
        const auto current = store::award_find_round(ctx.db, s.programme.id);
        if (current->status != "open") award_conflict("round_closed");
        if (store::award_has_scores(ctx.db, round.id)) award_conflict("rubric_locked");
        boost::json::array before, after;
        for (const auto& c : store::award_criteria(ctx.db, round.id)) before.push_back(criterion_json(c));
        store::award_replace_rubric(ctx.db, round.id, criteria);
        for (const auto& c : store::award_criteria(ctx.db, round.id)) after.push_back(criterion_json(c));
        store::write_audit(ctx.db,
                           {ctx.user().id, s.programme.id, "award.rubric", "award_round", round.id, boost::json::serialize(before),
                            boost::json::serialize(after)},
                           now);
        tx.commit();
    }
    return json_response(200, boost::json::serialize(round_json(ctx, *store::award_find_round(ctx.db, s.programme.id))));
}

// POST /api/programmes/{id}/award/jurors: an invitation into the jury (see the top of this file); the
// answer is the pending juror, the same whether the address has an account or not.
http::Response invite_juror(Ctx& ctx) {
    const auto s = load_award(ctx);
    require(s.organiser);
    const auto& round = require_round(s);
    JsonInput in(ctx.req.body);
    const auto email = in.email("email");
    const auto name = in.text("name", {.required = true, .max = 200});
    const auto language = in.one_of("language", {"nl", "en"}, "field.language", false);
    in.done();

    const auto now = ctx.now();
    const auto organiser_org =
        ctx.db.exec("SELECT organiser_id FROM programmes WHERE id = $1", {s.programme.id}).one().i64(0);
    std::int64_t invitation_id = 0;
    {
        store::Transaction tx(ctx.db);
        const auto default_language = language.value_or(ctx.lang == core::Language::en ? "en" : "nl");
        const auto sent = create_invitation(ctx, {organiser_org, "jury", std::nullopt, round.id, *email, *name, default_language});
        invitation_id = sent.id;
        mail::enqueue(ctx.db, mail::award_juror_invited_email(sent.lang, sent.to, sent.name, s.programme.name, sent.link, sent.sets_password), organiser_org);
        store::write_audit(ctx.db,
                           {ctx.user().id, s.programme.id, "award.juror_invite", "invitation", sent.id, std::nullopt,
                            boost::json::serialize(boost::json::object{{"invitationId", sent.id}, {"email", *email}})},
                           now);
        tx.commit();
    }
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(201, boost::json::serialize(pending_juror_json(*store::find_invitation(ctx.db, invitation_id))));
}

// DELETE /api/programmes/{id}/award/jurors/{userId}: only a juror who has not scored.
http::Response remove_juror(Ctx& ctx) {
    const auto s = load_award(ctx);
    require(s.organiser);
    const auto& round = require_round(s);
    const auto user_id = id_param(ctx, "userId");
    {
        store::Transaction tx(ctx.db);
        if (!store::award_is_juror(ctx.db, round.id, user_id)) throw ApiError::not_found();
        if (store::award_juror_has_scores(ctx.db, round.id, user_id)) award_conflict("juror_has_scores");
        store::award_remove_juror(ctx.db, round.id, user_id);
        store::write_audit(ctx.db,
                           {ctx.user().id, s.programme.id, "award.juror_remove", "award_juror", user_id,
                            boost::json::serialize(boost::json::object{{"userId", user_id}}), std::nullopt},
                           ctx.now());
        tx.commit();
    }
    http::Response res;
    res.status = 204;
    return res;
}

}  // namespace

void add_award_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/award", show_award);
    r.add("PUT", "/api/programmes/{id}/award", put_round);
    r.add("PUT", "/api/programmes/{id}/award/rubric", put_rubric);
    r.add("POST", "/api/programmes/{id}/award/jurors", invite_juror);
    r.add("DELETE", "/api/programmes/{id}/award/jurors/{userId}", remove_juror);
}

}  // namespace sk::api
