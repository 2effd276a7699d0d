#!/usr/bin/env bash
# The CI example for a plan in its own repository, run locally: makes the Debian package
# from the build folder (cpack), unpacks it into a temporary root, sets up a plan
# repository holding the seed plan and its example records, and runs
# examples/ci/plan-repo-evaluate.sh there with the packaged plankit first on PATH, as the
# workflow examples/ci/plan-repo-github.yml does after installing the package.
#   tests/ci_example_test.sh BUILD_DIR
set -u
build=$(cd "${1:?usage: ci_example_test.sh BUILD_DIR}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL $1"; failed=$((failed+1)); }

# The package: made, named after the version, depending on the libraries it links.
(cd "$tmp" && cpack -G DEB -B "$tmp/pkg" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1) ||
  { cat "$tmp/cpack.log"; fail "cpack"; exit 1; }
deb=$(ls "$tmp"/pkg/plankit_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { fail "no plankit_*.deb"; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libyaml-cpp libfmt libutf8proc libgvc6; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
dpkg-deb -x "$deb" "$tmp/root"
for f in usr/bin/plankit usr/share/plankit/schemas/plan.schema.json usr/share/doc/plankit/README.md \
         usr/share/doc/plankit/README.zh.md usr/share/doc/plankit/tutorial.md \
         usr/share/doc/plankit/examples/district/plan.yaml; do
  [ -e "$tmp/root/$f" ] || fail "the package lacks /$f"
done

# A plan repository of its own, as an office keeps it.
repo=$tmp/repo
mkdir -p "$repo/ci"
cp "$root/plans/cq-cast-14fyp.yaml" "$repo/plan.yaml"
cp -r "$root/examples/progress" "$repo/progress"
cp "$root/examples/ci/plan-repo-evaluate.sh" "$repo/ci/evaluate.sh"
(cd "$repo" && PATH="$tmp/root/usr/bin:$PATH" GITHUB_STEP_SUMMARY="$tmp/summary.md" LC_ALL=C.UTF-8 \
  bash ci/evaluate.sh >"$tmp/out" 2>"$tmp/err"); got=$?
[ "$got" = 0 ] || { fail "evaluate.sh exit $got"; cat "$tmp/err"; }
# --year latest found 2024, the latest year of examples/progress.
grep -q "2024" "$repo/report/report.md" 2>/dev/null || fail "report/report.md is not the 2024 report"
[ -f "$repo/gaps.md" ] || fail "gaps.md not written"
grep -q "2024" "$tmp/summary.md" 2>/dev/null || fail "the summary page does not show the report"

# The workflow calls that script, on a schedule and on pull requests, with the package cached.
python3 - "$root/examples/ci/plan-repo-github.yml" <<'PY' || fail "the workflow"
import sys, yaml
w = yaml.safe_load(open(sys.argv[1]))
on = w.get(True, w.get('on'))  # YAML 1.1 reads the key `on` as true
assert 'schedule' in on and 'pull_request' in on, on
steps = w['jobs']['evaluate']['steps']
runs = ' '.join(s.get('run', '') for s in steps)
assert 'bash ci/evaluate.sh' in runs and 'cpack -G DEB' in runs and 'apt-get install' in runs, runs
assert any(s.get('uses', '').startswith('actions/cache') for s in steps)
PY

[ $failed = 0 ] && echo "ci example: ok"
exit $((failed > 0))
