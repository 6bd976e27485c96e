// The action-plan suggestions data: the shipped file loads against the framework and has at least two
// ideas per criterion; a broken file is refused with every problem named.
#include <gtest/gtest.h>

#include "app/frameworks.h"
#include "core/suggestions.h"
#include "support/paths.h"

namespace {

const sk::core::FrameworkSet& frameworks() {
    static const auto set = sk::app::load_frameworks_or_throw(std::string(SK_SOURCE_DIR) + "/data/frameworks");
    return set;
}

TEST(Suggestions, ShippedFileCoversEveryCriterion) {
    const auto set = sk::app::load_suggestions_or_throw(std::string(SK_SOURCE_DIR) + "/data/suggestions", frameworks());
    const auto* fw = frameworks().find("eu-stem-school-label", "2024.1");
    ASSERT_NE(fw, nullptr);
    for (const auto& c : fw->framework->criteria) {
        const auto s = set.for_criterion("eu-stem-school-label", "2024.1", c.id);
        ASSERT_GE(s.size(), sk::core::kMinSuggestionsPerCriterion) << c.id;
        EXPECT_EQ(s.front()->id, c.id + "-1");
        EXPECT_FALSE(s.front()->text.nl.empty());
        EXPECT_FALSE(s.front()->text.en.empty());
    }
    EXPECT_TRUE(set.for_criterion("eu-stem-school-label", "1999.1", "C01").empty());
}

TEST(Suggestions, BrokenDocumentsAreRefused) {
    struct Row {
        const char* json;
        const char* problem;  // a part of one error
    };
    const Row rows[] = {
        {"[]", "not a JSON object"},
        {R"({"frameworkId":"eu-stem-school-label","frameworkVersion":"0.0","suggestions":[]})", "is not loaded"},
        {R"({"frameworkId":"eu-stem-school-label","frameworkVersion":"2024.1"})", "suggestions: missing"},
        {R"({"frameworkId":"eu-stem-school-label","frameworkVersion":"2024.1","suggestions":[{"id":"X","criterionId":"C99","text":{"nl":"a","en":"b"}}]})",
         "unknown criterion \"C99\""},
        {R"({"frameworkId":"eu-stem-school-label","frameworkVersion":"2024.1","suggestions":[{"id":"X","criterionId":"C01","text":{"nl":"a"}}]})",
         "needs non-empty nl and en"},
        {R"({"frameworkId":"eu-stem-school-label","frameworkVersion":"2024.1","suggestions":[{"id":"X","criterionId":"C01","text":{"nl":"a","en":"b"}},{"id":"X","criterionId":"C01","text":{"nl":"a","en":"b"}}]})",
         "repeated \"X\""},
        {R"({"frameworkId":"eu-stem-school-label","frameworkVersion":"2024.1","suggestions":[]})", "criterion C01: needs at least 2"},
    };
    for (const auto& r : rows) {
        const auto loaded = sk::core::load_suggestions(r.json, frameworks());
        EXPECT_FALSE(loaded.ok()) << r.json;
        EXPECT_FALSE(loaded.file.has_value());
        bool found = false;
        for (const auto& e : loaded.errors) found = found || e.find(r.problem) != std::string::npos;
        EXPECT_TRUE(found) << r.json << " should report " << r.problem;
    }
}

}  // namespace
