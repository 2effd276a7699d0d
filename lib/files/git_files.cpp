#include "git_files.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sstream>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace plankit {
namespace {

// Reads both pipes until both close, so that neither can fill up and stall the child.
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
    pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    std::string* sinks[2] = {&out, &err};
    int open = 2;
    char buf[65536];
    while (open > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                sinks[i]->append(buf, static_cast<std::size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
}

std::string folder_of(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string name_of(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Where to run git for a path and the name to ask it for: the file's folder, or when the
// working copy no longer has that folder (renamed since REV), its nearest existing
// ancestor with the missing folders put before the name.
struct GitPlace {
    std::string dir, name;
};
GitPlace place_of(const std::string& path) {
    GitPlace p{folder_of(path), name_of(path)};
    std::error_code ec;
    while (p.dir != "." && p.dir != "/" && !std::filesystem::is_directory(p.dir, ec)) {
        p.name = name_of(p.dir) + "/" + p.name;
        p.dir = folder_of(p.dir);
    }
    return p;
}

// `REV:./NAME`, which git reads relative to the folder it runs in.
std::string object(const std::string& revision, const std::string& name) { return revision + ":./" + name; }

std::string first_line(const std::string& s) {
    std::string line = s.substr(0, s.find('\n'));
    const std::string fatal = "fatal: ";
    return line.rfind(fatal, 0) == 0 ? line.substr(fatal.size()) : line;
}

}  // namespace

ProgramRun run_program(const std::vector<std::string>& argv, const std::string& dir) {
    ProgramRun run;
    int out_pipe[2], err_pipe[2];
    if (::pipe2(out_pipe, O_CLOEXEC) != 0) return run.error = std::strerror(errno), run;
    if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
        ::close(out_pipe[0]);
        ::close(out_pipe[1]);
        return run.error = std::strerror(errno), run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    if (!dir.empty()) posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);
    if (rc != 0) {
        ::close(out_pipe[0]);
        ::close(err_pipe[0]);
        run.error = std::strerror(rc);
        return run;
    }
    drain(out_pipe[0], err_pipe[0], run.out, run.err);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

FileRead GitFiles::read(const std::string& path, std::uint64_t max_bytes) const {
    const GitPlace at = place_of(path);
    auto run = run_program({"git", "show", "--end-of-options", object(revision_, at.name)}, at.dir);
    if (!run.error.empty()) return {std::nullopt, "cannot run git: " + run.error};
    if (run.status != 0) return {std::nullopt, "not in " + revision_ + ": " + first_line(run.err)};
    if (run.out.size() > max_bytes) return {std::nullopt, "larger than the input limit"};
    return {std::move(run.out), {}};
}

std::optional<std::string> GitFiles::object_type(const std::string& path) const {
    const GitPlace at = place_of(path);
    auto run = run_program({"git", "cat-file", "-t", "--end-of-options", object(revision_, at.name)}, at.dir);
    if (!run.error.empty() || run.status != 0) return std::nullopt;
    return run.out.substr(0, run.out.find('\n'));
}

bool GitFiles::is_directory(const std::string& path) const { return object_type(path) == "tree"; }

bool GitFiles::exists(const std::string& path) const { return object_type(path).has_value(); }

std::vector<std::string> GitFiles::list(const std::string& dir) const {
    const GitPlace place = dir == "." ? GitPlace{".", ""} : place_of(dir);
    auto run = run_program({"git", "ls-tree", "-z", "--end-of-options", object(revision_, place.name)}, place.dir);
    std::vector<std::string> names;
    if (!run.error.empty() || run.status != 0) return names;
    // Each entry: `MODE TYPE OBJECT\tNAME\0`.
    std::size_t at = 0;
    while (at < run.out.size()) {
        const auto end = run.out.find('\0', at);
        const std::string entry = run.out.substr(at, end - at);
        at = end == std::string::npos ? run.out.size() : end + 1;
        const auto tab = entry.find('\t');
        if (tab != std::string::npos && entry.find(" blob ") != std::string::npos) names.push_back(entry.substr(tab + 1));
    }
    return names;
}

std::optional<std::string> git_revision_problem(const std::string& path, const std::string& revision) {
    auto run = run_program({"git", "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"},
                           folder_of(path));
    if (!run.error.empty()) return "cannot run git in " + folder_of(path) + ": " + run.error;
    if (run.status == 0) return std::nullopt;
    auto top = run_program({"git", "rev-parse", "--show-toplevel"}, folder_of(path));
    if (top.status != 0) return folder_of(path) + " is not in a git repository";
    return "no revision '" + revision + "' in the repository at " + top.out.substr(0, top.out.find('\n'));
}

}  // namespace plankit
