#include "app/frameworks.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/framework.h"

namespace sk::app {

namespace fs = std::filesystem;

core::FrameworkSet load_frameworks_or_throw(const std::string& folder) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw std::runtime_error("framework folder not found: " + folder);
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    core::FrameworkSet set;
    std::string problems;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        auto loaded = core::load_framework(text.str());
        if (!loaded.ok()) {
            for (const auto& e : loaded.errors) problems += "\n  " + file.filename().string() + ": " + e;
            continue;
        }
        const auto& f = *loaded.framework;
        if (set.find(f.id, f.version)) {
            problems += "\n  " + file.filename().string() + ": framework \"" + f.id + "\" version \"" + f.version + "\" is already loaded";
            continue;
        }
        std::vector<std::string> element_ids;
        for (const auto& e : f.elements) element_ids.push_back(e.id);
        set.entries.push_back({f.id, f.version, f.name.nl, f.name.en, text.str(), std::move(element_ids),
                               std::make_shared<const core::Framework>(f)});
    }
    if (!problems.empty()) throw std::runtime_error("invalid framework definition(s) in " + folder + ":" + problems);
    if (set.entries.empty()) throw std::runtime_error("no framework definitions (*.json) in " + folder);
    return set;
}

core::StatementsSet load_survey_statements_or_throw(const std::string& folder, const core::FrameworkSet& frameworks) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw std::runtime_error("survey statements folder not found: " + folder);
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    core::StatementsSet set;
    std::string problems;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        auto loaded = core::load_survey_statements(text.str(), frameworks);
        if (!loaded.ok()) {
            for (const auto& e : loaded.errors) problems += "\n  " + file.filename().string() + ": " + e;
            continue;
        }
        const auto& s = *loaded.statements;
        if (set.find(s.framework_id, s.framework_version)) {
            problems += "\n  " + file.filename().string() + ": statements for framework \"" + s.framework_id + "\" version \"" +
                        s.framework_version + "\" are already loaded";
            continue;
        }
        set.entries.push_back(std::move(*loaded.statements));
    }
    if (!problems.empty()) throw std::runtime_error("invalid survey statements in " + folder + ":" + problems);
    return set;
}

core::SuggestionSet load_suggestions_or_throw(const std::string& folder, const core::FrameworkSet& frameworks) {
    core::SuggestionSet set;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return set;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::string problems;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        auto loaded = core::load_suggestions(text.str(), frameworks);
        if (!loaded.ok()) {
            for (const auto& e : loaded.errors) problems += "\n  " + file.filename().string() + ": " + e;
            continue;
        }
        set.files.push_back(std::move(*loaded.file));
    }
    if (!problems.empty()) throw std::runtime_error("invalid suggestions in " + folder + ":" + problems);
    return set;
}

}  // namespace sk::app
