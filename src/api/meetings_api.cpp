// The meeting log of a school with its confirmed mentor (docs/api.md, "Mentoring and matching"): the
// mentor and the school's members write meetings with follow-ups; only the side that wrote a meeting
// edits or deletes it; organisers read. A follow-up can become an action of the school's action plan.
#include <boost/json.hpp>

#include <set>

#include "api/authz.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/measurement_scope.h"
#include "api/action_plan_scope.h"
#include "api/mentor_scope.h"
#include "core/brussels_date.h"

namespace sk::api {

namespace {

constexpr std::size_t kAttendeesMax = 1000, kNotesMax = 8000, kFollowUpMax = 500, kFollowUpsMax = 50, kActionTitleMax = 200;
constexpr int kHeldOnMaxDaysAhead = 365;

struct Standing {
    bool organiser = false, school = false, coordinator = false, mentor = false;
    bool writer() const { return school || mentor; }
};

Standing standing(Ctx& ctx, std::int64_t programme_id, std::int64_t school_id) {
    const auto access = school_access(ctx, programme_id, school_id);
    return {access.organiser, access.editor(), access.coordinator, is_confirmed_mentor_of(ctx, programme_id, school_id)};
}

bool on_side(const Standing& s, const std::string& side) { return side == "mentor" ? s.mentor : s.school; }

struct MeetingRow {
    std::int64_t id, programme_id, school_id;
};

MeetingRow load_meeting(Ctx& ctx, std::int64_t id) {
    auto r = ctx.db.exec("SELECT id, programme_id, school_id FROM mentor_meetings WHERE id = $1", {id});
    if (r.empty()) throw ApiError::not_found();
    return {r.one().i64(0), r.one().i64(1), r.one().i64(2)};
}

boost::json::object meeting_json(Ctx& ctx, std::int64_t id, const Standing& s) {
    auto r = ctx.db.exec("SELECT m.id, m.programme_id, m.school_id, m.held_on, m.attendees, m.notes, m.author_side, u.name, m.created_at, "
                         "m.updated_at FROM mentor_meetings m LEFT JOIN users u ON u.id = m.created_by WHERE m.id = $1",
                         {id});
    const auto& row = r.one();
    boost::json::array follow_ups;
    for (const auto& f : ctx.db.exec("SELECT id, text, action_id FROM meeting_follow_ups WHERE meeting_id = $1 ORDER BY position, id", {id}).rows) {
        boost::json::value action = nullptr;
        // A deleted action leaves a dangling id (no foreign key, see migration 012): report null then.
        if (!f.is_null(2) && !ctx.db.exec("SELECT 1 FROM action_items WHERE id = $1", {f.i64(2)}).empty()) action = f.i64(2);
        follow_ups.push_back(boost::json::object{{"id", f.i64(0)}, {"text", f.str(1)}, {"actionId", action}});
    }
    const std::string side = row.str(6);
    return {{"id", row.i64(0)},
            {"programmeId", row.i64(1)},
            {"organisationId", row.i64(2)},
            {"heldOn", row.str(3)},
            {"attendees", row.str(4)},
            {"notes", row.str(5)},
            {"followUps", std::move(follow_ups)},
            {"authorSide", side},
            {"createdByName", row.opt_str(7).value_or("")},
            {"createdAt", row.i64(8)},
            {"updatedAt", row.i64(9)},
            {"canEdit", on_side(s, side)}};
}

struct FollowUpInput {
    std::optional<std::int64_t> id;
    std::string text;
};

struct MeetingInput {
    std::optional<std::string> held_on, attendees, notes;
    std::optional<std::vector<FollowUpInput>> follow_ups;
};

// Reads the body; on create every required field must be there. Unknown follow-up ids are checked
// against `existing` (the meeting's follow-ups; empty on create).
MeetingInput read_meeting(Ctx& ctx, bool create, const std::set<std::int64_t>& existing) {
    JsonInput in(ctx.req.body);
    const auto body = parse_object(ctx.req.body);
    MeetingInput out;
    const bool has_held_on = field_value(body, "heldOn") != nullptr;
    if (create || has_held_on) {
        out.held_on = in.text("heldOn", {.required = true, .max = 10});
        if (out.held_on) {
            const auto ahead = core::valid_date(*out.held_on) ? core::days_between(core::brussels_date(ctx.now()), *out.held_on) : std::nullopt;
            if (!ahead) {
                in.fail("heldOn", "field.meeting_date");
                out.held_on.reset();
            } else if (*ahead > kHeldOnMaxDaysAhead) {
                in.fail("heldOn", "field.meeting_date_ahead", {{"days", std::to_string(kHeldOnMaxDaysAhead)}});
                out.held_on.reset();
            }
        }
    }
    if (create || field_value(body, "attendees")) out.attendees = in.text("attendees", {.required = true, .max = kAttendeesMax});
    if (body.contains("notes")) out.notes = in.text("notes", {.required = false, .max = kNotesMax}).value_or("");
    if (const auto* f = field_value(body, "followUps")) {
        if (!f->is_array()) {
            in.fail("followUps", "field.meeting_follow_ups");
        } else if (f->as_array().size() > kFollowUpsMax) {
            in.fail("followUps", "field.meeting_follow_ups_many", {{"max", std::to_string(kFollowUpsMax)}});
        } else {
            std::vector<FollowUpInput> items;
            std::set<std::int64_t> seen;
            for (std::size_t i = 0; i < f->as_array().size(); ++i) {
                const auto& item = f->as_array()[i];
                const std::string prefix = "followUps[" + std::to_string(i) + "]";
                if (!item.is_object()) {
                    in.fail(prefix + ".text", "field.required");
                    continue;
                }
                FollowUpInput fu;
                if (const auto* id = field_value(item.as_object(), "id")) {
                    if (!id->is_int64() || !existing.count(id->as_int64()) || !seen.insert(id->as_int64()).second) {
                        in.fail(prefix + ".id", "field.meeting_follow_up_id");
                        continue;
                    }
                    fu.id = id->as_int64();
                }
                const auto text = trimmed_string(field_value(item.as_object(), "text"));
                if (!text) in.fail(prefix + ".text", "field.required");
                else if (utf8_length(*text) > kFollowUpMax) in.fail(prefix + ".text", "field.too_long", {{"max", std::to_string(kFollowUpMax)}});
                else fu.text = *text;
                items.push_back(std::move(fu));
            }
            out.follow_ups = std::move(items);
        }
    }
    in.done();
    return out;
}

void write_follow_ups(Ctx& ctx, std::int64_t meeting_id, const std::vector<FollowUpInput>& items) {
    std::set<std::int64_t> kept;
    for (const auto& f : items)
        if (f.id) kept.insert(*f.id);
    for (const auto& r : ctx.db.exec("SELECT id FROM meeting_follow_ups WHERE meeting_id = $1", {meeting_id}).rows)
        if (!kept.count(r.i64(0))) ctx.db.exec("DELETE FROM meeting_follow_ups WHERE id = $1", {r.i64(0)});
    std::int64_t position = 0;
    for (const auto& f : items) {
        if (f.id)
            ctx.db.exec("UPDATE meeting_follow_ups SET text = $1, position = $2 WHERE id = $3", {f.text, position, *f.id});
        else
            ctx.db.exec("INSERT INTO meeting_follow_ups (meeting_id, position, text) VALUES ($1, $2, $3)", {meeting_id, position, f.text});
        ++position;
    }
}

void require_school(Ctx& ctx, std::int64_t programme_id, std::int64_t school_id) {
    if (!is_school_participant(ctx, programme_id, school_id)) throw ApiError::not_found();
}

// GET /api/programmes/{id}/schools/{orgId}/meetings
http::Response list_meetings(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id"), school_id = id_param(ctx, "orgId");
    load_programme_ref(ctx, programme_id);
    const auto s = standing(ctx, programme_id, school_id);
    require(s.organiser || s.writer());
    require_school(ctx, programme_id, school_id);
    boost::json::array meetings;
    for (const auto& r : ctx.db.exec("SELECT id FROM mentor_meetings WHERE programme_id = $1 AND school_id = $2 ORDER BY held_on DESC, id DESC",
                                     {programme_id, school_id})
                             .rows)
        meetings.push_back(meeting_json(ctx, r.i64(0), s));
    return json_response(200, boost::json::serialize(boost::json::object{{"meetings", std::move(meetings)}, {"canCreate", s.writer()}}));
}

// POST /api/programmes/{id}/schools/{orgId}/meetings
http::Response create_meeting(Ctx& ctx) {
    const auto programme_id = id_param(ctx, "id"), school_id = id_param(ctx, "orgId");
    load_programme_ref(ctx, programme_id);
    const auto s = standing(ctx, programme_id, school_id);
    require(s.writer());
    require_school(ctx, programme_id, school_id);
    const auto input = read_meeting(ctx, true, {});
    std::int64_t id = 0;
    {
        store::Transaction tx(ctx.db);
        id = ctx.db.exec("INSERT INTO mentor_meetings (programme_id, school_id, held_on, attendees, notes, author_side, created_by, created_at, "
                         "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
                         {programme_id, school_id, *input.held_on, *input.attendees, input.notes.value_or(""),
                          std::string(s.school ? "school" : "mentor"), ctx.user().id, ctx.now()})
                 .one()
                 .i64(0);
        if (input.follow_ups) write_follow_ups(ctx, id, *input.follow_ups);
        tx.commit();
    }
    return json_response(201, boost::json::serialize(meeting_json(ctx, id, s)));
}

std::set<std::int64_t> follow_up_ids(Ctx& ctx, std::int64_t meeting_id) {
    std::set<std::int64_t> out;
    for (const auto& r : ctx.db.exec("SELECT id FROM meeting_follow_ups WHERE meeting_id = $1", {meeting_id}).rows) out.insert(r.i64(0));
    return out;
}

// The caller's standing towards the meeting; 403 unless they are on the side that wrote it.
Standing require_author_side(Ctx& ctx, const MeetingRow& m) {
    const auto s = standing(ctx, m.programme_id, m.school_id);
    const auto side = ctx.db.exec("SELECT author_side FROM mentor_meetings WHERE id = $1", {m.id}).one().str(0);
    require(on_side(s, side));
    return s;
}

// PATCH /api/meetings/{meetingId}
http::Response update_meeting(Ctx& ctx) {
    ctx.user();
    const auto m = load_meeting(ctx, id_param(ctx, "meetingId"));
    const auto s = require_author_side(ctx, m);
    const auto input = read_meeting(ctx, false, follow_up_ids(ctx, m.id));
    {
        store::Transaction tx(ctx.db);
        if (input.held_on) ctx.db.exec("UPDATE mentor_meetings SET held_on = $1 WHERE id = $2", {*input.held_on, m.id});
        if (input.attendees) ctx.db.exec("UPDATE mentor_meetings SET attendees = $1 WHERE id = $2", {*input.attendees, m.id});
        if (input.notes) ctx.db.exec("UPDATE mentor_meetings SET notes = $1 WHERE id = $2", {*input.notes, m.id});
        if (input.follow_ups) write_follow_ups(ctx, m.id, *input.follow_ups);
        ctx.db.exec("UPDATE mentor_meetings SET updated_at = $1 WHERE id = $2", {ctx.now(), m.id});
        tx.commit();
    }
    return json_response(200, boost::json::serialize(meeting_json(ctx, m.id, s)));
}

// DELETE /api/meetings/{meetingId}
http::Response remove_meeting(Ctx& ctx) {
    ctx.user();
    const auto m = load_meeting(ctx, id_param(ctx, "meetingId"));
    require_author_side(ctx, m);
    ctx.db.exec("DELETE FROM mentor_meetings WHERE id = $1", {m.id});
    return http::Response::empty(204);
}

// POST /api/meetings/{meetingId}/follow-ups/{followUpId}/action {"goalId"}: the coordinator turns a follow-up
// into an action (title = the follow-up's text) of a goal of the same school's plan.
http::Response to_action(Ctx& ctx) {
    ctx.user();
    const auto m = load_meeting(ctx, id_param(ctx, "meetingId"));
    const auto follow_up_id = id_param(ctx, "followUpId");
    auto f = ctx.db.exec("SELECT text, action_id FROM meeting_follow_ups WHERE id = $1 AND meeting_id = $2", {follow_up_id, m.id});
    const auto s = standing(ctx, m.programme_id, m.school_id);
    require(s.coordinator);
    if (f.empty()) throw ApiError::not_found();
    JsonInput in(ctx.req.body);
    const auto body = parse_object(ctx.req.body);
    const auto goal_id = whole_number(in, field_value(body, "goalId"), "goalId", 1, INT64_MAX, "field.meeting_goal");
    in.done();
    auto goal = ctx.db.exec("SELECT p.id FROM action_goals g JOIN action_plans p ON p.id = g.plan_id WHERE g.id = $1 "
                            "AND p.programme_id = $2 AND p.organisation_id = $3",
                            {*goal_id, m.programme_id, m.school_id});
    if (goal.empty()) throw ApiError::field("goalId", "field.meeting_goal");
    const auto plan_id = goal.one().i64(0);
    std::int64_t action_id = 0;
    {
        store::Transaction tx(ctx.db);
        // Re-read under the write: two clicks must not make two actions.
        auto fresh = ctx.db.exec("UPDATE meeting_follow_ups SET action_id = action_id WHERE id = $1 RETURNING action_id", {follow_up_id});
        if (!fresh.one().is_null(0)) throw ApiError{409, "follow_up_has_action", {}, {}, {}};
        std::string title = f.one().str(0);
        // Cut at a code point boundary.
        if (utf8_length(title) > kActionTitleMax) {
            std::size_t cps = 0, i = 0;
            for (; i < title.size(); ++i)
                if ((static_cast<unsigned char>(title[i]) & 0xC0) != 0x80 && cps++ == kActionTitleMax) break;
            title.resize(i);
        }
        store::ActionFields fields;
        fields.title = title;
        // Through the plan's own path, so the action is in the plan's history like any other.
        action_id = add_plan_action(ctx, plan_id, *goal_id, fields);
        ctx.db.exec("UPDATE meeting_follow_ups SET action_id = $1 WHERE id = $2", {action_id, follow_up_id});
        tx.commit();
    }
    return plan_action_response(ctx, 201, action_id);
}

}  // namespace

void add_meeting_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/meetings", list_meetings);
    r.add("POST", "/api/programmes/{id}/schools/{orgId}/meetings", create_meeting);
    r.add("PATCH", "/api/meetings/{meetingId}", update_meeting);
    r.add("DELETE", "/api/meetings/{meetingId}", remove_meeting);
    r.add("POST", "/api/meetings/{meetingId}/follow-ups/{followUpId}/action", to_action);
}

}  // namespace sk::api
