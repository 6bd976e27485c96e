// Label applications of the regional demo (app/demo_region.h), through the label store as the label API
// makes them: the snapshot of the submitted baseline with its evidence, the organiser's assignment to the
// demo reviewer, the reviews per criterion and the decision with the label the rule gives.
#include <array>

#include "app/demo.h"
#include "app/demo_region.h"
#include "core/brussels_date.h"
#include "core/label_decision.h"
#include "core/label_rule.h"
#include "store/label.h"

namespace sk::app::demo {

namespace {

// In the order schools apply: every state is there from the fourth application on, most are decided.
constexpr std::array<const char*, 10> kStates = {"submitted", "in_review", "decided", "withdrawn", "decided",
                                                 "in_review", "submitted", "decided", "in_review", "decided"};

// The rule of the demo framework version (data/frameworks/eu-stem-school-label.json, "labelRule": 17
// criteria at the level, none more than 1 below); LabelRule's defaults are that rule.
constexpr core::LabelRule kRule{};

}  // namespace

void apply_for_label(Region& r, const RegionSchool& s) {
    const std::string state = kStates[static_cast<std::size_t>(r.applications++) % kStates.size()];
    store::NewLabelApplication a;
    a.programme_id = r.programme_id;
    a.organisation_id = s.id;
    a.measurement_id = s.baseline;
    a.framework_id = kDemoFrameworkId;
    a.framework_version = kDemoFrameworkVersion;
    a.snapshot = store::label_make_snapshot(r.db, demo_criterion_ids(), s.baseline, a.files);
    a.submitted_by = s.coordinator;
    const auto id = store::label_create_application(r.db, a, r.now);
    ++r.counts.label_applications[state];
    if (state == "submitted") return;
    if (state == "withdrawn") {
        store::label_withdraw(r.db, id);
        return;
    }
    store::label_assign(r.db, id, r.reviewer_user, core::brussels_date(r.now + 21 * 86400), r.now);
    // The reviewer accepts the school's own levels; one in review has half of them done.
    const auto& ids = demo_criterion_ids();
    const std::size_t reviewed = state == "decided" ? ids.size() : ids.size() / 2;
    std::vector<core::CriterionLevel> levels;
    for (std::size_t c = 0; c < reviewed; ++c) {
        store::label_save_review(r.db, id, ids[c], s.levels[c], c % 5 == 0 ? "Goed onderbouwd met voorbeelden uit de klas." : "", r.reviewer_user,
                                 r.now);
        levels.push_back({ids[c], core::parse_level(s.levels[c]).value_or(core::Level::not_yet)});
    }
    if (state != "decided") return;
    const auto proposed = core::assess_label(kRule, levels).label;
    store::LabelDecision d;
    d.label = std::string(core::label_id(proposed));
    d.proposed_label = d.label;
    d.valid_from = core::brussels_date(r.now);
    d.valid_until = *core::label_valid_until(d.valid_from);
    if (proposed != core::Label::none) {
        auto rng = rng_for(kCertificateStream, s.index);
        std::string code;
        do code = code_from(rng, core::kCertificateCodeLength);
        while (store::label_certificate_code_taken(r.db, code));
        d.certificate_code = code;
    }
    store::label_decide(r.db, id, d, r.reviewer_user, r.now);
    if (r.counts.label_applications["decided"] % 2 == 1) store::label_set_showcase(r.db, s.id, true, s.coordinator, r.now);
}

}  // namespace sk::app::demo
