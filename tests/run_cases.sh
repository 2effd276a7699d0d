#!/usr/bin/env bash
# End-to-end cases: runs the real binary on real files and compares whole outputs.
#   tests/run_cases.sh PLANKIT [CASE_DIR...]
# A case is a folder tests/cases/<command>/<case>/ holding `args` (one line: the arguments,
# word-split by the shell, run inside the case folder), its input files, and the expected
# `stdout`, `stderr` (absent = must be empty) and `exit` (absent = 0).
# PLANKIT_REGENERATE=1 rewrites the expected files from the current output instead (after
# a deliberate change; read the diff before committing it).
set -u
bin=${1:?usage: run_cases.sh PLANKIT [CASE_DIR...]}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
here=$(cd "$(dirname "$0")" && pwd)
shift
if [ $# -gt 0 ]; then dirs=("$@"); else mapfile -t dirs < <(find "$here/cases" -name args -printf '%h\n' | LC_ALL=C sort); fi
passed=0 failed=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for dir in "${dirs[@]}"; do
  name=${dir#"$here/cases/"}
  args=$(cat "$dir/args")
  # shellcheck disable=SC2086
  (cd "$dir" && NO_COLOR=1 TZ=UTC LC_ALL=C.UTF-8 eval "\"$bin\" $args" >"$tmp/out" 2>"$tmp/err" </dev/null); got=$?
  if [ "${PLANKIT_REGENERATE:-}" = 1 ]; then
    cp "$tmp/out" "$dir/stdout"
    if [ -s "$tmp/err" ]; then cp "$tmp/err" "$dir/stderr"; else rm -f "$dir/stderr"; fi
    if [ "$got" != 0 ]; then echo "$got" >"$dir/exit"; else rm -f "$dir/exit"; fi
    continue
  fi
  want=0; [ -f "$dir/exit" ] && want=$(cat "$dir/exit")
  ok=1
  [ "$got" = "$want" ] || { echo "FAIL $name: exit $got, expected $want"; ok=0; }
  if [ -f "$dir/stdout" ]; then
    diff -u "$dir/stdout" "$tmp/out" >"$tmp/d" || { echo "FAIL $name: stdout differs"; head -40 "$tmp/d"; ok=0; }
  elif [ -s "$tmp/out" ]; then echo "FAIL $name: unexpected stdout"; head -5 "$tmp/out"; ok=0; fi
  if [ -f "$dir/stderr" ]; then
    diff -u "$dir/stderr" "$tmp/err" >"$tmp/d" || { echo "FAIL $name: stderr differs"; head -40 "$tmp/d"; ok=0; }
  elif [ -s "$tmp/err" ]; then echo "FAIL $name: unexpected stderr"; head -5 "$tmp/err"; ok=0; fi
  if [ $ok = 1 ]; then passed=$((passed+1)); else failed=$((failed+1)); fi
done
[ "${PLANKIT_REGENERATE:-}" = 1 ] && { echo "regenerated ${#dirs[@]} cases"; exit 0; }
echo "cases: $passed passed, $failed failed"
[ "$failed" = 0 ]
