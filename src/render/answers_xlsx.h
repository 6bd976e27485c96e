// The answers of a measurement as a spreadsheet: one row per criterion in framework order with its
// key element, the chosen level, that level's descriptor and the school's comment, then per shown
// survey group the mean score (a number, empty when the group gave no score). Hidden groups (fewer
// than 5 responses) have no column: core::Results carries nothing of them.
#pragma once

#include <string>

#include "core/framework.h"
#include "core/language.h"
#include "core/results.h"
#include "render/xlsx.h"

namespace sk::render {

std::string write_answers_xlsx(const core::Framework& framework, const core::Results& results, core::Language lang);
// Its one sheet, for write_xlsx_file.
XlsxSheet answers_sheet(const core::Framework& framework, const core::Results& results, core::Language lang);

}  // namespace sk::render
