// plankit: turns a strategic plan into what a planning office runs. This file only
// parses the command line and hands over to the subcommands (cli/cmd_*.cpp).
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "command.h"
#include "display_text.h"

namespace {

struct Subcommand {
    const char* name;
    plankit::cli::Command (*setup)(CLI::App&);
};

// The subcommands in the order `--help` lists them.
const Subcommand kSubcommands[] = {
    {"check", plankit::cli::setup_check},         {"gaps", plankit::cli::setup_gaps},
    {"decompose", plankit::cli::setup_decompose}, {"forms", plankit::cli::setup_forms},
    {"score", plankit::cli::setup_score},
    {"explain", plankit::cli::setup_explain},     {"history", plankit::cli::setup_history},
    {"report", plankit::cli::setup_report},       {"graph", plankit::cli::setup_graph},
    {"diff", plankit::cli::setup_diff},
};

// "did you mean" for a mistyped subcommand: CLI11 only says the word is extra.
int unknown_subcommand(const std::string& word) {
    std::vector<std::string> names;
    for (const auto& s : kSubcommands) names.push_back(s.name);
    std::string msg = "plankit: error: unknown command '" + plankit::display_text(word) + "'";
    if (auto near = plankit::nearest_word(word, names)) msg += "; did you mean '" + *near + "'?";
    std::fprintf(stderr, "%s\nRun 'plankit --help' for the list of commands.\n", msg.c_str());
    return plankit::cli::kExitInputError;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"plankit: check a strategic plan, find its gaps, break it down for the units "
                 "that carry it out, and score each year against it."};
    app.set_version_flag("--version", std::string("plankit ") + PLANKIT_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);
    std::vector<plankit::cli::Command> commands;
    for (const auto& s : kSubcommands) commands.push_back(s.setup(app));

    if (argc >= 2 && argv[1][0] != '-') {
        bool known = false;
        for (const auto& s : kSubcommands) known = known || std::string(argv[1]) == s.name;
        if (!known) return unknown_subcommand(argv[1]);
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);  // prints CLI11's message
        return plankit::cli::kExitInputError;  // usage errors are input errors (cli.md)
    }
    // require_subcommand(1): exactly one was given.
    for (std::size_t i = 0; i < commands.size(); ++i) {
        if (app.got_subcommand(kSubcommands[i].name)) return commands[i]();
    }
    return plankit::cli::kExitInputError;
}
