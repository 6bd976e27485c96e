// The school report of a self-assessment as an A4 PDF (Cairo + Pango): a cover, a radar chart of the
// key elements (self-assessment and every shown survey group), the label estimate with what holds the
// next level back, the answers per key element with the descriptor of the chosen level and the
// school's comment, the survey summaries (only groups that passed the privacy threshold: core::Results
// holds nothing else) and, when both exist, baseline against final. Dutch or English.
#pragma once

#include <cstdio>
#include <optional>
#include <string>

#include "core/framework.h"
#include "core/language.h"
#include "core/results.h"

namespace sk::render {

struct ReportData {
    core::Language lang = core::Language::nl;
    std::string school_name;
    std::string programme_name;
    std::string kind;    // baseline | final
    std::string status;  // open | submitted
    std::string date;    // 'YYYY-MM-DD', the day the report is made
    const core::Framework* framework = nullptr;  // the version the measurement was made with
    core::Results results;
    std::optional<core::Comparison> comparison;
};

// The PDF bytes. Throws std::runtime_error when Cairo fails.
// With `out`, the PDF is written to it as Cairo produces it and "" is returned (for a response sent
// from a file, render::write_pdf_file); otherwise the bytes are returned.
std::string render_report_pdf(const ReportData& data, std::FILE* out = nullptr);

}  // namespace sk::render
