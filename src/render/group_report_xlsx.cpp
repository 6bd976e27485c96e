#include "render/group_report_xlsx.h"

#include "render/group_report_texts.h"
#include "render/xlsx.h"

namespace sk::render {

namespace {

XlsxCell level_cell(const core::Framework& f, core::Language lang, std::int8_t v) {
    if (v < 0 || v >= core::kLevelCount) return std::monostate{};
    return f.level_names[static_cast<std::size_t>(v)].in(lang);
}

XlsxCell one_decimal_cell(const std::optional<double>& v) {
    if (!v) return std::monostate{};
    return static_cast<double>(static_cast<long long>(*v * 10 + (*v < 0 ? -0.5 : 0.5))) / 10;  // one decimal
}

}  // namespace

std::vector<XlsxSheet> group_report_sheets(const GroupReportView& v, core::Language lang) {
    const auto t = [&](std::string_view key) { return group_report_text(lang, key); };
    const auto& f = *v.framework;
    std::vector<XlsxSheet> sheets;

    XlsxTable participation = {{t("figure"), t("value")},
                               {t("programme"), v.programme_name},
                               {t("measurement"), measurement_name(lang, v.kind)},
                               {t("schools"), static_cast<double>(v.schools)},
                               {t("submitted"), static_cast<double>(v.submitted)}};
    for (const char* g : {"leaders", "teachers", "students"})
        participation.push_back({t(std::string("survey_") + g), static_cast<double>(v.survey_responses.at(g))});
    if (v.suppressed) participation.push_back({t("suppressed_short"), std::monostate{}});
    sheets.push_back({t("sheet_participation"), std::move(participation)});
    if (v.suppressed) return sheets;

    const bool school_view = v.own_organisation_id.has_value();
    std::vector<XlsxCell> header = {t("criterion"), t("element")};
    for (const auto& name : f.level_names) header.push_back(name.in(lang));
    header.insert(header.end(), {t("answered"), t("median"), t("spread")});
    if (school_view) header.push_back(t("own_level"));
    XlsxTable criteria = {header};
    for (std::size_t c = 0; c < f.criteria.size(); ++c) {
        const auto& s = v.report.criteria[c];
        std::vector<XlsxCell> row = {f.criteria[c].id + " " + f.criteria[c].name.in(lang), f.criteria[c].element_id};
        for (int n : s.counts) row.push_back(static_cast<double>(n));
        row.push_back(static_cast<double>(s.answered));
        row.push_back(s.median ? level_cell(f, lang, static_cast<std::int8_t>(core::rank(*s.median))) : XlsxCell{});
        row.push_back(s.spread ? XlsxCell{static_cast<double>(*s.spread)} : XlsxCell{});
        if (school_view) row.push_back(v.own_levels ? level_cell(f, lang, (*v.own_levels)[c]) : XlsxCell{});
        criteria.push_back(std::move(row));
    }
    sheets.push_back({t("sheet_criteria"), std::move(criteria)});

    XlsxTable elements = {{t("element"), t("mean")}};
    if (school_view) elements[0].push_back(t("own_mean"));
    for (std::size_t e = 0; e < f.elements.size(); ++e) {
        std::vector<XlsxCell> row = {f.elements[e].id + " " + f.elements[e].name.in(lang), one_decimal_cell(v.report.element_means[e])};
        if (school_view) row.push_back(one_decimal_cell(v.own_levels ? core::element_mean(f, f.elements[e].id, *v.own_levels) : std::nullopt));
        elements.push_back(std::move(row));
    }
    sheets.push_back({t("sheet_elements"), std::move(elements)});

    XlsxTable focus = {{t("criterion"), t("median"), t("spread")}};
    for (const auto& p : v.report.focus_points)
        focus.push_back({f.criteria[p.criterion].id + " " + f.criteria[p.criterion].name.in(lang),
                         level_cell(f, lang, static_cast<std::int8_t>(core::rank(p.median))), static_cast<double>(p.spread)});
    sheets.push_back({t("sheet_focus"), std::move(focus)});

    XlsxTable labels = {{t("label"), t("estimated"), t("decided")}};
    for (int l = 0; l < core::kLevelCount; ++l)
        labels.push_back({label_name(lang, static_cast<core::Label>(l)), static_cast<double>(v.report.estimated[static_cast<std::size_t>(l)]),
                          static_cast<double>(v.decided[static_cast<std::size_t>(l)])});
    sheets.push_back({t("sheet_labels"), std::move(labels)});

    XlsxTable progress = {{t("criterion"), t("compared"), t("mean_change"), t("improved")}};
    for (std::size_t c = 0; c < f.criteria.size(); ++c) {
        const auto& p = v.report.progress[c];
        progress.push_back({f.criteria[c].id + " " + f.criteria[c].name.in(lang), static_cast<double>(p.compared), one_decimal_cell(p.mean_change),
                            static_cast<double>(p.improved)});
    }
    sheets.push_back({t("sheet_progress"), std::move(progress)});

    if (v.organiser) {
        std::vector<XlsxCell> head = {t("school")};
        for (const auto& c : f.criteria) head.push_back(c.id);
        head.push_back(t("estimate"));
        XlsxTable schools = {head};
        for (const auto& s : *v.school_rows) {
            std::vector<XlsxCell> row = {s.name};
            for (std::size_t c = 0; c < f.criteria.size(); ++c) row.push_back(s.levels ? level_cell(f, lang, (*s.levels)[c]) : XlsxCell{});
            row.push_back(s.estimate ? XlsxCell{label_name(lang, *s.estimate)} : XlsxCell{t("not_submitted")});
            schools.push_back(std::move(row));
        }
        sheets.push_back({t("sheet_schools"), std::move(schools)});
    }
    return sheets;
}

std::string write_group_report_xlsx(const GroupReportView& v, core::Language lang) { return write_xlsx_sheets(group_report_sheets(v, lang)); }

}  // namespace sk::render
