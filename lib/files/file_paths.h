// Paths as text, the way the loaders name the files they read and report them: `/`
// separated, relative to the folder of the file that names them.
#pragma once

#include <string>

namespace plankit {

// Like Python's posixpath.normpath: drops `.` and empty parts, folds `dir/..`.
std::string normpath(const std::string& path);

// The folder part of `path` ("" for a bare name, "/" for a file at the root).
std::string dirname(const std::string& path);

// `path` inside `dir`: `path` itself when absolute or when `dir` is empty.
std::string join_path(const std::string& dir, const std::string& path);

}  // namespace plankit
