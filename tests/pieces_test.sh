#!/usr/bin/env bash
# Parsing in pieces end to end (yaml_cuts.h): a generated plan above the 1 MiB threshold is
# cut into several pieces by the real command, and every command's output and exit code
# are byte for byte those of a parse in one piece.
#   tests/pieces_test.sh PLANKIT
set -u
bin=${1:?usage: pieces_test.sh PLANKIT}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

pass() { passed=$((passed+1)); }
fail() { echo "FAIL $1"; failed=$((failed+1)); }

/usr/bin/python3 "$root/bench/generate.py" --tasks 4000 --seed 12 --out "$tmp/gen" || exit 2
plan=$tmp/gen/plan.yaml
size=$(stat -c %s "$plan")
if [ "$size" -ge $((1 << 20)) ]; then pass; else fail "the plan has $size bytes, under 1 MiB"; fi

# Four threads cut the plan even on one core; the count is read from --parse-stats.
NO_COLOR=1 "$bin" check "$plan" --parse-threads 4 --parse-stats >/dev/null 2>"$tmp/stats"
pieces=$(sed -n 's/^plankit: plan parsed in \([0-9]*\) pieces$/\1/p' "$tmp/stats")
if [ "${pieces:-0}" -ge 3 ]; then pass; else fail "parsed in '${pieces:-?}' pieces, not cut"; fi
NO_COLOR=1 "$bin" check "$plan" --parse-threads 1 --parse-stats >/dev/null 2>"$tmp/stats"
if grep -qx 'plankit: plan parsed in 1 pieces' "$tmp/stats"; then pass; else fail "one thread still cut"; fi

# same NAME ARGS...: the command run on the plan in pieces and whole gives the same output.
same() {
  local name=$1; shift
  local t
  for t in 1 4; do
    (cd "$tmp/gen" && NO_COLOR=1 "$bin" "$@" --parse-threads "$t" >"$tmp/$name.$t.out" 2>"$tmp/$name.$t.err")
    echo $? >"$tmp/$name.$t.exit"
  done
  if cmp -s "$tmp/$name.1.out" "$tmp/$name.4.out" && cmp -s "$tmp/$name.1.err" "$tmp/$name.4.err" &&
     cmp -s "$tmp/$name.1.exit" "$tmp/$name.4.exit" && [ -s "$tmp/$name.1.out" ]; then
    pass
  else
    fail "$name: output in pieces differs from the whole parse"
  fi
}

same check check plan.yaml --format json
same gaps gaps plan.yaml --format json --fail-on never
same decompose decompose plan.yaml --format json
same graph graph plan.yaml --format json
same score score plan.yaml --year 2023 --progress progress --format json
same score-text score plan.yaml --year 2023 --progress progress --color never

echo "pieces: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
