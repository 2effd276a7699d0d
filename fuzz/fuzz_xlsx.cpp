// Fuzz target: the .xlsx progress reader against the seed plan, at both of its layers.
// An input starting with `PK` is a zip as it is (the archive layer: sizes, entries,
// damage). Any other input is the XML of a workbook: its first lines are the first sheet,
// and a marker line `#@ NAME` starts another part (xl/sharedStrings.xml, xl/workbook.xml,
// ...); the parts missing are filled in with a minimal workbook's, and the whole is zipped
// here, so the fuzzer reaches the XML readers without having to forge a zip first.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "file_source.h"
#include "fuzz_input.h"
#include "fuzz_seed_plan.h"
#include "plan_loader.h"
#include "progress_loader.h"
#include "workbook_fixture.h"
#include "workbook_sheet.h"

namespace {

std::string workbook_of_parts(const std::uint8_t* data, std::size_t size) {
    auto parts = plankit::fuzz::split_files(data, size, "xl/worksheets/sheet1.xml");
    auto have = [&](const std::string& name) {
        for (const auto& [n, bytes] : parts)
            if (n == name) return true;
        return false;
    };
    if (!have("xl/workbook.xml")) parts.emplace_back("xl/workbook.xml", plankit::testing::kWorkbookXml);
    if (!have("xl/_rels/workbook.xml.rels")) parts.emplace_back("xl/_rels/workbook.xml.rels", plankit::testing::kRelsXml);
    return plankit::testing::make_zip(parts);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes = size >= 2 && data[0] == 'P' && data[1] == 'K'
                            ? std::string(reinterpret_cast<const char*>(data), size)
                            : workbook_of_parts(data, size);
    // The sheet alone: rows must come in with cells no wider than Excel's.
    plankit::ZipLimits limits;
    limits.max_entry_bytes = 8u << 20;
    limits.max_total_bytes = 16u << 20;
    auto error = plankit::read_first_sheet(bytes, limits, [](const plankit::SheetRow& row) {
        if (row.row < 1 || row.cells.size() > 16384) __builtin_trap();
    });
    if (error && error->message.empty()) __builtin_trap();
    // And through the loader, as `score --progress form.xlsx` reads it.
    plankit::MemoryFiles files;
    files.add("form.xlsx", bytes);
    plankit::Diagnostics diags;
    plankit::LoadOptions opts;
    opts.max_input_bytes = 1 << 20;
    auto progress = plankit::load_progress(plankit::fuzz::seed_plan(), {"form.xlsx"}, files, diags, opts);
    if (progress.has_value() == !diags.empty()) __builtin_trap();
    (void)plankit::format_errors(diags);
    return 0;
}
