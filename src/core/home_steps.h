// What a school's home says is next (GET /api/me/home, docs/api.md "Home"): the place of each programme
// phase in time for this school, and the one main action that follows from its state. Pure rules, no I/O:
// the API gathers the facts in a few queries per user and asks here.
//
// A phase is `current` from its opening date to its closing date for this school (its own extension
// included, both days inclusive), `past` after that and `future` before it.
//
// The next step, the first rule that applies:
//   1. a measurement phase (baseline, final) is current and its measurement is not submitted:
//      criteria unanswered → answer_measurement (count = unanswered); all answered → submit_measurement
//      for a coordinator, ask_coordinator_to_submit for a team member (only coordinators submit)
//   2. a measurement phase closed for the school without a submission, and no later measurement phase
//      has opened → ask_extension (date = the day it closed): the organiser can give this school more time
//   3. overdue actions in the action plan → fix_overdue_actions (count)
//   4. the award round takes candidacies, the final measurement is submitted and the school has no
//      candidacy → submit_candidacy (coordinators; a team member's step falls through)
//   5. the label phase is current, a measurement is submitted and the school has no application (or only
//      withdrawn ones) → apply_label for a coordinator, gather_evidence for a team member
//   6. a submitted measurement whose phase is still current has open surveys below the anonymity
//      threshold → collect_survey_answers (count = the surveys that need answers)
//   7. the baseline is submitted, the final measurement phase has not closed, and the action-plan phase
//      has opened or the plan has goals: no goals → make_plan (coordinators), goals below 100 % →
//      work_on_plan (count = progress)
//   8. a phase lies ahead → wait (phase = the next one to open, date = its opening day, count = days until)
//   9. otherwise done
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::core::home {

enum class PhaseTime { past, current, future };

// One phase for one school: `closes_on` is the date that holds for it (its extension included).
struct Phase {
    std::string kind;       // baseline | action_plan | learning_network | label | final | award
    std::string opens_on;   // 'YYYY-MM-DD'
    std::string closes_on;  // 'YYYY-MM-DD', inclusive
};

PhaseTime phase_time(const Phase& p, std::string_view today);
std::string_view to_string(PhaseTime t);  // "past", "current", "future"

// The trajectory order of phase kinds (baseline first, award last); unknown kinds sort last.
int phase_rank(std::string_view kind);

struct Measurement {
    std::string status = "none";  // none (not started) | open | submitted
    int answered = 0;             // criteria with a level
    int total = 0;                // criteria of its framework version
    int unanswered() const { return total > answered ? total - answered : 0; }
};

struct SchoolFacts {
    std::string today;                // 'YYYY-MM-DD', Europe/Brussels
    bool coordinator = false;         // else a team member
    std::vector<Phase> phases;        // trajectory order, dates for this school
    Measurement baseline, final;
    int overdue_actions = 0;
    int plan_goals = 0;               // goals that are not dropped
    int plan_progress = 0;            // 0..100
    std::string label = "none";       // the newest application that is not withdrawn: none | submitted | in_review | decided
    bool award_accepting = false;     // the round is open and today within its dates
    std::string award_closes_on;      // the round's last day
    bool has_candidacy = false;       // a submitted candidacy (a withdrawn one does not count)
    // Open surveys below the anonymity threshold, per measurement kind.
    int baseline_surveys_short = 0, final_surveys_short = 0;
};

enum class StepKind {
    answer_measurement,
    submit_measurement,
    ask_coordinator_to_submit,
    ask_extension,
    fix_overdue_actions,
    submit_candidacy,
    apply_label,
    gather_evidence,
    collect_survey_answers,
    make_plan,
    work_on_plan,
    wait,
    done,
};
std::string_view to_string(StepKind k);

struct Step {
    StepKind kind = StepKind::done;
    std::string phase;  // the phase the step belongs to ("" when none)
    std::string date;   // its closing date; for ask_extension the day it closed; for wait the opening day
    int count = 0;      // criteria unanswered, overdue actions, surveys short, plan progress, days until
};

Step next_step(const SchoolFacts& f);

// A measurement phase that closed for the school without a submission while no later measurement phase
// has opened (rule 2): the school can still ask for more time.
std::optional<Phase> closed_measurement_phase(const SchoolFacts& f);

// Answers a survey group still needs before its results may be shown (core/survey_stats.h), 0 when enough.
int answers_needed(int responses);

// The action plan's progress from its goals, as the plan itself computes it: a goal that is achieved
// counts 100, otherwise done actions / all actions (rounded; no actions: 0); the plan is the rounded mean
// over the goals that are not dropped (0 without any).
struct GoalCount {
    std::string status;  // not_started | in_progress | achieved | dropped
    int actions = 0;
    int done = 0;
};
int plan_progress(const std::vector<GoalCount>& goals);

}  // namespace sk::core::home
