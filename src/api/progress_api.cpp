// The organiser's progress board: every school of a programme × every phase with its status, as JSON,
// CSV or XLSX. See docs/api.md, "Programmes and onboarding"; the status rule is core/phase_status.h.
#include <boost/json.hpp>

#include <algorithm>
#include <map>

#include "api/authz.h"
#include "api/context.h"
#include "api/file_response.h"
#include "api/messages.h"
#include "api/programme_board.h"
#include "core/brussels_date.h"
#include "core/phase_status.h"
#include "core/text_fold.h"
#include "render/csv.h"
#include "render/xlsx.h"
#include "store/label.h"
#include "store/measurements.h"

namespace sk::api {

namespace {

struct BoardRow {
    std::int64_t organisation_id = 0;
    std::string name;
    std::string institution_number;
    std::string province;
    std::vector<core::PhaseStatus> statuses;  // one per phase, in phase order
};

struct Board {
    std::vector<BoardPhase> phases;
    std::vector<BoardRow> rows;
};

Board build_board(Ctx& ctx) {
    const auto programme = organiser_programme(ctx);
    const std::string q = core::fold_case(query_value(ctx, "q"));
    const std::string phase_filter = query_value(ctx, "phase");
    const std::string status_filter = query_value(ctx, "status");
    const std::string sort = query_value(ctx, "sort").empty() ? "name" : query_value(ctx, "sort");

    Board board;
    board.phases = programme_phases(ctx.db, programme.id);
    std::map<std::string, FieldError> errors;
    int phase_index = -1;
    if (!phase_filter.empty()) {
        for (std::size_t i = 0; i < board.phases.size(); ++i)
            if (board.phases[i].kind == phase_filter) phase_index = static_cast<int>(i);
        if (phase_index < 0) errors["phase"] = {"progress.bad_phase", {}};
    }
    std::optional<core::PhaseStatus> wanted;
    if (!status_filter.empty()) {
        wanted = core::parse_phase_status(status_filter);
        if (!wanted) errors["status"] = {"progress.bad_status", {}};
    }
    if (sort != "name" && sort != "province") errors["sort"] = {"progress.bad_sort", {}};
    if (!errors.empty()) throw ApiError::validation(std::move(errors));

    // Extensions per school and phase kind.
    std::map<std::pair<std::int64_t, std::string>, std::string> extensions;
    for (const auto& row :
         ctx.db.exec("SELECT organisation_id, kind, closes_on FROM phase_extensions WHERE programme_id = $1", {programme.id}).rows)
        extensions[{row.i64(0), row.str(1)}] = row.str(2);

    const auto measured = store::measurement_states(ctx.db, programme.id);  // baseline and final
    const auto labelled = store::label_school_states(ctx.db, programme.id);  // newest application not withdrawn
    const std::string today = core::brussels_date(ctx.now());
    auto schools = ctx.db.exec(
        "SELECT o.id, o.name, COALESCE(sp.institution_number, ''), COALESCE(sp.province, '') "
        "FROM programme_participants pp JOIN organisations o ON o.id = pp.organisation_id "
        "LEFT JOIN school_profiles sp ON sp.organisation_id = o.id "
        "WHERE pp.programme_id = $1 AND pp.kind = 'school'",
        {programme.id});
    for (const auto& s : schools.rows) {
        BoardRow row{s.i64(0), s.str(1), s.str(2), s.str(3), {}};
        if (!q.empty() && core::fold_case(row.name).find(q) == std::string::npos && row.institution_number.find(q) == std::string::npos)
            continue;
        for (const auto& phase : board.phases) {
            core::PhaseFacts facts;
            // The measurement phases report their real state; the other phases store no data yet
            // (action plans, ... come with later issues), so there is nothing started or submitted.
            if (auto it = measured.find({row.organisation_id, phase.kind}); it != measured.end()) {
                facts.has_data = it->second.has_data;
                facts.submitted = it->second.submitted;
            }
            facts.today = today;
            facts.closes_on = phase.closes_on;
            if (auto it = extensions.find({row.organisation_id, phase.kind}); it != extensions.end()) facts.extended_to = it->second;
            if (phase.kind == "label") {
                // The label is not bound to the phase dates (never overdue): an open application (submitted
                // or in review) is in progress, a decided one submitted; none, or only withdrawn ones, not started.
                const auto it = labelled.find(row.organisation_id);
                row.statuses.push_back(it == labelled.end()       ? core::PhaseStatus::not_started
                                       : it->second == "decided" ? core::PhaseStatus::submitted
                                                                 : core::PhaseStatus::in_progress);
                continue;
            }
            row.statuses.push_back(core::phase_status(facts));
        }
        if (wanted) {
            bool match = false;
            for (std::size_t i = 0; i < row.statuses.size(); ++i)
                if ((phase_index < 0 || static_cast<int>(i) == phase_index) && row.statuses[i] == *wanted) match = true;
            if (!match) continue;
        }
        board.rows.push_back(std::move(row));
    }
    std::sort(board.rows.begin(), board.rows.end(), [&](const BoardRow& a, const BoardRow& b) {
        const auto an = core::fold_case(a.name), bn = core::fold_case(b.name);
        if (sort == "province" && a.province != b.province) return a.province < b.province;
        if (an != bn) return an < bn;
        return a.organisation_id < b.organisation_id;
    });
    return board;
}

http::Response show_progress(Ctx& ctx) {
    const auto board = build_board(ctx);
    boost::json::array phases;
    for (const auto& p : board.phases) phases.push_back(boost::json::value(p.kind));
    boost::json::array rows;
    for (const auto& r : board.rows) {
        boost::json::object statuses;
        for (std::size_t i = 0; i < board.phases.size(); ++i) statuses[board.phases[i].kind] = core::to_string(r.statuses[i]);
        rows.push_back(boost::json::object{{"organisationId", r.organisation_id},
                                           {"name", r.name},
                                           {"institutionNumber", r.institution_number},
                                           {"province", r.province},
                                           {"phases", std::move(statuses)}});
    }
    boost::json::object doc{{"phases", std::move(phases)}, {"rows", std::move(rows)}};
    return json_response(200, boost::json::serialize(doc));
}

// The board as a table of texts in the request's language, for the file exports.
render::Table board_table(Ctx& ctx, const Board& board) {
    render::Table table;
    std::vector<std::string> header = {message(ctx.lang, "progress.column.name"), message(ctx.lang, "progress.column.institution_number"),
                                       message(ctx.lang, "progress.column.province")};
    for (const auto& p : board.phases) header.push_back(message(ctx.lang, "progress.phase." + p.kind));
    table.push_back(std::move(header));
    for (const auto& r : board.rows) {
        std::vector<std::string> cells = {r.name, r.institution_number,
                                          r.province.empty() ? "" : message(ctx.lang, "progress.province." + r.province)};
        for (auto s : r.statuses) cells.push_back(message(ctx.lang, "progress.status." + std::string(core::to_string(s))));
        table.push_back(std::move(cells));
    }
    return table;
}

std::string progress_file_name(Ctx& ctx, const std::string& ext) {
    return (ctx.lang == core::Language::en ? "progress-" : "voortgang-") + ctx.req.param("id") + "." + ext;
}

http::Response show_csv(Ctx& ctx) {
    const auto board = build_board(ctx);
    return file_response(render::write_csv(board_table(ctx, board)), "text/csv; charset=utf-8", progress_file_name(ctx, "csv"));
}

http::Response show_progress_xlsx(Ctx& ctx) {
    const auto board = build_board(ctx);
    return file_response(render::write_xlsx(board_table(ctx, board), message(ctx.lang, "progress.sheet")),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", progress_file_name(ctx, "xlsx"));
}

}  // namespace

void add_progress_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/progress", show_progress);
    r.add("GET", "/api/programmes/{id}/progress.csv", show_csv);
    r.add("GET", "/api/programmes/{id}/progress.xlsx", show_progress_xlsx);
}

}  // namespace sk::api
