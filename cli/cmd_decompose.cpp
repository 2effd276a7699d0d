// `plankit decompose`: placeholder until the subcommand lands; it refuses to run.
#include <cstdio>

#include "command.h"

namespace plankit::cli {

void setup_decompose(CLI::App& app) {
    auto* cmd = app.add_subcommand("decompose", "(not available in this build)");
    cmd->allow_extras();
    cmd->callback([] {
        std::fprintf(stderr, "plankit: error: 'decompose' is not available in this build\n");
        exit_code() = 2;
    });
}

}  // namespace plankit::cli
