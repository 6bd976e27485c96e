// Everything one reader may see of a group report, as the API, the PDF and the XLSX show it. Filled by
// src/api/group_report_scope.cpp, which applies the visibility rules (docs/api.md "Group report and
// working groups"): a school's view has no `schools`, and a suppressed one has no aggregates. The
// renderers only show what is here, so they cannot leak what the scope left out.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/framework.h"
#include "core/group_report.h"

namespace sk::render {

struct GroupReportSchool {
    std::int64_t organisation_id = 0;
    std::string name;
    std::string name_key;                     // the name as searched and sorted: core::fold_search
    std::optional<core::LevelVector> levels;  // none: not submitted
    std::optional<core::Label> estimate;
};

struct GroupReportView {
    std::int64_t programme_id = 0;
    std::string programme_name;
    std::string kind;  // baseline | final
    std::shared_ptr<const core::Framework> framework;
    bool organiser = false;   // the organisers' view (with `schools`)
    bool suppressed = false;  // a school's view with fewer than core::kGroupReportMinSchools submitted
    std::int64_t schools = 0;
    std::int64_t submitted = 0;
    std::map<std::string, std::int64_t> survey_responses;  // leaders, teachers, students
    core::GroupReport report;                              // empty when suppressed
    std::array<int, core::kLevelCount> decided{};          // per label; zeros when suppressed
    // A school's own place ("where you stand"); none in the organisers' view.
    std::optional<std::int64_t> own_organisation_id;
    std::string own_name;
    std::optional<core::LevelVector> own_levels;           // none: not submitted
    std::optional<core::Label> own_estimate;
    // Organisers only, by name. Shared: the rows are kept with the report in api::ProgrammeCache.
    std::shared_ptr<const std::vector<GroupReportSchool>> school_rows = std::make_shared<const std::vector<GroupReportSchool>>();
};

}  // namespace sk::render
