// The school home's rules (core/home_steps.h): a phase's place in time, the next step, the survey
// shortfall and the plan's progress. One row per case.
#include <gtest/gtest.h>

#include <functional>

#include "core/home_steps.h"

namespace home_steps_test {

using sk::core::home::Measurement;
using sk::core::home::Phase;
using sk::core::home::PhaseTime;
using sk::core::home::SchoolFacts;
using sk::core::home::StepKind;

// The demo programme's phases (app/demo.h), on the story's dates.
const std::vector<Phase> kPhases = {{"baseline", "2026-09-01", "2026-10-15"},         {"action_plan", "2026-10-16", "2026-12-18"},
                                    {"learning_network", "2027-01-11", "2027-03-31"}, {"label", "2027-04-19", "2027-05-14"},
                                    {"final", "2027-05-17", "2027-06-11"},            {"award", "2027-06-14", "2027-06-25"}};

SchoolFacts facts(const std::string& today, bool coordinator = true) {
    SchoolFacts f;
    f.today = today;
    f.coordinator = coordinator;
    f.phases = kPhases;
    f.baseline.total = 21;
    f.final.total = 21;
    return f;
}

Measurement measured(const std::string& status, int answered) { return {status, answered, 21}; }

struct StepCase {
    std::string name;
    std::function<SchoolFacts()> facts;
    StepKind kind;
    std::string phase;
    std::string date;
    int count;
};

TEST(HomeSteps, NextStepTable) {
    const std::vector<StepCase> cases = {
        {"before anything opens: wait for the baseline", [] { return facts("2026-08-20"); }, StepKind::wait, "baseline", "2026-09-01", 12},
        {"baseline open, not started: all 21 to answer", [] { return facts("2026-09-15"); }, StepKind::answer_measurement, "baseline",
         "2026-10-15", 21},
        {"baseline open, 4 answered",
         [] {
             auto f = facts("2026-09-15");
             f.baseline = measured("open", 4);
             return f;
         },
         StepKind::answer_measurement, "baseline", "2026-10-15", 17},
        {"baseline open, all answered: the coordinator submits",
         [] {
             auto f = facts("2026-10-15");
             f.baseline = measured("open", 21);
             return f;
         },
         StepKind::submit_measurement, "baseline", "2026-10-15", 0},
        {"baseline open, all answered: a team member asks the coordinator",
         [] {
             auto f = facts("2026-10-15", false);
             f.baseline = measured("open", 21);
             return f;
         },
         StepKind::ask_coordinator_to_submit, "baseline", "2026-10-15", 0},
        {"baseline closed without submission: ask for more time",
         [] {
             auto f = facts("2026-10-16");
             f.baseline = measured("open", 12);
             return f;
         },
         StepKind::ask_extension, "baseline", "2026-10-15", 0},
        {"baseline closed, never started: ask for more time too", [] { return facts("2026-11-20"); }, StepKind::ask_extension, "baseline",
         "2026-10-15", 0},
        {"an extension keeps the baseline open",
         [] {
             auto f = facts("2026-10-20");
             f.phases[0].closes_on = "2026-10-31";
             f.baseline = measured("open", 20);
             return f;
         },
         StepKind::answer_measurement, "baseline", "2026-10-31", 1},
        {"baseline submitted, plan at 17 % with an overdue action: the overdue action first",
         [] {
             auto f = facts("2026-09-15");
             f.baseline = measured("submitted", 21);
             f.plan_goals = 2;
             f.plan_progress = 17;
             f.overdue_actions = 1;
             return f;
         },
         StepKind::fix_overdue_actions, "action_plan", "", 1},
        {"baseline submitted early, plan started, nothing overdue: work on the plan",
         [] {
             auto f = facts("2026-09-15");
             f.baseline = measured("submitted", 21);
             f.plan_goals = 2;
             f.plan_progress = 17;
             return f;
         },
         StepKind::work_on_plan, "action_plan", "", 17},
        {"baseline submitted, surveys short while the baseline is open: collect answers first",
         [] {
             auto f = facts("2026-09-20");
             f.baseline = measured("submitted", 21);
             f.baseline_surveys_short = 2;
             f.plan_goals = 1;
             return f;
         },
         StepKind::collect_survey_answers, "baseline", "2026-10-15", 2},
        {"action-plan phase open without goals: the coordinator makes the plan",
         [] {
             auto f = facts("2026-10-20");
             f.baseline = measured("submitted", 21);
             return f;
         },
         StepKind::make_plan, "action_plan", "2026-12-18", 0},
        {"action-plan phase open without goals: a team member waits for the next phase",
         [] {
             auto f = facts("2026-10-20", false);
             f.baseline = measured("submitted", 21);
             return f;
         },
         StepKind::wait, "learning_network", "2027-01-11", 83},
        {"plan done: wait for the next phase",
         [] {
             auto f = facts("2027-02-01");
             f.baseline = measured("submitted", 21);
             f.plan_goals = 3;
             f.plan_progress = 100;
             return f;
         },
         StepKind::wait, "label", "2027-04-19", 77},
        {"label phase: the coordinator applies",
         [] {
             auto f = facts("2027-04-20");
             f.baseline = measured("submitted", 21);
             f.plan_goals = 1;
             f.plan_progress = 50;
             return f;
         },
         StepKind::apply_label, "label", "2027-05-14", 0},
        {"label phase: a team member gathers evidence",
         [] {
             auto f = facts("2027-04-20", false);
             f.baseline = measured("submitted", 21);
             return f;
         },
         StepKind::gather_evidence, "label", "2027-05-14", 0},
        {"label phase with an application in review: back to the plan",
         [] {
             auto f = facts("2027-04-20");
             f.baseline = measured("submitted", 21);
             f.label = "in_review";
             f.plan_goals = 1;
             f.plan_progress = 50;
             return f;
         },
         StepKind::work_on_plan, "action_plan", "", 50},
        {"final open: answer it, the closed baseline no longer counts",
         [] {
             auto f = facts("2027-05-20");
             f.final = measured("open", 3);
             return f;
         },
         StepKind::answer_measurement, "final", "2027-06-11", 18},
        {"final closed without submission: ask for more time",
         [] {
             auto f = facts("2027-06-12");
             f.baseline = measured("submitted", 21);
             f.final = measured("open", 21);
             return f;
         },
         StepKind::ask_extension, "final", "2027-06-11", 0},
        {"award accepting: the coordinator submits a candidacy",
         [] {
             auto f = facts("2027-06-15");
             f.baseline = measured("submitted", 21);
             f.final = measured("submitted", 21);
             f.award_accepting = true;
             f.award_closes_on = "2027-06-25";
             return f;
         },
         StepKind::submit_candidacy, "award", "2027-06-25", 0},
        {"award with a candidacy: done",
         [] {
             auto f = facts("2027-06-15");
             f.baseline = measured("submitted", 21);
             f.final = measured("submitted", 21);
             f.award_accepting = true;
             f.has_candidacy = true;
             return f;
         },
         StepKind::done, "", "", 0},
        {"no phases at all: done",
         [] {
             auto f = facts("2026-09-15");
             f.phases.clear();
             return f;
         },
         StepKind::done, "", "", 0},
    };
    for (const auto& c : cases) {
        const auto step = sk::core::home::next_step(c.facts());
        EXPECT_EQ(sk::core::home::to_string(step.kind), sk::core::home::to_string(c.kind)) << c.name;
        EXPECT_EQ(step.phase, c.phase) << c.name;
        EXPECT_EQ(step.date, c.date) << c.name;
        EXPECT_EQ(step.count, c.count) << c.name;
    }
}

TEST(HomeSteps, PhaseTimeIncludesBothDays) {
    const Phase p{"baseline", "2026-09-01", "2026-10-15"};
    EXPECT_EQ(sk::core::home::phase_time(p, "2026-08-31"), PhaseTime::future);
    EXPECT_EQ(sk::core::home::phase_time(p, "2026-09-01"), PhaseTime::current);
    EXPECT_EQ(sk::core::home::phase_time(p, "2026-10-15"), PhaseTime::current);
    EXPECT_EQ(sk::core::home::phase_time(p, "2026-10-16"), PhaseTime::past);
    EXPECT_LT(sk::core::home::phase_rank("baseline"), sk::core::home::phase_rank("action_plan"));
    EXPECT_LT(sk::core::home::phase_rank("final"), sk::core::home::phase_rank("award"));
}

TEST(HomeSteps, AnswersNeededUpToTheThreshold) {
    const std::vector<std::pair<int, int>> cases = {{0, 5}, {1, 4}, {4, 1}, {5, 0}, {40, 0}};
    for (const auto& [responses, needed] : cases) EXPECT_EQ(sk::core::home::answers_needed(responses), needed) << responses;
}

TEST(HomeSteps, PlanProgressAsThePlanComputesIt) {
    using G = sk::core::home::GoalCount;
    EXPECT_EQ(sk::core::home::plan_progress({}), 0);
    // Ter Duinen in the demo: 1 of 3 actions done (33) and 0 of 1 (0) → 16.5 → 17.
    EXPECT_EQ(sk::core::home::plan_progress({G{"in_progress", 3, 1}, G{"not_started", 1, 0}}), 17);
    EXPECT_EQ(sk::core::home::plan_progress({G{"achieved", 0, 0}, G{"dropped", 4, 0}}), 100);
    EXPECT_EQ(sk::core::home::plan_progress({G{"in_progress", 0, 0}, G{"achieved", 2, 0}}), 50);
}

}  // namespace home_steps_test
