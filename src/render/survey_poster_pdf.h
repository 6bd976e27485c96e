// A printable A4 poster for one survey, to hang in a classroom or show on a projector (Dutch or
// English): who is asked (school, respondent group, measurement), the QR code of the survey's link
// (drawn as vector squares with its quiet zone), the code in two groups of four, the link, and how to
// answer: scan the code, or go to the code page and type the code.
#pragma once

#include <cstdio>
#include <string>

#include "core/language.h"

namespace sk::render {

struct SurveyPosterData {
    core::Language lang = core::Language::nl;
    std::string school_name;
    std::string programme_name;  // may be empty
    std::string group;           // leaders | teachers | students | mentor
    std::string kind;            // baseline | final
    std::string code;            // 8 characters
    std::string link;            // {base}/s/{code}: the QR code's content, byte for byte
    std::string code_page;       // {base}/s: where the code is typed
};

// The PDF bytes, or "" with the PDF written to `out` as Cairo produces it (render::write_pdf_file).
// Throws std::runtime_error when Cairo fails, std::invalid_argument when the link does not fit a QR code.
std::string render_survey_poster_pdf(const SurveyPosterData& data, std::FILE* out = nullptr);

}  // namespace sk::render
