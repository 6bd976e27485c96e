// The per-process cache of whole-programme results (api/programme_cache.h): a result is reused only for
// the same programme, key and counter; a late result for an older counter never replaces a newer one;
// the least recently used entry goes first.
#include <gtest/gtest.h>

#include "api/programme_cache.h"

using sk::api::ProgrammeCache;

namespace {
// Gets (programme, key) at `version`, counting how often the value had to be made.
int get(ProgrammeCache& cache, std::int64_t programme, const std::string& key, std::optional<std::int64_t> version, int value, int& made) {
    return *cache.get<int>(programme, key, version, [&] {
        ++made;
        return value;
    });
}
}  // namespace

TEST(ProgrammeCache, ReusesOnlyTheSameProgrammeKeyAndCounter) {
    ProgrammeCache cache;
    int made = 0;
    EXPECT_EQ(get(cache, 1, "board", 7, 10, made), 10);
    EXPECT_EQ(get(cache, 1, "board", 7, 99, made), 10);  // kept
    EXPECT_EQ(made, 1);
    EXPECT_EQ(get(cache, 1, "board", 8, 11, made), 11);  // the counter moved
    EXPECT_EQ(get(cache, 2, "board", 8, 20, made), 20);  // another programme
    EXPECT_EQ(get(cache, 1, "report", 8, 30, made), 30);  // another key
    EXPECT_EQ(get(cache, 1, "board", 8, 99, made), 11);
    EXPECT_EQ(made, 4);
    EXPECT_EQ(cache.hits(), 2u);
    EXPECT_EQ(cache.misses(), 4u);
    // No counter (a programme without its row): made every time, never kept.
    EXPECT_EQ(get(cache, 3, "board", std::nullopt, 40, made), 40);
    EXPECT_EQ(get(cache, 3, "board", std::nullopt, 41, made), 41);
    EXPECT_EQ(made, 6);
}

TEST(ProgrammeCache, AResultForAnOlderCounterNeverReplacesANewerOne) {
    ProgrammeCache cache;
    int made = 0;
    get(cache, 1, "board", 9, 90, made);
    // A request that read counter 8 before a change finishes after one that read 9.
    EXPECT_EQ(get(cache, 1, "board", 8, 80, made), 80);  // it gets its own result...
    EXPECT_EQ(get(cache, 1, "board", 9, 99, made), 90);  // ...and the newer one stays
    EXPECT_EQ(made, 2);
}

TEST(ProgrammeCache, TheLeastRecentlyUsedEntryGoesFirst) {
    ProgrammeCache cache(2);
    int made = 0;
    get(cache, 1, "board", 1, 1, made);
    get(cache, 2, "board", 1, 2, made);
    get(cache, 1, "board", 1, 0, made);  // programme 1 used again
    get(cache, 3, "board", 1, 3, made);  // evicts programme 2
    EXPECT_EQ(made, 3);
    EXPECT_EQ(get(cache, 1, "board", 1, 0, made), 1);
    EXPECT_EQ(get(cache, 2, "board", 1, 22, made), 22);
    EXPECT_EQ(made, 4);
}
