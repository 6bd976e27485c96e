#include "core/home_steps.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/brussels_date.h"
#include "core/survey_stats.h"

namespace sk::core::home {

namespace {

constexpr std::array<std::string_view, 6> kOrder = {"baseline", "action_plan", "learning_network", "label", "final", "award"};

const Phase* find_phase(const SchoolFacts& f, std::string_view kind) {
    for (const auto& p : f.phases)
        if (p.kind == kind) return &p;
    return nullptr;
}

bool is_current(const SchoolFacts& f, std::string_view kind) {
    const auto* p = find_phase(f, kind);
    return p && phase_time(*p, f.today) == PhaseTime::current;
}

bool has_opened(const SchoolFacts& f, std::string_view kind) {
    const auto* p = find_phase(f, kind);
    return p && phase_time(*p, f.today) != PhaseTime::future;
}

const Measurement& measurement_of(const SchoolFacts& f, std::string_view kind) { return kind == "final" ? f.final : f.baseline; }

}  // namespace

PhaseTime phase_time(const Phase& p, std::string_view today) {
    // 'YYYY-MM-DD' strings compare like the dates they name.
    if (today < p.opens_on) return PhaseTime::future;
    if (today > p.closes_on) return PhaseTime::past;
    return PhaseTime::current;
}

std::string_view to_string(PhaseTime t) {
    switch (t) {
        case PhaseTime::past: return "past";
        case PhaseTime::current: return "current";
        case PhaseTime::future: return "future";
    }
    return "future";
}

int phase_rank(std::string_view kind) {
    return static_cast<int>(std::find(kOrder.begin(), kOrder.end(), kind) - kOrder.begin());
}

std::string_view to_string(StepKind k) {
    switch (k) {
        case StepKind::answer_measurement: return "answer_measurement";
        case StepKind::submit_measurement: return "submit_measurement";
        case StepKind::ask_coordinator_to_submit: return "ask_coordinator_to_submit";
        case StepKind::ask_extension: return "ask_extension";
        case StepKind::fix_overdue_actions: return "fix_overdue_actions";
        case StepKind::submit_candidacy: return "submit_candidacy";
        case StepKind::apply_label: return "apply_label";
        case StepKind::gather_evidence: return "gather_evidence";
        case StepKind::collect_survey_answers: return "collect_survey_answers";
        case StepKind::make_plan: return "make_plan";
        case StepKind::work_on_plan: return "work_on_plan";
        case StepKind::wait: return "wait";
        case StepKind::done: return "done";
    }
    return "done";
}

std::optional<Phase> closed_measurement_phase(const SchoolFacts& f) {
    // The final measurement first: once it has opened, a baseline closed without submission no longer
    // decides what comes next.
    for (const std::string_view kind : {"final", "baseline"}) {
        const auto* p = find_phase(f, kind);
        if (!p || phase_time(*p, f.today) == PhaseTime::future) continue;
        if (phase_time(*p, f.today) == PhaseTime::current || measurement_of(f, kind).status == "submitted") return std::nullopt;
        return *p;  // past and not submitted
    }
    return std::nullopt;
}

Step next_step(const SchoolFacts& f) {
    // 1. A measurement phase is open and its measurement is not submitted.
    for (const auto& p : f.phases) {
        if (p.kind != "baseline" && p.kind != "final") continue;
        if (phase_time(p, f.today) != PhaseTime::current) continue;
        const auto& m = measurement_of(f, p.kind);
        if (m.status == "submitted") continue;
        if (m.status == "none" || m.unanswered() > 0)
            return {StepKind::answer_measurement, p.kind, p.closes_on, m.unanswered()};
        return {f.coordinator ? StepKind::submit_measurement : StepKind::ask_coordinator_to_submit, p.kind, p.closes_on, 0};
    }
    // 2. A measurement phase closed without a submission.
    if (const auto closed = closed_measurement_phase(f)) return {StepKind::ask_extension, closed->kind, closed->closes_on, 0};
    // 3. Overdue actions.
    if (f.overdue_actions > 0) return {StepKind::fix_overdue_actions, "action_plan", "", f.overdue_actions};
    // 4. The award round takes candidacies.
    if (f.award_accepting && f.final.status == "submitted" && !f.has_candidacy && f.coordinator)
        return {StepKind::submit_candidacy, "award", f.award_closes_on, 0};
    // 5. The label phase is open.
    if (is_current(f, "label") && f.label == "none" && (f.baseline.status == "submitted" || f.final.status == "submitted")) {
        const auto* label = find_phase(f, "label");
        return {f.coordinator ? StepKind::apply_label : StepKind::gather_evidence, "label", label->closes_on, 0};
    }
    // 6. Surveys of a submitted measurement whose phase is still open need answers.
    for (const std::string_view kind : {"final", "baseline"}) {
        const int shortfall = kind == "final" ? f.final_surveys_short : f.baseline_surveys_short;
        if (shortfall > 0 && is_current(f, kind) && measurement_of(f, kind).status == "submitted")
            return {StepKind::collect_survey_answers, std::string(kind), find_phase(f, kind)->closes_on, shortfall};
    }
    // 7. The action plan.
    const auto* final_phase = find_phase(f, "final");
    const bool final_closed = final_phase && phase_time(*final_phase, f.today) == PhaseTime::past;
    if (f.baseline.status == "submitted" && !final_closed && (has_opened(f, "action_plan") || f.plan_goals > 0)) {
        const auto* plan = find_phase(f, "action_plan");
        const std::string closes = plan && phase_time(*plan, f.today) == PhaseTime::current ? plan->closes_on : "";
        if (f.plan_goals == 0 && f.coordinator) return {StepKind::make_plan, "action_plan", closes, 0};
        if (f.plan_goals > 0 && f.plan_progress < 100) return {StepKind::work_on_plan, "action_plan", closes, f.plan_progress};
    }
    // 8. The next phase to open.
    const Phase* next = nullptr;
    for (const auto& p : f.phases)
        if (phase_time(p, f.today) == PhaseTime::future && (!next || p.opens_on < next->opens_on)) next = &p;
    if (next) return {StepKind::wait, next->kind, next->opens_on, days_between(f.today, next->opens_on).value_or(0)};
    return {StepKind::done, "", "", 0};
}

int answers_needed(int responses) { return responses >= kMinGroupResponses ? 0 : kMinGroupResponses - responses; }

int plan_progress(const std::vector<GoalCount>& goals) {
    int sum = 0, n = 0;
    for (const auto& g : goals) {
        if (g.status == "dropped") continue;
        ++n;
        if (g.status == "achieved") sum += 100;
        else if (g.actions > 0) sum += static_cast<int>(std::lround(100.0 * g.done / g.actions));
    }
    return n == 0 ? 0 : static_cast<int>(std::lround(static_cast<double>(sum) / n));
}

}  // namespace sk::core::home
