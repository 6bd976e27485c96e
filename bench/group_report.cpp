// The group report at scale: a SQLite file with the regional demo programme of N schools (default 10,000;
// app/demo_schools.h, as `stemkompas demo --schools N` makes it: 80 % with a submitted baseline, 30 % with a
// submitted final, surveys for a quarter of those), then
//   * the group report as the API computes it (api/group_report_scope.h: authorization, every source —
//     schools, both measurement kinds from the measurement_levels projection, survey counts, decided
//     labels — and core/group_report.h), median of 15 warm runs, and
//   * the same level figures (counts per level per criterion, lower medians, element means) of one
//     measurement kind by plain SQL GROUP BY / window-function queries over the answer rows, median of 15,
// side by side with the ratio. Goals (issue 7): report < 50 ms, ratio >= 20x. The figures of both are
// compared, so a fast wrong answer fails the run.
//
//   bench_group_report [SCHOOLS] [DB_PATH]   DB_PATH: a fresh file (default: one in the temp folder, removed)
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "api/context.h"
#include "api/group_report_scope.h"
#include "app/demo.h"
#include "app/demo_schools.h"
#include "core/framework.h"
#include "core/framework_set.h"
#include "store/accounts.h"
#include "store/db.h"
#include "store/group_report_data.h"
#include "store/migrations.h"

using namespace sk;

namespace {

double ms_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

// CPU time of this thread: on a machine shared with builds the wall time is noisy, the CPU time much less.
double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Timing {
    double wall_ms = 0;  // median of the runs
    double cpu_ms = 0;   // median of the runs
};

template <typename F>
Timing median_ms(int runs, F&& f) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        const auto t = std::chrono::steady_clock::now();
        const double c = thread_cpu_ms();
        f();
        cpu.push_back(thread_cpu_ms() - c);
        wall.push_back(ms_since(t));
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

const char* kLevels[] = {"not_yet", "competent", "proficient", "expert"};

struct SqlFigures {
    std::map<std::pair<std::string, std::string>, std::int64_t> counts;  // (criterion, level) -> schools
    std::map<std::string, int> medians;                                  // criterion -> level rank
    std::map<std::string, double> means;                                 // element -> mean
};

constexpr const char* kAnswers =
    "FROM measurement_answers a JOIN measurements m ON m.id = a.measurement_id "
    "WHERE m.programme_id = $1 AND m.kind = 'baseline' AND m.status = 'submitted' AND a.level IS NOT NULL "
    "AND EXISTS (SELECT 1 FROM programme_participants pp WHERE pp.programme_id = m.programme_id "
    "AND pp.organisation_id = m.organisation_id AND pp.kind = 'school')";
constexpr const char* kRank = "CASE a.level WHEN 'not_yet' THEN 0 WHEN 'competent' THEN 1 WHEN 'proficient' THEN 2 ELSE 3 END";

SqlFigures sql_figures(store::Db& db, std::int64_t programme) {
    SqlFigures out;
    for (const auto& r : db.exec(std::string("SELECT a.criterion_id, a.level, COUNT(*) ") + kAnswers + " GROUP BY a.criterion_id, a.level",
                                 {programme})
                             .rows)
        out.counts[{r.str(0), r.str(1)}] = r.i64(2);
    // The lower median: row number (n + 1) / 2 of the levels sorted per criterion.
    for (const auto& r : db.exec(std::string("WITH ranked AS (SELECT a.criterion_id AS c, ") + kRank +
                                     " AS v, ROW_NUMBER() OVER (PARTITION BY a.criterion_id ORDER BY " + kRank +
                                     ") AS rn, COUNT(*) OVER (PARTITION BY a.criterion_id) AS n " + kAnswers +
                                     ") SELECT c, v FROM ranked WHERE rn = (n + 1) / 2",
                                 {programme})
                             .rows)
        out.medians[r.str(0)] = static_cast<int>(r.i64(1));
    for (const auto& r : db.exec(std::string("SELECT bc.element_id, AVG(") + kRank + ") FROM bench_criteria bc JOIN (SELECT a.criterion_id, a.level " +
                                     kAnswers + ") a ON a.criterion_id = bc.criterion_id GROUP BY bc.element_id",
                                 {programme})
                             .rows)
        out.means[r.str(0)] = r.f64(1);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const int schools = argc > 1 ? std::clamp(std::atoi(argv[1]), 3, app::kDemoSchoolsMax) : 10000;
    const bool keep = argc > 2;
    const std::string path = keep ? argv[2] : (std::filesystem::temp_directory_path() / ("sk-bench-group-" + std::to_string(::getpid()) + ".db")).string();
    std::filesystem::remove(path);

    auto loaded = core::load_frameworks_dir(std::string(SK_SOURCE_DIR) + "/data/frameworks");
    if (loaded.frameworks.empty()) {
        std::fprintf(stderr, "no framework loaded\n");
        return 1;
    }
    core::FrameworkSet frameworks;
    const auto framework = std::make_shared<const core::Framework>(loaded.frameworks.front());
    frameworks.entries.push_back({framework->id, framework->version, "", "", "", {}, framework});
    const auto& f = *framework;

    store::set_sqlite_sync(store::SqliteSync::normal);  // filling is not what is measured
    auto db = store::open_sqlite(path);
    store::migrate(*db);
    const auto fill_start = std::chrono::steady_clock::now();
    app::load_demo(*db);
    const auto region = app::load_demo_schools(*db, schools);
    const std::int64_t programme = region.programme_id;
    const std::int64_t organiser_user = store::find_user_by_email(*db, "organisator@demo.stemkompas.be")->id;
    {
        // criterion -> key element, for the plain SQL's element means
        store::Transaction tx(*db);
        db->exec("CREATE TABLE bench_criteria (criterion_id TEXT PRIMARY KEY, element_id TEXT NOT NULL)");
        for (const auto& c : f.criteria) db->exec("INSERT INTO bench_criteria VALUES ($1, $2)", {c.id, c.element_id});
        tx.commit();
    }
    db->exec("ANALYZE");
    std::printf("group_report: %d schools (demo --schools): %d submitted baselines and %d finals x %zu answers, %d survey responses; "
                "filled in %.1f s\n",
                schools, region.baselines_submitted, region.finals_submitted, f.criteria.size(), region.survey_responses,
                ms_since(fill_start) / 1000);

    // The report as the API computes it, for the programme's organiser.
    api::Services services;
    services.frameworks = &frameworks;
    services.now = [] { return std::int64_t{1800000000}; };
    http::Request req;
    store::SessionUser session;
    session.user = *store::find_user(*db, organiser_user);
    api::Ctx ctx{req, *db, services, core::Language::nl, session};
    render::GroupReportView view;
    // In one read snapshot, as the request pipeline (app/pipeline.cpp) runs every handler.
    const Timing report = median_ms(15, [&] {
        store::Snapshot snapshot(*db);
        view = api::load_group_report(ctx, programme, "baseline");
    });

    SqlFigures sql;
    const Timing sql_time = median_ms(15, [&] { sql = sql_figures(*db, programme); });

    // Both must say the same.
    int mismatches = 0;
    for (std::size_t c = 0; c < f.criteria.size(); ++c) {
        const auto& s = view.report.criteria[c];
        for (int l = 0; l < 4; ++l) {
            auto it = sql.counts.find({f.criteria[c].id, kLevels[l]});
            mismatches += (it == sql.counts.end() ? 0 : it->second) != s.counts[static_cast<std::size_t>(l)];
        }
        mismatches += !s.median || sql.medians[f.criteria[c].id] != core::rank(*s.median);
    }
    for (std::size_t e = 0; e < f.elements.size(); ++e)
        mismatches += !view.report.element_means[e] || std::abs(*view.report.element_means[e] - sql.means[f.elements[e].id]) > 1e-9;

    const double ratio = sql_time.wall_ms / report.wall_ms;
    const double cpu_ratio = sql_time.cpu_ms / report.cpu_ms;
    std::printf("  group report (API scope, all sources, both kinds, warm median of 15): %8.2f ms wall %8.2f ms CPU   goal < 50 ms: %s\n",
                report.wall_ms, report.cpu_ms, report.wall_ms < 50 ? "met" : "NOT met");
    std::printf("  plain SQL GROUP BY: counts, medians, element means (one kind, median of 15): %8.2f ms wall %8.2f ms CPU\n", sql_time.wall_ms,
                sql_time.cpu_ms);
    std::printf("  ratio SQL / report: %.1fx wall, %.1fx CPU   goal >= 20x: %s\n", ratio, cpu_ratio, ratio >= 20 ? "met" : "NOT met");
    std::printf("  figures agree: %s\n", mismatches == 0 ? "yes" : "NO");
    db.reset();
    if (!keep) {
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    }
    return mismatches == 0 ? 0 : 1;
}
