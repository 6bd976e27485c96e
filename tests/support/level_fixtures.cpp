#include "support/level_fixtures.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sk::test {

core::LevelVector spelt_levels(const std::string& spec) {
    core::LevelVector out;
    for (char ch : spec) {
        switch (ch) {
            case 'n': out.push_back(0); break;
            case 'c': out.push_back(1); break;
            case 'p': out.push_back(2); break;
            case 'e': out.push_back(3); break;
            case '-': out.push_back(core::kUnanswered); break;
            default: ADD_FAILURE() << "bad level letter '" << ch << "'";
        }
    }
    return out;
}

core::Framework small_framework(const std::string& element_of) {
    core::Framework f;
    f.id = "test";
    f.version = "1";
    f.label_rule = {3, 1};
    const int elements = element_of.empty() ? 0 : *std::max_element(element_of.begin(), element_of.end()) - '0';
    for (int i = 1; i <= elements; ++i) f.elements.push_back({"E" + std::to_string(i), i, {"E", "E"}, {"d", "d"}});
    for (std::size_t i = 0; i < element_of.size(); ++i) {
        core::Criterion c;
        c.id = "C" + std::to_string(i + 1);
        c.number = static_cast<int>(i + 1);
        c.element_id = std::string("E") + element_of[i];
        f.criteria.push_back(c);
    }
    return f;
}

}  // namespace sk::test
