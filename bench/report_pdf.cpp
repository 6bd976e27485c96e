// Time to render the school report PDF (render/pdf_report.h) for a fully answered measurement with
// comments, three shown survey groups and a baseline comparison: the heaviest report a school gets.
// Prints the time per report (mean and best of single renders after a warm-up) and for a batch of 20.
// Goal (issue 4): < 20 ms per report.
//
// Every timed render is a different school (its own name and comments), so the per-thread cache of
// shaped texts (render/pdf_layout.cpp) only helps with what really repeats between reports: the
// framework's names and descriptors, headings, level names and numbers.
//
//   bench_report_pdf [DATA_DIR] [OUT.pdf]   DATA_DIR holds frameworks/ (default: the source tree's data/)
#include <time.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "core/framework.h"
#include "core/results.h"
#include "render/pdf_report.h"

using namespace sk;

namespace {

core::Results make_results(const core::Framework& f, int seed, int school) {
    std::vector<core::Answer> answers;
    for (std::size_t i = 0; i < f.criteria.size(); ++i) {
        const auto level = static_cast<core::Level>((i + static_cast<std::size_t>(seed)) % 4);
        answers.push_back({f.criteria[i].id, level,
                           "Toelichting van school " + std::to_string(school) + " bij " + f.criteria[i].id + ": we werken hier al twee jaar aan met de vakgroep wetenschappen, "
                           "en de leerlingen geven aan dat ze de projecten waarderen. Volgend jaar breiden we uit naar de eerste graad."});
    }
    std::vector<std::string> ids;
    for (const auto& c : f.criteria) ids.push_back(c.id);
    std::vector<core::GroupAggregate> groups;
    for (const char* g : {"leaders", "teachers", "students"}) {
        std::vector<core::SurveyResponse> responses(12);
        for (std::size_t r = 0; r < responses.size(); ++r)
            for (std::size_t i = 0; i < f.criteria.size(); ++i)
                responses[r][f.criteria[i].id] = (r + i) % 7 == 0 ? std::nullopt : std::optional<int>(1 + static_cast<int>((r + i * 3) % 5));
        groups.push_back(core::aggregate_group(g, responses, ids));
    }
    return core::compute_results(f, answers, groups);
}

double ms_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

// CPU time of this process: on a busy (shared) machine the wall clock also counts waiting for a core.
double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string data_dir = argc > 1 ? argv[1] : std::string(SK_SOURCE_DIR) + "/data";
    auto loaded = core::load_frameworks_dir(data_dir + "/frameworks");
    if (loaded.frameworks.empty()) {
        std::fprintf(stderr, "no framework in %s/frameworks\n", data_dir.c_str());
        return 1;
    }
    const auto& framework = loaded.frameworks.front();
    const int singles = 30;
    // Schools 0 and 1 warm up (fonts, one report per language); 2.. are timed, each once.
    std::vector<render::ReportData> schools;
    for (int s = 0; s < 2 + singles + 20; ++s) {
        render::ReportData& data = schools.emplace_back();
        data.school_name = "Sint-Jozefscollege École " + std::to_string(s) + " Brugge";
        data.programme_name = "STEM-traject 2026-2027";
        data.kind = "final";
        data.status = "submitted";
        data.date = "2027-05-31";
        data.framework = &framework;
        data.lang = s % 2 ? core::Language::en : core::Language::nl;
        data.results = make_results(framework, 1, s);
        data.comparison = core::compare(make_results(framework, 0, s), data.results);
    }

    std::string pdf = render::render_report_pdf(schools[0]);
    if (argc > 2) std::ofstream(argv[2], std::ios::binary) << pdf;
    render::render_report_pdf(schools[1]);

    double total = 0, best = 1e9;
    const double cpu_start = cpu_ms();
    for (int i = 0; i < singles; ++i) {
        const auto t = std::chrono::steady_clock::now();
        pdf = render::render_report_pdf(schools[static_cast<std::size_t>(2 + i)]);
        const double ms = ms_since(t);
        total += ms;
        best = std::min(best, ms);
    }
    const double cpu_singles = cpu_ms() - cpu_start;
    const auto t = std::chrono::steady_clock::now();
    const double cpu_batch_start = cpu_ms();
    std::size_t bytes = 0;
    for (int i = 0; i < 20; ++i) bytes += render::render_report_pdf(schools[static_cast<std::size_t>(2 + singles + i)]).size();
    const double batch = ms_since(t);
    const double cpu_batch = cpu_ms() - cpu_batch_start;
    std::printf("report_pdf: %zu bytes, %d renders after a warm-up\n", pdf.size(), singles);
    std::printf("  per report: wall mean %.2f ms, best %.2f ms; CPU mean %.2f ms\n", total / singles, best, cpu_singles / singles);
    std::printf("  batch of 20: wall %.1f ms (%.2f ms per report); CPU %.1f ms (%.2f ms per report)\n", batch, batch / 20, cpu_batch,
                cpu_batch / 20);
    std::printf("goal < 20 ms per report (CPU mean): %s\n", cpu_singles / singles < 20 ? "met" : "NOT met");
    return bytes > 0 ? 0 : 1;
}
