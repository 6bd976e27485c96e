#include "app/demo_plan.h"

#include "app/demo.h"
#include "store/action_plan.h"

namespace sk::app {

void load_demo_plan(store::Db& db, std::int64_t programme_id, std::int64_t school_id, std::int64_t coordinator_id, std::int64_t now) {
    // Dates of the story (app/demo.h: "today" is 2026-09-15): one action done, one overdue by four days.
    const auto on = [now](const char* story_date) { return demo_date(story_date, now); };
    const auto plan = store::plan_ensure(db, programme_id, school_id, now);
    if (!store::plan_goals(db, plan.id).empty()) return;

    store::GoalFields industry;
    industry.title = "Vaste afspraken met bedrijven uit de regio";
    industry.criterion_ids = {"C15", "C19"};
    industry.target_level = "proficient";
    industry.success_indicator = "Elke jaargroep bezoekt minstens één bedrijf per schooljaar.";
    industry.owner_user_id = coordinator_id;
    industry.start_on = on("2026-09-01");
    industry.end_on = on("2027-05-31");
    industry.resources = "Vier uur per week voor de STEM-coördinator; busvervoer uit het werkingsbudget.";
    industry.monitoring = "Stand van zaken op elke vergadering van de STEM-werkgroep.";
    industry.status = "in_progress";
    const auto g1 = store::plan_create_goal(db, plan.id, industry, now);
    store::plan_create_action(db, g1, {"Lijst van bedrijven in de haven van Oostende opstellen", coordinator_id, on("2026-09-04"), "done"}, now - 11 * 86400, now);
    store::plan_create_action(db, g1, {"Afspraken maken met drie bedrijven", coordinator_id, on("2026-09-11"), "doing"}, std::nullopt, now);
    store::plan_create_action(db, g1, {"Bezoeken inplannen in de jaarkalender", std::nullopt, on("2026-11-13"), "todo"}, std::nullopt, now);

    store::GoalFields assessment;
    assessment.title = "Formatief evalueren in alle STEM-vakken";
    assessment.criterion_ids = {"C07"};
    assessment.target_level = "competent";
    assessment.success_indicator = "Alle STEM-leraren gebruiken twee afgesproken vormen van formatieve evaluatie.";
    assessment.start_on = on("2027-01-08");
    assessment.end_on = on("2027-06-30");
    assessment.status = "not_started";
    const auto g2 = store::plan_create_goal(db, plan.id, assessment, now);
    store::plan_create_action(db, g2, {"Pedagogische studiedag over feedback plannen", coordinator_id, on("2027-02-15"), "todo"}, std::nullopt, now);
}

}  // namespace sk::app
