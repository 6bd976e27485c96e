#include "render/answers_xlsx.h"

#include <cmath>

#include "render/report_texts.h"
#include "render/xlsx.h"

namespace sk::render {

XlsxSheet answers_sheet(const core::Framework& framework, const core::Results& results, core::Language lang) {
    std::vector<std::string> groups;
    for (const auto& g : results.groups)
        if (g.shown) groups.push_back(g.group);

    XlsxTable rows;
    std::vector<XlsxCell> header = {report_text(lang, "criterion"), report_text(lang, "element"), report_text(lang, "level"),
                                    report_text(lang, "descriptor"), report_text(lang, "comment")};
    for (const auto& g : groups) header.push_back(report_text(lang, "column.mean", {{"group", report_text(lang, "group." + g)}}));
    rows.push_back(std::move(header));
    for (const auto& r : results.criteria) {
        const auto* element = framework.find_element(r.criterion->element_id);
        std::vector<XlsxCell> row = {std::to_string(r.criterion->number) + ". " + r.criterion->name.in(lang),
                                     element ? std::to_string(element->number) + ". " + element->name.in(lang) : r.criterion->element_id};
        if (r.level) {
            row.push_back(framework.level_names[static_cast<std::size_t>(core::rank(*r.level))].in(lang));
            row.push_back(r.criterion->descriptor(*r.level).in(lang));
        } else {
            row.push_back(std::monostate{});
            row.push_back(std::monostate{});
        }
        row.push_back(r.comment.empty() ? XlsxCell{} : XlsxCell{r.comment});
        for (const auto& g : groups) {
            auto it = r.groups.find(g);
            if (it != r.groups.end() && it->second.mean) row.push_back(std::round(*it->second.mean * 100) / 100);
            else row.push_back(std::monostate{});
        }
        rows.push_back(std::move(row));
    }
    return XlsxSheet{report_text(lang, "sheet"), std::move(rows)};
}

std::string write_answers_xlsx(const core::Framework& framework, const core::Results& results, core::Language lang) {
    return write_xlsx_sheets({answers_sheet(framework, results, lang)});
}

}  // namespace sk::render
