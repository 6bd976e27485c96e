// Time to render the school report PDF (render/pdf_report.h) for a fully answered measurement with
// comments, three shown survey groups and a baseline comparison: the heaviest report a school gets.
// Prints the time per report (mean and best of single renders after a warm-up) and for a batch of 20.
// Goal (issue 4): < 20 ms per report.
//
//   bench_report_pdf [DATA_DIR] [OUT.pdf]   DATA_DIR holds frameworks/ (default: the source tree's data/)
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

core::Results make_results(const core::Framework& f, int seed) {
    std::vector<core::Answer> answers;
    for (std::size_t i = 0; i < f.criteria.size(); ++i) {
        const auto level = static_cast<core::Level>((i + static_cast<std::size_t>(seed)) % 4);
        answers.push_back({f.criteria[i].id, level,
                           "Toelichting bij " + f.criteria[i].id + ": we werken hier al twee jaar aan met de vakgroep wetenschappen, "
                           "en de leerlingen geven aan dat ze de projecten waarderen. Volgend jaar breiden we uit naar de eerste graad."});
    }
    std::vector<core::GroupAggregate> groups;
    for (const char* g : {"teachers", "students", "leaders"}) {
        std::vector<core::SurveyResponse> responses(12);
        for (std::size_t r = 0; r < responses.size(); ++r)
            for (std::size_t i = 0; i < f.criteria.size(); ++i)
                responses[r].scores[f.criteria[i].id] = (r + i) % 7 == 0 ? std::nullopt : std::optional<int>(1 + static_cast<int>((r + i * 3) % 5));
        groups.push_back(core::aggregate_group(g, responses));
    }
    return core::compute_results(f, answers, groups);
}

double ms_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
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
    render::ReportData data;
    data.school_name = "Sint-Jozefscollege École Brugge";
    data.programme_name = "STEM-traject 2026-2027";
    data.kind = "final";
    data.status = "submitted";
    data.date = "2027-05-31";
    data.framework = &framework;
    data.results = make_results(framework, 1);
    data.comparison = core::compare(make_results(framework, 0), data.results);

    std::string pdf = render::render_report_pdf(data);  // warm-up: fonts, caches
    if (argc > 2) std::ofstream(argv[2], std::ios::binary) << pdf;

    const int singles = 30;
    double total = 0, best = 1e9;
    for (int i = 0; i < singles; ++i) {
        data.lang = i % 2 ? core::Language::en : core::Language::nl;
        const auto t = std::chrono::steady_clock::now();
        pdf = render::render_report_pdf(data);
        const double ms = ms_since(t);
        total += ms;
        best = std::min(best, ms);
    }
    const auto t = std::chrono::steady_clock::now();
    std::size_t bytes = 0;
    for (int i = 0; i < 20; ++i) bytes += render::render_report_pdf(data).size();
    const double batch = ms_since(t);
    std::printf("report_pdf: %zu bytes; per report mean %.2f ms, best %.2f ms (%d renders); batch of 20: %.1f ms (%.2f ms per report)\n",
                pdf.size(), total / singles, best, singles, batch, batch / 20);
    std::printf("goal < 20 ms per report: %s\n", total / singles < 20 ? "met" : "NOT met");
    return bytes > 0 ? 0 : 1;
}
