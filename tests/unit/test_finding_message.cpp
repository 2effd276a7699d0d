#include <doctest/doctest.h>

#include "finding_message.h"

using namespace plankit;

namespace {

GapFinding binding_missed(double actual, double expected) {
    return {"binding-target-missed", Severity::error, "target:t",
            {FindingArg::of_text("target", "t"), FindingArg::of_whole("year", 2024),
             FindingArg::of_exact("actual", actual), FindingArg::of_exact("expected", expected)},
            {}};
}

}  // namespace

TEST_CASE("compared figures in a message are rounded as the tables round them") {
    // 199/15 = 13.2666…: the tables show 13.27; 14 needs no decimals.
    std::string m = finding_message(binding_missed(199.0 / 15, 14), Lang::en);
    CHECK(m.find("13.27") != std::string::npos);
    CHECK(m.find("13.266") == std::string::npos);
}

TEST_CASE("figures that would read alike keep the decimals that tell them apart") {
    // 79.999 and 80 both read 80 at two decimals; at three they read 79.999 and 80.
    std::string m = finding_message(binding_missed(79.999, 80), Lang::en);
    CHECK(m.find("79.999") != std::string::npos);
    // 79.9999999 (7 nines) reads 80 up to 6 decimals and 79.9999999 at 7.
    m = finding_message(binding_missed(79.9999999, 80), Lang::en);
    CHECK(m.find("79.9999999") != std::string::npos);
}
