// Every error code and field message the label API uses has a text (nl and en differ, so both exist).
#include <gtest/gtest.h>

#include "api/messages.h"

TEST(LabelMessages, EveryKeyTheLabelApiUsesHasATextInBothLanguages) {
    using sk::core::Language;
    for (const char* key : {"error.application_open", "error.application_decided", "error.application_not_open",
                            "error.application_not_in_review", "error.certificate_not_found", "field.label_measurement",
                            "field.label_reviewer", "field.label_due_on", "field.label_accepted_level", "field.label_label",
                            "field.label_unreviewed", "field.label_override_missing", "field.label_override_short",
                            "field.label_override_long", "field.label_filter", "field.label_province"}) {
        const auto nl = sk::api::message(Language::nl, key);
        const auto en = sk::api::message(Language::en, key);
        EXPECT_NE(nl, key) << key;
        EXPECT_NE(en, key) << key;
        EXPECT_NE(nl, en) << key;
    }
    EXPECT_EQ(sk::api::message(Language::en, "field.label_override_short", {{"min", "10"}}), "Explain the difference in at least 10 characters.");
}
