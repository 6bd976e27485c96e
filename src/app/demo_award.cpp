#include "app/demo_award.h"

#include "store/accounts.h"
#include "store/award.h"

namespace sk::app {

void load_demo_award(store::Db& db, std::int64_t programme_id, std::int64_t now) {
    if (store::award_find_round(db, programme_id)) return;
    const auto phase = db.exec("SELECT opens_on, closes_on FROM programme_phases WHERE programme_id = $1 AND kind = 'award'", {programme_id});
    if (phase.empty()) return;
    const auto round_id = store::award_create_round(db, programme_id, phase.one().str(0), phase.one().str(1), 5, now);
    store::award_replace_rubric(
        db, round_id,
        {{0, 0, "Visie en beleid", 30,
          {"Geen zichtbare STEM-visie", "Een visie op papier", "Een gedragen visie", "Visie stuurt keuzes", "Visie inspireert andere scholen"}},
         {0, 1, "Impact op leerlingen", 40,
          {"Geen zichtbare impact", "Impact in enkele klassen", "Impact in een graad", "Impact in de hele school", "Aantoonbare, blijvende impact"}},
         {0, 2, "Samenwerking met bedrijven", 30,
          {"Geen samenwerking", "Eenmalige contacten", "Een vaste partner", "Meerdere structurele partners", "Een netwerk dat de school mee trekt"}}});
    if (const auto juror = store::find_user_by_email(db, "jury@demo.stemkompas.be"))
        store::award_add_juror(db, round_id, juror->id, store::award_company_of(db, juror->id), juror->id, now);
}

}  // namespace sk::app
