// The paging convention (api/paging.h, docs/api.md "Paging, sorting and search") on the registrations
// list, over real HTTP on both databases: first, middle and last page and past it; size limits; sort both
// ways with the id as tie-breaker; search; filters with their counts; a stable order while rows are added
// between two page fetches; every bad parameter named in one 400.
#include <algorithm>

#include <gtest/gtest.h>

#include "api/api_helpers.h"
#include "api/onboarding_forms.h"
#include "store/registrations.h"
#include "support/test_server.h"

using sk::test::body;
using sk::test::error_fields;
using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::kOrganiser;
using sk::test::nl;
using sk::test::signed_in;
using sk::test::TestServer;

namespace {

struct PagedQueue {
    TestServer server;
    HttpClient organiser = signed_in(server, kOrganiser);
    std::int64_t programme = 0;
    std::string base;
    int added = 0;

    PagedQueue() {
        auto res = organiser.post("/api/programmes", body(sk::test::programme_form("Paging", true)));
        EXPECT_EQ(res.status, 201) << res.body;
        programme = res.json_int("/id");
        base = "/api/programmes/" + std::to_string(programme) + "/registrations";
    }

    // A registration added straight to the store, `seconds` after the server's clock; kind alternates.
    std::int64_t add(const std::string& name, std::int64_t seconds, const std::string& status = "pending") {
        sk::store::Registration r;
        r.programme_id = programme;
        r.kind = added % 2 == 0 ? "school" : "mentor";
        r.organisation_name = name;
        r.identifier = std::to_string(100000 + added);
        r.contact_name = "Contact " + std::to_string(added);
        r.contact_email = "contact" + std::to_string(added) + "@example.org";
        r.language = "nl";
        r.data = "{}";
        ++added;
        const auto id = sk::store::create_registration(server.db(), r, server.now() + seconds);
        if (status != "pending") server.db().exec("UPDATE registrations SET status = $1 WHERE id = $2", {status, id});
        return id;
    }

    HttpResponse get(const std::string& query) { return organiser.get(base + query); }
};

std::vector<std::int64_t> page_ids(const HttpResponse& res) {
    std::vector<std::int64_t> out;
    const auto doc = boost::json::parse(res.body);
    for (const auto& r : doc.at("registrations").as_array()) out.push_back(r.at("id").as_int64());
    return out;
}

std::vector<std::string> page_names(const HttpResponse& res) {
    std::vector<std::string> out;
    const auto doc = boost::json::parse(res.body);
    for (const auto& r : doc.at("registrations").as_array())
        out.push_back(std::string(r.at("organisationName").as_string()));
    return out;
}

}  // namespace

TEST(RegistrationsPaging, FirstMiddleAndLastPageThenAnEmptyOne) {
    PagedQueue q;
    std::vector<std::int64_t> all;
    for (int i = 0; i < 120; ++i) all.push_back(q.add("School " + std::to_string(i), i));
    std::vector<std::int64_t> seen;
    for (int page = 1; page <= 3; ++page) {
        auto res = q.get("?page=" + std::to_string(page));
        ASSERT_EQ(res.status, 200) << res.body;
        EXPECT_EQ(res.json_int("/page"), page);
        EXPECT_EQ(res.json_int("/size"), 50);
        EXPECT_EQ(res.json_int("/pages"), 3);
        EXPECT_EQ(res.json_int("/total"), 120);
        const auto ids = page_ids(res);
        EXPECT_EQ(ids.size(), page < 3 ? 50u : 20u) << "page " << page;
        seen.insert(seen.end(), ids.begin(), ids.end());
    }
    EXPECT_EQ(seen, all) << "oldest first by default, every row once";
    auto past = q.get("?page=4");
    EXPECT_EQ(past.status, 200);
    EXPECT_TRUE(page_ids(past).empty());
    EXPECT_EQ(past.json_int("/total"), 120);
    EXPECT_EQ(q.get("?page=9223372036854775807&size=200").status, 200) << "an absurd page is past the last one";
}

TEST(RegistrationsPaging, SizeIsOneToTwoHundred) {
    PagedQueue q;
    for (int i = 0; i < 205; ++i) q.add("School " + std::to_string(i), i);
    auto one = q.get("?size=1&page=205");
    EXPECT_EQ(page_ids(one).size(), 1u);
    EXPECT_EQ(one.json_int("/pages"), 205);
    auto most = q.get("?size=200");
    EXPECT_EQ(page_ids(most).size(), 200u);
    EXPECT_EQ(most.json_int("/pages"), 2);
    for (const std::string size : {"0", "201", "-5", "abc", "1.5"}) {
        auto bad = q.get("?size=" + size);
        EXPECT_EQ(bad.status, 400) << size;
        EXPECT_EQ(error_fields(bad), std::vector<std::string>{"size"}) << size;
        EXPECT_EQ(bad.json_string("/error/fields/size"), nl("field.page_size", {{"min", "1"}, {"max", "200"}}));
    }
}

TEST(RegistrationsPaging, SortsBothWaysWithTheIdBreakingTies) {
    PagedQueue q;
    // Names out of creation order, some equal, differing in case only: the order must not depend on case.
    const std::vector<std::string> names = {"delta", "Alfa", "charlie", "alfa", "Bravo", "delta", "ALFA"};
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < names.size(); ++i) ids.push_back(q.add(names[i], static_cast<std::int64_t>(i)));
    std::vector<std::size_t> order(names.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return lower(names[a]) < lower(names[b]); });
    std::vector<std::int64_t> by_name;
    for (auto i : order) by_name.push_back(ids[i]);
    // Across pages of 3, so ties straddle a page border.
    std::vector<std::int64_t> ascending, descending;
    for (int page = 1; page <= 3; ++page) {
        auto a = page_ids(q.get("?sort=name&size=3&page=" + std::to_string(page)));
        auto d = page_ids(q.get("?sort=-name&size=3&page=" + std::to_string(page)));
        ascending.insert(ascending.end(), a.begin(), a.end());
        descending.insert(descending.end(), d.begin(), d.end());
    }
    EXPECT_EQ(ascending, by_name);
    EXPECT_EQ(descending, std::vector<std::int64_t>(by_name.rbegin(), by_name.rend()));
    auto newest = page_ids(q.get("?sort=-createdAt"));
    EXPECT_EQ(newest, std::vector<std::int64_t>(ids.rbegin(), ids.rend()));
    auto by_kind = q.get("?sort=kind");
    EXPECT_EQ(by_kind.json_string("/registrations/0/kind"), "mentor");
    EXPECT_EQ(by_kind.json_string("/registrations/6/kind"), "school");
}

TEST(RegistrationsPaging, StatusSortPutsPendingFirst) {
    PagedQueue q;
    const auto refused = q.add("Eerst geweigerd", 0, "refused");
    const auto accepted = q.add("Dan aanvaard", 1, "accepted");
    const auto pending = q.add("Nog open", 2);
    EXPECT_EQ(page_ids(q.get("?sort=status")), (std::vector<std::int64_t>{pending, accepted, refused}));
    EXPECT_EQ(page_ids(q.get("?sort=-status")), (std::vector<std::int64_t>{refused, accepted, pending}));
}

TEST(RegistrationsPaging, SearchesNamesContactsAndNumbersIgnoringCase) {
    PagedQueue q;
    const auto sint = q.add("Sint-Jozefcollege", 0);
    const auto other = q.add("Atheneum Hasselt", 1);
    const auto percent = q.add("100% STEM", 2);
    EXPECT_EQ(page_ids(q.get("?q=sint-JOZEF")), std::vector<std::int64_t>{sint});
    EXPECT_EQ(page_ids(q.get("?q=%20hasselt%20")), std::vector<std::int64_t>{other}) << "trimmed";
    EXPECT_EQ(page_ids(q.get("?q=contact1%40example")), std::vector<std::int64_t>{other}) << "the contact's e-mail";
    EXPECT_EQ(page_ids(q.get("?q=Contact%202")), std::vector<std::int64_t>{percent}) << "the contact's name";
    EXPECT_EQ(page_ids(q.get("?q=100002")), std::vector<std::int64_t>{percent}) << "the identifier";
    EXPECT_EQ(page_ids(q.get("?q=%25")), std::vector<std::int64_t>{percent}) << "% is a letter, not a wildcard";
    EXPECT_EQ(page_ids(q.get("?q=_")), std::vector<std::int64_t>{}) << "_ is a letter, not a wildcard";
    auto none = q.get("?q=nergens");
    EXPECT_EQ(none.status, 200);
    EXPECT_EQ(none.json_int("/total"), 0);
    EXPECT_EQ(none.json_int("/pages"), 1);
}

TEST(RegistrationsPaging, FiltersCountPerStatusAndKind) {
    PagedQueue q;
    // Kinds alternate school, mentor: 0 school pending, 1 mentor pending, 2 school accepted,
    // 3 mentor refused, 4 school pending, 5 mentor accepted.
    q.add("A", 0);
    q.add("B", 1);
    q.add("C", 2, "accepted");
    q.add("D", 3, "refused");
    q.add("E", 4);
    q.add("F", 5, "accepted");
    auto all = q.get("");
    EXPECT_EQ(all.json_int("/total"), 6);
    EXPECT_EQ(all.json_int("/counts/status/pending"), 3);
    EXPECT_EQ(all.json_int("/counts/status/accepted"), 2);
    EXPECT_EQ(all.json_int("/counts/status/refused"), 1);
    EXPECT_EQ(all.json_int("/counts/kind/school"), 3);
    EXPECT_EQ(all.json_int("/counts/kind/mentor"), 3);
    auto schools = q.get("?kind=school&status=pending");
    EXPECT_EQ(page_names(schools), (std::vector<std::string>{"A", "E"}));
    EXPECT_EQ(schools.json_int("/total"), 2);
    // Each facet counts with the other filters applied, not its own.
    EXPECT_EQ(schools.json_int("/counts/status/pending"), 2);
    EXPECT_EQ(schools.json_int("/counts/status/accepted"), 1);
    EXPECT_EQ(schools.json_int("/counts/status/refused"), 0);
    EXPECT_EQ(schools.json_int("/counts/kind/school"), 2);
    EXPECT_EQ(schools.json_int("/counts/kind/mentor"), 1);
    auto searched = q.get("?q=b");
    EXPECT_EQ(searched.json_int("/counts/status/pending"), 1) << "the search narrows the counts too";
    EXPECT_EQ(searched.json_int("/counts/kind/school"), 0);
}

TEST(RegistrationsPaging, NewRowsDoNotShuffleEarlierPagesOfTheOldestFirstList) {
    PagedQueue q;
    // Five registrations a second: within a second the id decides.
    std::vector<std::pair<std::int64_t, std::int64_t>> rows;  // (second, id)
    for (int i = 0; i < 25; ++i) rows.emplace_back(i % 5, q.add("School " + std::to_string(i), i % 5));
    std::sort(rows.begin(), rows.end());
    std::vector<std::int64_t> expected;
    for (const auto& [second, id] : rows) expected.push_back(id);
    const auto first = page_ids(q.get("?size=10"));
    EXPECT_EQ(first, std::vector<std::int64_t>(expected.begin(), expected.begin() + 10));
    // Registrations arrive between the two fetches, the first in the same second as the newest ones.
    for (int i = 0; i < 7; ++i) q.add("Nieuw " + std::to_string(i), 4 + i);
    const auto second = page_ids(q.get("?size=10&page=2"));
    EXPECT_EQ(second, std::vector<std::int64_t>(expected.begin() + 10, expected.begin() + 20)) << "page 2 goes on where page 1 ended";
    EXPECT_EQ(page_ids(q.get("?size=10")), first) << "page 1 is unchanged";
    EXPECT_EQ(q.get("?size=10").json_int("/total"), 32);
}

TEST(RegistrationsPaging, EveryBadParameterIsNamedInBothLanguages) {
    PagedQueue q;
    auto bad = q.get("?page=0&size=500&sort=created_at&status=maybe&kind=robot");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string>{"kind", "page", "size", "sort", "status"}));
    EXPECT_EQ(bad.json_string("/error/fields/page"), nl("field.page"));
    EXPECT_EQ(bad.json_string("/error/fields/sort"), nl("field.sort", {{"fields", "createdAt, name, status, kind"}}));
    q.organiser.language = "en";
    auto english = q.get("?page=x&size=0&sort=-bogus");
    EXPECT_EQ(english.status, 400);
    EXPECT_EQ(english.json_string("/error/fields/page"), "Give a page number of 1 or more.");
    EXPECT_EQ(english.json_string("/error/fields/size"), "Choose a page size from 1 to 200.");
    EXPECT_EQ(english.json_string("/error/fields/sort"),
              "Sort by one of these fields: createdAt, name, status, kind (with - before it for descending).");
}
