// The open-addressing id index behind PlanGraph's lookups by id.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "id_index.h"

using namespace plankit;

TEST_CASE("an id index finds what was added and nothing else") {
    IdIndex index;
    CHECK_FALSE(index.find("a"));  // empty: no table yet
    CHECK(index.insert("a", 0));
    CHECK(index.insert("b", 1));
    CHECK(index.insert("", 2));  // the empty id is an id like any other
    CHECK(index.find("a") == 0u);
    CHECK(index.find("b") == 1u);
    CHECK(index.find("") == 2u);
    CHECK_FALSE(index.find("c"));
    CHECK(index.size() == 3);
}

TEST_CASE("the first of repeated ids wins") {
    IdIndex index;
    CHECK(index.insert("t1", 4));
    CHECK_FALSE(index.insert("t1", 9));
    CHECK(index.find("t1") == 4u);
    CHECK(index.size() == 1);
}

TEST_CASE("an id index keeps every id while it grows") {
    // 5000 ids from a table of 8 slots: kept at most three quarters full, it doubles ten
    // times (8 -> 8192 slots, as 4 * 5000 > 3 * 4096), and each id must still be found at
    // its own position.
    std::vector<std::string> ids;
    for (int i = 0; i < 5000; ++i) ids.push_back("task." + std::to_string(i));
    IdIndex index;
    for (std::size_t i = 0; i < ids.size(); ++i) REQUIRE(index.insert(ids[i], i));
    bool all_found = true;
    for (std::size_t i = 0; i < ids.size(); ++i) all_found = all_found && index.find(ids[i]) == i;
    CHECK(all_found);
    CHECK_FALSE(index.find("task.5000"));
    CHECK(index.size() == 5000);
}

TEST_CASE("reserving first changes nothing that is found") {
    IdIndex index;
    index.reserve(3);
    CHECK(index.insert("x", 7));
    index.reserve(1000);  // grows and moves "x"
    CHECK(index.find("x") == 7u);
    CHECK_FALSE(index.find("y"));
}
