// The organiser's progress board: every school of a programme × every phase with its status, as JSON
// (paged, with programme-wide figures) or as a CSV or XLSX file of every matching school. See docs/api.md, "Programmes and onboarding"; the status rule is core/phase_status.h.
#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <unordered_map>

#include "api/authz.h"
#include "api/context.h"
#include "api/file_response.h"
#include "api/messages.h"
#include "api/paging.h"
#include "api/programme_board.h"
#include "core/brussels_date.h"
#include "core/phase_status.h"
#include "core/text_fold.h"
#include "render/csv.h"
#include "render/xlsx.h"
#include "store/label.h"
#include "store/measurements.h"
#include "store/programmes.h"

namespace sk::api {

namespace {

struct BoardRow {
    std::int64_t organisation_id = 0;
    std::string name;
    std::string institution_number;
    std::string province;
    std::vector<core::PhaseStatus> statuses;  // one per phase, in phase order
    std::string name_key;                     // the name as sorted: core::fold_search
    int submitted = 0;                        // phases submitted: the "progress" sort
};

// The sort fields of the board (api/paging.h). The board is computed in C++ (a status follows from dates,
// extensions, measurements and label applications: core/phase_status.h), so the fields name C++ orders
// (board_less), not SQL; "progress" orders by the number of phases submitted.
constexpr SortField kBoardSorts[] = {{"name", ""}, {"province", ""}, {"institutionNumber", ""}, {"progress", ""}};

// Every school of the programme with its phase states, sorted by name, and the programme-wide figures:
// what the board shows whatever the filters. Kept in the ProgrammeCache (api/programme_cache.h) per day,
// since a status also follows from today's date.
struct BoardBase {
    std::vector<BoardPhase> phases;
    std::vector<BoardRow> rows;                          // by name_key, then id
    std::vector<std::array<std::int64_t, 4>> per_phase;  // one per phase, indexed by PhaseStatus
};

struct Board {
    std::shared_ptr<const BoardBase> base;
    std::vector<const BoardRow*> rows;  // every school matching the filters, in the order asked for
    // Schools per status with the search and the phase filter but not the status filter (the status options).
    std::array<std::int64_t, 4> status_counts{};
    PageRequest page;
    const std::vector<BoardPhase>& phases() const { return base->phases; }
};

constexpr core::PhaseStatus kStatuses[] = {core::PhaseStatus::not_started, core::PhaseStatus::in_progress, core::PhaseStatus::submitted,
                                           core::PhaseStatus::overdue};

bool board_less(const BoardRow& a, const BoardRow& b, std::string_view field) {
    if (field == "province" && a.province != b.province) return a.province < b.province;
    if (field == "institutionNumber" && a.institution_number != b.institution_number) return a.institution_number < b.institution_number;
    if (field == "progress" && a.submitted != b.submitted) return a.submitted < b.submitted;
    if (a.name_key != b.name_key) return a.name_key < b.name_key;
    return a.organisation_id < b.organisation_id;
}

BoardBase compute_board_base(store::Db& db, std::int64_t programme_id, const std::string& today) {
    BoardBase base;
    base.phases = programme_phases(db, programme_id);
    // Extensions per school, one slot per phase.
    std::map<std::string, std::size_t> phase_slot;
    for (std::size_t i = 0; i < base.phases.size(); ++i) phase_slot[base.phases[i].kind] = i;
    std::unordered_map<std::int64_t, std::vector<std::string>> extensions;
    for (const auto& row : db.exec("SELECT organisation_id, kind, closes_on FROM phase_extensions WHERE programme_id = $1", {programme_id}).rows)
        if (auto it = phase_slot.find(row.str(1)); it != phase_slot.end()) {
            auto& slots = extensions[row.i64(0)];
            slots.resize(base.phases.size());
            slots[it->second] = row.str(2);
        }
    const auto measured = store::measurement_states(db, programme_id);  // baseline and final
    const auto labelled = store::label_school_states(db, programme_id);  // newest application not withdrawn
    base.per_phase.assign(base.phases.size(), {});
    auto schools = db.exec(
        "SELECT o.id, o.name, COALESCE(sp.institution_number, ''), COALESCE(sp.province, '') "
        "FROM programme_participants pp JOIN organisations o ON o.id = pp.organisation_id "
        "LEFT JOIN school_profiles sp ON sp.organisation_id = o.id "
        "WHERE pp.programme_id = $1 AND pp.kind = 'school'",
        {programme_id});
    base.rows.reserve(schools.rows.size());
    for (const auto& s : schools.rows) {
        BoardRow row{s.i64(0), s.str(1), s.str(2), s.str(3), {}, {}, 0};
        const auto ext = extensions.find(row.organisation_id);
        row.statuses.reserve(base.phases.size());
        for (std::size_t i = 0; i < base.phases.size(); ++i) {
            const auto& phase = base.phases[i];
            if (phase.kind == "label") {
                // The label is not bound to the phase dates (never overdue): an open application (submitted
                // or in review) is in progress, a decided one submitted; none, or only withdrawn ones, not started.
                const auto it = labelled.find(row.organisation_id);
                row.statuses.push_back(it == labelled.end()       ? core::PhaseStatus::not_started
                                       : it->second == "decided" ? core::PhaseStatus::submitted
                                                                 : core::PhaseStatus::in_progress);
                continue;
            }
            core::PhaseFacts facts;
            // The measurement phases report their real state; the other phases store no data yet
            // (action plans, ... come with later issues), so there is nothing started or submitted.
            if (auto it = measured.find({row.organisation_id, phase.kind}); it != measured.end()) {
                facts.has_data = it->second.has_data;
                facts.submitted = it->second.submitted;
            }
            facts.today = today;
            facts.closes_on = phase.closes_on;
            if (ext != extensions.end() && !ext->second[i].empty()) facts.extended_to = ext->second[i];
            row.statuses.push_back(core::phase_status(facts));
        }
        for (std::size_t i = 0; i < row.statuses.size(); ++i) {
            ++base.per_phase[i][static_cast<std::size_t>(row.statuses[i])];
            if (row.statuses[i] == core::PhaseStatus::submitted) ++row.submitted;
        }
        row.name_key = core::fold_search(row.name);
        base.rows.push_back(std::move(row));
    }
    std::sort(base.rows.begin(), base.rows.end(), [](const BoardRow& a, const BoardRow& b) { return board_less(a, b, "name"); });
    return base;
}

Board build_board(Ctx& ctx) {
    const auto programme = organiser_programme(ctx);
    const std::string phase_filter = query_value(ctx, "phase");
    const std::string status_filter = query_value(ctx, "status");
    const std::string today = core::brussels_date(ctx.now());

    Board board;
    // The counter before the data (api/programme_cache.h).
    const auto version = store::programme_version(ctx.db, programme.id);
    board.base = ctx.services.programme_cache->get<BoardBase>(programme.id, "progress " + today, version,
                                                              [&] { return compute_board_base(ctx.db, programme.id, today); });
    const auto& phases = board.phases();
    std::map<std::string, FieldError> errors;
    board.page = read_page(ctx.req.query, kBoardSorts, "name", errors);
    int phase_index = -1;
    if (!phase_filter.empty()) {
        for (std::size_t i = 0; i < phases.size(); ++i)
            if (phases[i].kind == phase_filter) phase_index = static_cast<int>(i);
        if (phase_index < 0) errors["phase"] = {"progress.bad_phase", {}};
    }
    std::optional<core::PhaseStatus> wanted;
    if (!status_filter.empty()) {
        wanted = core::parse_phase_status(status_filter);
        if (!wanted) errors["status"] = {"progress.bad_status", {}};
    }
    if (!errors.empty()) throw ApiError::validation(std::move(errors));
    // The same fold as the SQL lists' sk_fold (api/paging.h, like_pattern): case and accents.
    const std::string q = core::fold_search(board.page.q);

    for (const auto& row : board.base->rows) {
        if (!q.empty() && row.name_key.find(q) == std::string::npos && row.institution_number.find(q) == std::string::npos) continue;
        bool counted[4] = {};
        bool match = !wanted;
        for (std::size_t i = 0; i < row.statuses.size(); ++i) {
            if (phase_index >= 0 && static_cast<int>(i) != phase_index) continue;
            counted[static_cast<std::size_t>(row.statuses[i])] = true;
            if (wanted && row.statuses[i] == *wanted) match = true;
        }
        for (std::size_t k = 0; k < 4; ++k) board.status_counts[k] += counted[k] ? 1 : 0;
        if (match) board.rows.push_back(&row);
    }
    // The base is in name order already; another order is a stable sort of the pointers.
    const std::string_view field = board.page.descending ? std::string_view(board.page.sort).substr(1) : std::string_view(board.page.sort);
    if (board.page.descending || field != "name")
        std::sort(board.rows.begin(), board.rows.end(), [&](const BoardRow* a, const BoardRow* b) {
            return board.page.descending ? board_less(*b, *a, field) : board_less(*a, *b, field);
        });
    return board;
}

// GET /api/programmes/{id}/progress?page=&size=&sort=&q=&phase=&status=: one page of the board (docs/api.md),
// with the programme-wide figures of every phase ("summary", over all schools) and the status counts.
http::Response show_progress(Ctx& ctx) {
    const auto board = build_board(ctx);
    boost::json::array phases;
    for (const auto& p : board.phases()) phases.push_back(boost::json::value(p.kind));
    boost::json::array rows;
    const auto total = static_cast<std::int64_t>(board.rows.size());
    const auto first = std::min(board.page.offset(), total);
    const auto last = std::min(first + board.page.size, total);
    for (auto n = first; n < last; ++n) {
        const auto& r = *board.rows[static_cast<std::size_t>(n)];
        boost::json::object statuses;
        for (std::size_t i = 0; i < board.phases().size(); ++i) statuses[board.phases()[i].kind] = core::to_string(r.statuses[i]);
        rows.push_back(boost::json::object{{"organisationId", r.organisation_id},
                                           {"name", r.name},
                                           {"institutionNumber", r.institution_number},
                                           {"province", r.province},
                                           {"phases", std::move(statuses)}});
    }
    auto doc = page_json(board.page, "rows", std::move(rows), total);
    doc["phases"] = std::move(phases);
    boost::json::object per_phase;
    for (std::size_t i = 0; i < board.phases().size(); ++i) {
        boost::json::object counts;
        for (auto s : kStatuses) counts[core::to_string(s)] = board.base->per_phase[i][static_cast<std::size_t>(s)];
        per_phase[board.phases()[i].kind] = std::move(counts);
    }
    doc["summary"] = boost::json::object{{"schools", static_cast<std::int64_t>(board.base->rows.size())}, {"phases", std::move(per_phase)}};
    boost::json::object status_counts;
    for (auto s : kStatuses) status_counts[core::to_string(s)] = board.status_counts[static_cast<std::size_t>(s)];
    doc["counts"] = boost::json::object{{"status", std::move(status_counts)}};
    return json_response(200, boost::json::serialize(doc));
}

// The board as a table of texts in the request's language, for the file exports.
render::Table board_table(Ctx& ctx, const Board& board) {
    render::Table table;
    std::vector<std::string> header = {message(ctx.lang, "progress.column.name"), message(ctx.lang, "progress.column.institution_number"),
                                       message(ctx.lang, "progress.column.province")};
    for (const auto& p : board.phases()) header.push_back(message(ctx.lang, "progress.phase." + p.kind));
    table.push_back(std::move(header));
    for (const auto* row : board.rows) {
        const auto& r = *row;
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
    const auto table = board_table(ctx, board);
    return temp_file_response(ctx, ".csv", [&](const std::string& path) { render::write_csv_file(table, path); }, "text/csv; charset=utf-8",
                              progress_file_name(ctx, "csv"));
}

http::Response show_progress_xlsx(Ctx& ctx) {
    const auto board = build_board(ctx);
    const auto sheet = render::xlsx_sheet(message(ctx.lang, "progress.sheet"), board_table(ctx, board));
    return temp_file_response(ctx, ".xlsx", [&](const std::string& path) { render::write_xlsx_file({sheet}, path, ctx.services.tmp_dir); },
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", progress_file_name(ctx, "xlsx"));
}

}  // namespace

void add_progress_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/progress", show_progress);
    r.add("GET", "/api/programmes/{id}/progress.csv", show_csv);
    r.add("GET", "/api/programmes/{id}/progress.xlsx", show_progress_xlsx);
}

}  // namespace sk::api
