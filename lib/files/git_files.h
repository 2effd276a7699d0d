// Files as a git revision holds them (`plankit diff PLAN --against REV`): each read is a
// `git show REV:./NAME` run in the file's folder, so relative paths and includes resolve
// as they do on disk. git is run directly, never through a shell.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "file_source.h"

namespace plankit {

// What a program printed and how it ended; `error` is set when it could not be started.
struct ProgramRun {
    int status = -1;  // the exit status, or -1 when it did not exit normally
    std::string out, err;
    std::string error;
};

// Runs `argv[0]` (looked up in PATH) with `argv`, in `dir` when not empty.
ProgramRun run_program(const std::vector<std::string>& argv, const std::string& dir = {});

class GitFiles : public FileSource {
public:
    explicit GitFiles(std::string revision) : revision_(std::move(revision)) {}
    FileRead read(const std::string& path, std::uint64_t max_bytes) const override;
    bool is_directory(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    std::vector<std::string> list(const std::string& dir) const override;

private:
    std::optional<std::string> object_type(const std::string& path) const;
    std::string revision_;
};

// Why `revision` cannot be read in the repository holding `path` (git missing, not a
// repository, no such revision), or nullopt when it can.
std::optional<std::string> git_revision_problem(const std::string& path, const std::string& revision);

}  // namespace plankit
