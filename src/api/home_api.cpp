// GET /api/me/home: what is next for the signed-in user, per role, from live state (docs/api.md "Home").
// The facts come from store/home_data.h (a few queries per role, each for all of the user's schools or
// programmes at once, authorization inside the query); the rules from core/home_steps.h. The answer only
// names pages the role can open: the school's own pages for its members, the meeting log and plan of a
// confirmed school for its mentor, the organiser's pages of the programmes their organisation runs, the
// reviewer's assigned applications, the juror's rounds.
#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <tuple>

#include "api/award_scope.h"
#include "api/authz.h"
#include "api/context.h"
#include "api/json_output.h"
#include "core/brussels_date.h"
#include "core/home_steps.h"
#include "store/action_plan.h"
#include "store/home_data.h"
#include "store/undelivered_mail.h"

namespace sk::api {

namespace {

namespace hs = core::home;
namespace hd = store::home;

using SchoolKey = std::pair<std::int64_t, std::int64_t>;  // programme, organisation

constexpr int kQuestionsShown = 5;
constexpr int kReviewsShown = 10;

boost::json::value days_or_null(const std::string& from, const std::string& to) {
    const auto d = core::days_between(from, to);
    return d ? boost::json::value(*d) : boost::json::value(nullptr);
}

std::string school_path(std::int64_t programme, std::int64_t school) {
    return "/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(school);
}

// The web page of a step: where its one main action is done.
std::string step_path(const hs::Step& step, std::int64_t programme, std::int64_t school) {
    using K = hs::StepKind;
    const auto base = school_path(programme, school);
    switch (step.kind) {
        case K::answer_measurement:
        case K::submit_measurement:
        case K::ask_coordinator_to_submit: return base + "/measurements/" + step.phase;
        // Asking the programme's organisers, who can extend a phase for one school (PUT …/extensions): the
        // question form sends it to them (not the platform's home organisation) with a 2-working-day promise,
        // and starts filled in (the person, the school, a draft asking for more time for this phase).
        case K::ask_extension:
            return "/ask?programme=" + std::to_string(programme) + "&topic=measurement&extension=" + step.phase + "&school=" + std::to_string(school);
        case K::fix_overdue_actions:
        case K::make_plan:
        case K::work_on_plan: return base + "/plan";
        case K::submit_candidacy: return base + "/award";
        case K::apply_label: return base + "/label";
        case K::gather_evidence: return "/schools/" + std::to_string(school) + "/evidence";
        case K::collect_survey_answers: return base + "/surveys";
        case K::wait:
        case K::done: return "/programmes/" + std::to_string(programme);
    }
    return "/programmes/" + std::to_string(programme);
}

boost::json::object step_json(const hs::Step& step, std::int64_t programme, std::int64_t school) {
    return {{"kind", hs::to_string(step.kind)},
            {"phase", step.phase.empty() ? boost::json::value(nullptr) : boost::json::value(step.phase)},
            {"date", step.date.empty() ? boost::json::value(nullptr) : boost::json::value(step.date)},
            {"count", step.count},
            {"path", step_path(step, programme, school)}};
}

// A phase on the timeline: its dates (for a school: the school's closing date, with the programme's own
// beside it when extended), where it stands today and the days left or until it opens.
boost::json::object phase_json(const hs::Phase& p, const std::string& programme_closes_on, const std::string& today) {
    const auto time = hs::phase_time(p, today);
    return {{"kind", p.kind},
            {"opensOn", p.opens_on},
            {"closesOn", p.closes_on},
            {"programmeClosesOn", programme_closes_on},
            {"extended", p.closes_on != programme_closes_on},
            {"time", hs::to_string(time)},
            {"daysLeft", time == hs::PhaseTime::current ? days_or_null(today, p.closes_on) : boost::json::value(nullptr)},
            {"daysUntil", time == hs::PhaseTime::future ? days_or_null(today, p.opens_on) : boost::json::value(nullptr)}};
}

int framework_total(Ctx& ctx, const std::string& id, const std::string& version) {
    if (!ctx.services.frameworks) return 0;
    const auto* entry = ctx.services.frameworks->find(id, version);
    return entry ? static_cast<int>(entry->framework->criteria.size()) : 0;
}

template <class Row>
std::map<SchoolKey, std::vector<Row>> by_school(std::vector<Row> rows) {
    std::map<SchoolKey, std::vector<Row>> out;
    for (auto& r : rows) out[{r.programme_id, r.organisation_id}].push_back(std::move(r));
    return out;
}

template <class Row>
const std::vector<Row>& rows_of(const std::map<SchoolKey, std::vector<Row>>& m, const SchoolKey& key) {
    static const std::vector<Row> none;
    const auto it = m.find(key);
    return it == m.end() ? none : it->second;
}

std::vector<hs::GoalCount> goal_counts(const std::vector<hd::SchoolGoal>& goals) {
    std::vector<hs::GoalCount> out;
    for (const auto& g : goals) out.push_back({g.status, g.actions, g.done});
    return out;
}

int live_goals(const std::vector<hd::SchoolGoal>& goals) {
    return static_cast<int>(std::count_if(goals.begin(), goals.end(), [](const auto& g) { return g.status != "dropped"; }));
}

boost::json::array meetings_json(const std::vector<hd::Meeting>& meetings, const std::string& today) {
    boost::json::array out;
    for (const auto& m : meetings) out.push_back(boost::json::object{{"id", m.id}, {"heldOn", m.held_on}, {"daysUntil", days_or_null(today, m.held_on)}});
    return out;
}

// --- coordinators and team members: one entry per programme and school ---
// Both measurements' states, for the links on the programme card (in this one answer, instead of a request
// per card).
boost::json::array measurements_json(const hs::SchoolFacts& facts) {
    boost::json::array out;
    for (const auto& [kind, m] : {std::pair{"baseline", &facts.baseline}, std::pair{"final", &facts.final}})
        out.push_back(boost::json::object{
            {"kind", kind}, {"status", m->status == "none" ? "not_started" : m->status}, {"answered", m->answered}, {"total", m->total}});
    return out;
}

boost::json::array school_homes(Ctx& ctx, std::int64_t user_id, const std::string& today) {
    boost::json::array out;
    const auto schools = hd::schools(ctx.db, user_id);
    if (schools.empty()) return out;
    const auto phases = by_school(hd::school_phases(ctx.db, user_id));
    const auto measurements = by_school(hd::school_measurements(ctx.db, user_id));
    const auto surveys = by_school(hd::school_open_surveys(ctx.db, user_id));
    const auto goals = by_school(hd::school_goals(ctx.db, user_id));
    const auto labels = by_school(hd::school_labels(ctx.db, user_id));
    const auto awards = by_school(hd::school_awards(ctx.db, user_id));
    const auto mentors = by_school(hd::school_mentors(ctx.db, user_id));
    const auto meetings = by_school(hd::school_upcoming_meetings(ctx.db, user_id, today));
    std::map<SchoolKey, std::vector<store::OverdueAction>> overdue;
    for (auto& a : store::plan_overdue_for_user(ctx.db, user_id, today)) overdue[{a.programme_id, a.organisation_id}].push_back(std::move(a));

    for (const auto& s : schools) {
        const SchoolKey key{s.programme_id, s.organisation_id};
        hs::SchoolFacts facts;
        facts.today = today;
        facts.coordinator = s.coordinator;

        // The timeline, in trajectory order, with this school's closing dates.
        auto school_phases = rows_of(phases, key);
        std::sort(school_phases.begin(), school_phases.end(),
                  [](const auto& a, const auto& b) { return hs::phase_rank(a.kind) < hs::phase_rank(b.kind); });
        boost::json::array timeline;
        for (const auto& p : school_phases) {
            const std::string closes = p.extension && *p.extension > p.closes_on ? *p.extension : p.closes_on;
            facts.phases.push_back({p.kind, p.opens_on, closes});
            timeline.push_back(phase_json(facts.phases.back(), p.closes_on, today));
        }

        // Both measurements: the one started, else the programme's framework for the total.
        const int programme_total = framework_total(ctx, s.framework_id, s.framework_version);
        facts.baseline.total = facts.final.total = programme_total;
        std::map<std::string, std::int64_t> measurement_id;
        for (const auto& m : rows_of(measurements, key)) {
            auto& target = m.kind == "final" ? facts.final : facts.baseline;
            target.status = m.status;
            target.answered = m.answered;
            target.total = framework_total(ctx, m.framework_id, m.framework_version);
            measurement_id[m.kind] = m.id;
        }

        boost::json::array survey_list;
        for (const auto& sv : rows_of(surveys, key)) {
            const int needed = hs::answers_needed(sv.responses);
            if (needed > 0) ++(sv.kind == "final" ? facts.final_surveys_short : facts.baseline_surveys_short);
            survey_list.push_back(boost::json::object{
                {"id", sv.id}, {"kind", sv.kind}, {"group", sv.group}, {"responses", sv.responses}, {"needed", needed}});
        }

        const auto& school_goals = rows_of(goals, key);
        facts.plan_goals = live_goals(school_goals);
        facts.plan_progress = hs::plan_progress(goal_counts(school_goals));

        boost::json::array overdue_list;
        if (const auto it = overdue.find(key); it != overdue.end()) {
            facts.overdue_actions = static_cast<int>(it->second.size());
            for (const auto& a : it->second)
                overdue_list.push_back(boost::json::object{{"actionId", a.action_id},
                                                           {"title", a.title},
                                                           {"dueOn", a.due_on},
                                                           {"goalTitle", a.goal_title},
                                                           {"ownerName", or_null(a.owner_name)},
                                                           {"own", a.owner_user_id == user_id},
                                                           {"daysLate", days_or_null(a.due_on, today)}});
        }

        boost::json::object label{{"status", "none"}, {"applicationId", nullptr}, {"decidedLabel", nullptr}};
        if (const auto& l = rows_of(labels, key); !l.empty()) {
            facts.label = l.front().status;
            label = {{"status", l.front().status}, {"applicationId", l.front().id}, {"decidedLabel", or_null(l.front().decided_label)}};
        }

        if (const auto& a = rows_of(awards, key); !a.empty()) {
            const auto& round = a.front();
            facts.award_accepting = round.status == "open" && today >= round.opens_on && today <= round.closes_on;
            facts.award_closes_on = round.closes_on;
            facts.has_candidacy = round.candidacy && *round.candidacy == "submitted";
        }

        boost::json::value mentor = nullptr;
        if (const auto& m = rows_of(mentors, key); !m.empty())
            mentor = boost::json::object{{"companyName", m.front().company_name}, {"upcomingMeetings", meetings_json(rows_of(meetings, key), today)}};

        // The deadline: the current phase that closes first for this school.
        boost::json::value deadline = nullptr;
        const hs::Phase* soonest = nullptr;
        for (const auto& p : facts.phases)
            if (hs::phase_time(p, today) == hs::PhaseTime::current && (!soonest || p.closes_on < soonest->closes_on)) soonest = &p;
        if (soonest) {
            const auto own = std::find_if(school_phases.begin(), school_phases.end(), [&](const auto& p) { return p.kind == soonest->kind; });
            deadline = boost::json::object{{"kind", soonest->kind},
                                           {"closesOn", soonest->closes_on},
                                           {"daysLeft", days_or_null(today, soonest->closes_on)},
                                           {"extended", own != school_phases.end() && own->closes_on != soonest->closes_on}};
        }

        // The measurement whose phase is open now.
        boost::json::value open_measurement = nullptr;
        for (const auto& p : facts.phases) {
            if ((p.kind != "baseline" && p.kind != "final") || hs::phase_time(p, today) != hs::PhaseTime::current) continue;
            const auto& m = p.kind == "final" ? facts.final : facts.baseline;
            const auto id = measurement_id.find(p.kind);
            open_measurement = boost::json::object{{"kind", p.kind},
                                                   {"id", id == measurement_id.end() ? boost::json::value(nullptr) : boost::json::value(id->second)},
                                                   {"status", m.status == "none" ? "not_started" : m.status},
                                                   {"answered", m.answered},
                                                   {"total", m.total},
                                                   {"unanswered", m.unanswered()},
                                                   {"closesOn", p.closes_on},
                                                   {"daysLeft", days_or_null(today, p.closes_on)}};
            break;
        }

        boost::json::value closed = nullptr;
        if (const auto c = hs::closed_measurement_phase(facts))
            closed = boost::json::object{{"kind", c->kind}, {"closedOn", c->closes_on}, {"daysAgo", days_or_null(c->closes_on, today)}};

        out.push_back(boost::json::object{{"programmeId", s.programme_id},
                                          {"programmeName", s.programme_name},
                                          {"organisationId", s.organisation_id},
                                          {"organisationName", s.organisation_name},
                                          {"role", s.coordinator ? "coordinator" : "team_member"},
                                          {"phases", std::move(timeline)},
                                          {"deadline", std::move(deadline)},
                                          {"openMeasurement", std::move(open_measurement)},
                                          {"measurements", measurements_json(facts)},
                                          {"closedPhase", std::move(closed)},
                                          {"surveys", std::move(survey_list)},
                                          {"overdueActions", std::move(overdue_list)},
                                          {"plan", boost::json::object{{"goals", facts.plan_goals}, {"progress", facts.plan_progress}}},
                                          {"label", std::move(label)},
                                          {"mentor", std::move(mentor)},
                                          {"nextStep", step_json(hs::next_step(facts), s.programme_id, s.organisation_id)}});
    }
    return out;
}

// --- mentors: their confirmed schools ---
boost::json::object mentor_home(Ctx& ctx, std::int64_t user_id, const std::string& today) {
    boost::json::array schools;
    const auto list = hd::mentor_schools(ctx.db, user_id, today);
    if (!list.empty()) {
        const auto meetings = by_school(hd::mentor_upcoming_meetings(ctx.db, user_id, today));
        const auto goals = by_school(hd::mentor_goals(ctx.db, user_id));
        const auto overdue = by_school(hd::mentor_overdue(ctx.db, user_id, today));
        const auto comments = by_school(hd::mentor_waiting_comments(ctx.db, user_id));
        for (const auto& s : list) {
            const SchoolKey key{s.programme_id, s.organisation_id};
            const auto& school_goals = rows_of(goals, key);
            const auto& late = rows_of(overdue, key);
            boost::json::array waiting;
            for (const auto& c : rows_of(comments, key))
                waiting.push_back(boost::json::object{{"goalId", c.goal_id}, {"goalTitle", c.goal_title}, {"authorName", c.author_name}, {"at", c.at}});
            schools.push_back(boost::json::object{{"programmeId", s.programme_id},
                                                  {"programmeName", s.programme_name},
                                                  {"organisationId", s.organisation_id},
                                                  {"name", s.name},
                                                  {"companyName", s.company_name},
                                                  {"planGoals", live_goals(school_goals)},
                                                  {"planProgress", hs::plan_progress(goal_counts(school_goals))},
                                                  {"overdueActions", late.empty() ? 0 : late.front().actions},
                                                  {"lastMeetingOn", or_null(s.last_meeting_on)},
                                                  {"upcomingMeetings", meetings_json(rows_of(meetings, key), today)},
                                                  {"waitingComments", std::move(waiting)}});
        }
    }
    return {{"schools", std::move(schools)}};
}

// --- organisers: the inbox and the programmes their organisation runs ---
boost::json::object organiser_home(Ctx& ctx, std::int64_t user_id, const std::string& today) {
    const auto questions = hd::organiser_questions(ctx.db, user_id, ctx.now(), kQuestionsShown);
    boost::json::array first;
    for (const auto& q : questions.first)
        first.push_back(boost::json::object{{"id", q.id},
                                            {"name", q.name},
                                            {"topic", q.topic},
                                            {"status", q.status},
                                            {"dueAtUnix", q.due_at},
                                            {"secondsLeft", q.due_at - ctx.now()},
                                            {"takenByMe", q.taken_by_me}});

    boost::json::array programmes;
    const auto list = hd::organiser_programmes(ctx.db, user_id);
    if (!list.empty()) {
        std::map<std::int64_t, std::vector<hs::Phase>> phases;
        for (const auto& p : hd::organiser_phases(ctx.db, user_id)) phases[p.programme_id].push_back({p.kind, p.opens_on, p.closes_on});
        std::map<std::int64_t, hd::ProgrammeCounts> counts;
        for (const auto& c : hd::organiser_counts(ctx.db, user_id, today)) counts[c.programme_id] = c;
        for (const auto& p : list) {
            auto& own = phases[p.id];
            std::sort(own.begin(), own.end(), [](const auto& a, const auto& b) { return hs::phase_rank(a.kind) < hs::phase_rank(b.kind); });
            boost::json::array timeline;
            boost::json::value current = nullptr;
            for (const auto& ph : own) {
                timeline.push_back(phase_json(ph, ph.closes_on, today));
                if (current.is_null() && hs::phase_time(ph, today) == hs::PhaseTime::current) current = boost::json::value(ph.kind);
            }
            const auto& c = counts[p.id];
            programmes.push_back(boost::json::object{{"id", p.id},
                                                     {"name", p.name},
                                                     {"schoolYear", p.school_year},
                                                     {"phases", std::move(timeline)},
                                                     {"currentPhase", std::move(current)},
                                                     {"schools", c.schools},
                                                     {"pendingRegistrations", c.pending_registrations},
                                                     {"labelToAssign", c.label_to_assign},
                                                     {"labelInReview", c.label_in_review},
                                                     {"labelOverdue", c.label_overdue},
                                                     {"baselineSubmitted", c.baseline_submitted},
                                                     {"finalSubmitted", c.final_submitted}});
        }
    }
    // Messages of the organisation that could not be delivered (api/undelivered_mail_api.cpp).
    const auto tenants = organiser_tenants(ctx);
    return {{"questions", boost::json::object{{"open", questions.open}, {"overdue", questions.overdue}, {"first", std::move(first)}}},
            {"programmes", std::move(programmes)},
            {"undeliveredMail", store::count_failed_mail(ctx.db, tenants)}};
}

// The reviews waiting, earliest due first: the first ones and how many in all (a reviewer of a big region may
// hold hundreds; the home names the next few and links the whole board).
boost::json::object reviewer_home(Ctx& ctx, std::int64_t user_id, const std::string& today) {
    boost::json::array reviews;
    const auto waiting = hd::reviews_waiting(ctx.db, user_id, today, kReviewsShown);
    for (const auto& r : waiting.first)
        reviews.push_back(boost::json::object{{"applicationId", r.application_id},
                                              {"programmeName", r.programme_name},
                                              {"organisationName", r.organisation_name},
                                              {"dueOn", or_null(r.due_on)},
                                              {"daysLeft", r.due_on ? days_or_null(today, *r.due_on) : boost::json::value(nullptr)}});
    return {{"total", waiting.total}, {"overdue", waiting.overdue}, {"reviews", std::move(reviews)}};
}

// A juror judges few rounds: each is read as GET /api/awards/jury reads it (api/award_scope.h).
boost::json::object jury_home(Ctx& ctx, std::int64_t user_id, const std::string& today) {
    boost::json::array rounds;
    for (const auto programme_id : hd::jury_programmes(ctx.db, user_id)) {
        const auto round = store::award_find_round(ctx.db, programme_id);
        if (!round) continue;
        const auto name = ctx.db.exec("SELECT name FROM programmes WHERE id = $1", {programme_id});
        const auto d = load_award_data(ctx, *round);
        int scored = 0, recused = 0;
        for (const auto& c : d.candidacies) {
            if (is_recused(d, user_id, c.id)) ++recused;
            else if (!d.criteria.empty() && core::award::complete(d.input, user_id, c.id)) ++scored;
        }
        const int candidates = static_cast<int>(d.candidacies.size());
        const bool open = round->status == "open";
        rounds.push_back(boost::json::object{{"programmeId", programme_id},
                                             {"programmeName", name.empty() ? "" : name.one().str(0)},
                                             {"status", round->status},
                                             {"opensOn", round->opens_on},
                                             {"closesOn", round->closes_on},
                                             {"daysLeft", open ? days_or_null(today, round->closes_on) : boost::json::value(nullptr)},
                                             {"candidates", candidates},
                                             {"scored", scored},
                                             {"recused", recused},
                                             {"waiting", open ? candidates - scored - recused : 0}});
    }
    return {{"rounds", std::move(rounds)}};
}

bool holds_role(Ctx& ctx, std::int64_t user_id, const char* role, const char* kind) {
    return !ctx.db
                .exec("SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 AND m.role = $2 "
                      "AND o.kind = $3",
                      {user_id, std::string(role), std::string(kind)})
                .empty();
}

http::Response show_home(Ctx& ctx) {
    const auto user_id = ctx.user().id;
    const std::string today = core::brussels_date(ctx.now());
    boost::json::object doc{{"today", today}, {"schools", school_homes(ctx, user_id, today)}};
    doc["mentor"] = holds_role(ctx, user_id, "mentor", "company") ? boost::json::value(mentor_home(ctx, user_id, today)) : nullptr;
    doc["organiser"] = holds_role(ctx, user_id, "organiser", "organiser") ? boost::json::value(organiser_home(ctx, user_id, today)) : nullptr;
    doc["reviewer"] = holds_role(ctx, user_id, "reviewer", "organiser") ? boost::json::value(reviewer_home(ctx, user_id, today)) : nullptr;
    const bool juror = holds_role(ctx, user_id, "jury", "organiser") || holds_role(ctx, user_id, "jury", "company") ||
                       !hd::jury_programmes(ctx.db, user_id).empty();
    doc["jury"] = juror ? boost::json::value(jury_home(ctx, user_id, today)) : nullptr;
    return json_response(200, boost::json::serialize(doc));
}

}  // namespace

void add_home_routes(ApiRouter& r) { r.add("GET", "/api/me/home", show_home); }

}  // namespace sk::api
