// The paging convention's query reading (api/paging.h), table-driven: a new case is a new row.
#include <gtest/gtest.h>

#include "api/paging.h"

using sk::api::FieldError;
using sk::api::PageRequest;
using sk::api::SortField;

namespace {

constexpr SortField kSorts[] = {{"createdAt", "created_at"}, {"name", "LOWER(name)"}};

struct Case {
    std::map<std::string, std::string> query;
    std::int64_t page, size;
    std::string sort, sql;
    bool descending;
    std::string q;
    std::map<std::string, std::string> errors;  // field -> message key
};

}  // namespace

TEST(Paging, ReadsPageSizeSortAndSearchOrNamesEachBadOne) {
    const std::string big = std::string(250, 'x');
    const std::vector<Case> cases = {
        {{}, 1, 50, "createdAt", "created_at", false, "", {}},
        {{{"page", ""}, {"size", ""}, {"sort", ""}, {"q", ""}}, 1, 50, "createdAt", "created_at", false, "", {}},
        {{{"page", "3"}, {"size", "20"}}, 3, 20, "createdAt", "created_at", false, "", {}},
        {{{"size", "1"}}, 1, 1, "createdAt", "created_at", false, "", {}},
        {{{"size", "200"}}, 1, 200, "createdAt", "created_at", false, "", {}},
        {{{"sort", "name"}}, 1, 50, "name", "LOWER(name)", false, "", {}},
        {{{"sort", "-name"}}, 1, 50, "-name", "LOWER(name)", true, "", {}},
        {{{"sort", "-createdAt"}}, 1, 50, "-createdAt", "created_at", true, "", {}},
        {{{"q", "  Sint Jan \t"}}, 1, 50, "createdAt", "created_at", false, "Sint Jan", {}},
        {{{"q", big}}, 1, 50, "createdAt", "created_at", false, std::string(200, 'x'), {}},
        // Cut at 200 bytes, never inside a letter: "é" straddling the limit goes as a whole.
        {{{"q", std::string(199, 'x') + "é"}}, 1, 50, "createdAt", "created_at", false, std::string(199, 'x'), {}},
        {{{"q", std::string(198, 'x') + "é"}}, 1, 50, "createdAt", "created_at", false, std::string(198, 'x') + "é", {}},
        {{{"page", "0"}}, 1, 50, "createdAt", "created_at", false, "", {{"page", "field.page"}}},
        {{{"page", "-1"}}, 1, 50, "createdAt", "created_at", false, "", {{"page", "field.page"}}},
        {{{"page", "2x"}}, 1, 50, "createdAt", "created_at", false, "", {{"page", "field.page"}}},
        {{{"page", "99999999999999999999"}}, 1, 50, "createdAt", "created_at", false, "", {{"page", "field.page"}}},
        {{{"size", "0"}}, 1, 50, "createdAt", "created_at", false, "", {{"size", "field.page_size"}}},
        {{{"size", "201"}}, 1, 50, "createdAt", "created_at", false, "", {{"size", "field.page_size"}}},
        {{{"size", "ten"}}, 1, 50, "createdAt", "created_at", false, "", {{"size", "field.page_size"}}},
        {{{"sort", "created_at"}}, 1, 50, "createdAt", "created_at", false, "", {{"sort", "field.sort"}}},
        {{{"sort", "name; DROP TABLE x"}}, 1, 50, "createdAt", "created_at", false, "", {{"sort", "field.sort"}}},
        {{{"sort", "--name"}}, 1, 50, "createdAt", "created_at", false, "", {{"sort", "field.sort"}}},
        {{{"sort", "+name"}}, 1, 50, "createdAt", "created_at", false, "", {{"sort", "field.sort"}}},
        {{{"page", "x"}, {"size", "x"}, {"sort", "x"}},
         1, 50, "createdAt", "created_at", false, "", {{"page", "field.page"}, {"size", "field.page_size"}, {"sort", "field.sort"}}},
    };
    for (const auto& c : cases) {
        std::map<std::string, FieldError> errors;
        const auto page = sk::api::read_page(c.query, kSorts, "createdAt", errors);
        std::string label;
        for (const auto& [k, v] : c.query) label += k + "=" + v.substr(0, 20) + " ";
        EXPECT_EQ(page.page, c.page) << label;
        EXPECT_EQ(page.size, c.size) << label;
        EXPECT_EQ(page.sort, c.sort) << label;
        EXPECT_EQ(page.sort_sql, c.sql) << label;
        EXPECT_EQ(page.descending, c.descending) << label;
        EXPECT_EQ(page.q, c.q) << label;
        std::map<std::string, std::string> keys;
        for (const auto& [field, e] : errors) keys[field] = e.key;
        EXPECT_EQ(keys, c.errors) << label;
    }
}

TEST(Paging, TheSizeLimitsArePerList) {
    std::map<std::string, FieldError> errors;
    EXPECT_EQ(sk::api::read_page({{"size", "500"}}, kSorts, "-name", errors, {.default_size = 100, .max_size = 500}).size, 500);
    EXPECT_TRUE(errors.empty());
    const auto fallback = sk::api::read_page({}, kSorts, "-name", errors, {.default_size = 100, .max_size = 500});
    EXPECT_EQ(fallback.size, 100);
    EXPECT_EQ(fallback.sort, "-name");
    EXPECT_TRUE(fallback.descending);
    sk::api::read_page({{"size", "501"}}, kSorts, "-name", errors, {.default_size = 100, .max_size = 500});
    ASSERT_EQ(errors.count("size"), 1u);
    EXPECT_EQ(errors["size"].args.at("max"), "500");
}

TEST(Paging, OrdersByTheFieldThenTheIdAndBindsTheNumbers) {
    std::map<std::string, FieldError> errors;
    auto slice = sk::api::read_page({{"page", "3"}, {"size", "20"}, {"sort", "-name"}}, kSorts, "createdAt", errors).slice();
    EXPECT_EQ(slice.order_by, " ORDER BY LOWER(name) DESC, id DESC");
    std::vector<sk::store::Value> params{std::int64_t{7}, std::string("x")};
    EXPECT_EQ(slice.limit_clause(params), " LIMIT $3 OFFSET $4");
    ASSERT_EQ(params.size(), 4u);
    EXPECT_EQ(std::get<std::int64_t>(params[2]), 20);
    EXPECT_EQ(std::get<std::int64_t>(params[3]), 40);
    slice = sk::api::read_page({}, kSorts, "createdAt", errors).slice("r.id");
    EXPECT_EQ(slice.order_by, " ORDER BY created_at, r.id");
    EXPECT_EQ(slice.offset, 0);
    // An absurd page is past the last one: the offset saturates instead of overflowing.
    const auto far = sk::api::read_page({{"page", "9223372036854775807"}, {"size", "200"}}, kSorts, "createdAt", errors);
    EXPECT_GT(far.offset(), 0);
    EXPECT_TRUE(errors.empty());
}

TEST(Paging, SearchPatternsEscapeLikeWildcards) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "%%"}, {"Sint", "%sint%"}, {"50%", "%50\\%%"}, {"a_b", "%a\\_b%"}, {"c:\\x", "%c:\\\\x%"}, {"École", "%ecole%"},  // folded like sk_fold(column)
    };
    for (const auto& [q, like] : cases) EXPECT_EQ(sk::api::like_pattern(q), like) << q;
}

TEST(Paging, TheEnvelopeCountsPages) {
    std::map<std::string, FieldError> errors;
    const auto page = sk::api::read_page({{"page", "2"}, {"size", "20"}}, kSorts, "createdAt", errors);
    const auto doc = sk::api::page_json(page, "registrations", boost::json::array{1, 2}, 41);
    EXPECT_EQ(boost::json::serialize(doc), R"({"registrations":[1,2],"page":2,"size":20,"pages":3,"total":41})");
    EXPECT_EQ(sk::api::page_count(0, 50), 1);
    EXPECT_EQ(sk::api::page_count(50, 50), 1);
    EXPECT_EQ(sk::api::page_count(51, 50), 2);
}
