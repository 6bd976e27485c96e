// A school's action plan as an A4 PDF (Cairo + Pango, flowing layout), Dutch or English: school,
// programme, date and overall progress, then per goal its criteria, target level, success indicator,
// owner, timeframe, status and progress, and a table of its actions (owner, due date, status).
// Every text arrives ready to print (names of levels and statuses already in the document's language).
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "core/language.h"

namespace sk::render {

struct ActionPlanPdfAction {
    std::string title;
    std::string owner;     // "" when none
    std::string due_on;    // "" or 'YYYY-MM-DD'
    std::string status;    // already in the document's language
    bool overdue = false;
};

struct ActionPlanPdfGoal {
    std::string title;
    std::vector<std::string> criteria;  // "C01 Personalised learning"
    std::string target_level;
    std::string success_indicator;
    std::string owner;
    std::string start_on, end_on;       // "" or 'YYYY-MM-DD'
    std::string status;
    int progress = 0;
    std::string resources;
    std::string monitoring;
    std::vector<ActionPlanPdfAction> actions;
};

struct ActionPlanPdfData {
    core::Language lang = core::Language::nl;
    std::string school_name;
    std::string programme_name;
    std::string today;  // 'YYYY-MM-DD'
    int progress = 0;
    std::vector<ActionPlanPdfGoal> goals;
};

// The PDF bytes. Throws std::runtime_error when Cairo fails.
// With `out`, the PDF is written to it as Cairo produces it and "" is returned (for a response sent
// from a file, render::write_pdf_file); otherwise the bytes are returned.
std::string render_action_plan_pdf(const ActionPlanPdfData& data, std::FILE* out = nullptr);

}  // namespace sk::render
