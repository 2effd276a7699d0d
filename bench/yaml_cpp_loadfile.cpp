// The yardstick for `bench/run`: a bare yaml-cpp `LoadFile` of one file, nothing else.
// plankit's `check` and `gaps` are measured against this on the same plan, in the same run.
#include <cstdio>
#include <exception>

#include <yaml-cpp/yaml.h>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: yaml_cpp_loadfile FILE\n");
        return 2;
    }
    try {
        const YAML::Node root = YAML::LoadFile(argv[1]);
        // Touch the result so the load cannot be optimised away.
        std::printf("%zu top-level entries\n", root.size());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "yaml_cpp_loadfile: %s\n", e.what());
        return 2;
    }
    return 0;
}
