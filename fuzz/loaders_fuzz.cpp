// libFuzzer target: the loaders of the data files an installation may edit (data/frameworks, data/surveys,
// data/suggestions). The first byte picks the loader, the rest is the file. Each either lists errors and
// gives nothing, or gives a document that keeps its promises: a framework whose criteria all belong to
// one of its elements, with unique ids; survey statements for every criterion of the framework version
// they name; suggestions only for that version's criteria. The statements and suggestions are checked
// against the real framework (read from ../../data, where scripts/fuzz.sh runs the target).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "core/framework.h"
#include "core/framework_set.h"
#include "core/suggestions.h"
#include "core/survey_statements.h"

namespace {

void check(bool ok) {
    if (!ok) std::abort();
}

const sk::core::FrameworkSet& frameworks() {
    static const sk::core::FrameworkSet set = [] {
        std::ifstream in(std::getenv("SK_FUZZ_FRAMEWORK") ? std::getenv("SK_FUZZ_FRAMEWORK") : "../../data/frameworks/eu-stem-school-label.json");
        std::stringstream text;
        text << in.rdbuf();
        auto loaded = sk::core::load_framework(text.str());
        check(loaded.ok());  // the real file must load, or every run below would test nothing
        const auto& f = *loaded.framework;
        std::vector<std::string> element_ids;
        for (const auto& e : f.elements) element_ids.push_back(e.id);
        sk::core::FrameworkSet s;
        s.entries.push_back({f.id, f.version, f.name.nl, f.name.en, text.str(), element_ids,
                             std::make_shared<const sk::core::Framework>(*loaded.framework)});
        return s;
    }();
    return set;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 3) {
        case 0: {
            const auto r = sk::core::load_framework(text);
            check(r.ok() == r.errors.empty());
            if (!r.ok()) break;
            std::set<std::string> elements, criteria;
            for (const auto& e : r.framework->elements) check(elements.insert(e.id).second);
            for (const auto& c : r.framework->criteria) {
                check(criteria.insert(c.id).second);
                check(elements.count(c.element_id) == 1);
            }
            break;
        }
        case 1: {
            const auto r = sk::core::load_survey_statements(text, frameworks());
            check(r.ok() == r.errors.empty());
            if (!r.ok()) break;
            const auto* entry = frameworks().find(r.statements->framework_id, r.statements->framework_version);
            check(entry != nullptr);
            for (const auto& c : entry->framework->criteria) check(r.statements->find(c.id) != nullptr);
            break;
        }
        default: {
            const auto r = sk::core::load_suggestions(text, frameworks());
            check(r.ok() == r.file.has_value());
            if (!r.ok()) break;
            const auto* entry = frameworks().find(r.file->framework_id, r.file->framework_version);
            check(entry != nullptr);
            for (const auto& s : r.file->suggestions) check(entry->framework->find_criterion(s.criterion_id) != nullptr);
            break;
        }
    }
    return 0;
}
