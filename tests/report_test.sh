#!/usr/bin/env bash
# End-to-end tests of `plankit report`: runs it into a temporary folder and compares every
# file it writes with tests/golden/report/<case>/ byte for byte, then checks that a refused
# or failed run writes nothing.
#   tests/report_test.sh PLANKIT
# PLANKIT_REGENERATE=1 rewrites the golden files from the current output instead (after a
# deliberate change; read every file before committing it).
set -u
bin=${1:?usage: report_test.sh PLANKIT}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
root=$(cd "$(dirname "$0")/.." && pwd)
golden=$root/tests/golden/report
small=tests/report/small
tmp=$(mktemp -d); trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
passed=0 failed=0

pass() { passed=$((passed+1)); }
fail() { echo "FAIL $1"; failed=$((failed+1)); }

# Runs plankit from the repository root (paths in the output are then relative to it).
run() { (cd "$root" && NO_COLOR=1 TZ=UTC LC_ALL=C.UTF-8 "$bin" "$@" </dev/null); }

# check_case NAME GOLDEN EXIT ARGS...: runs `report ARGS --out TMP/NAME`, expects exit
# EXIT and the files of tests/golden/report/GOLDEN.
check_case() {
  local name=$1 gold=$2 want=$3; shift 3
  local out=$tmp/$name
  run report "$@" --out "$out" >"$tmp/$name.stdout" 2>"$tmp/$name.stderr"; local got=$?
  if [ "${PLANKIT_REGENERATE:-}" = 1 ]; then
    rm -rf "${golden:?}/$gold"; mkdir -p "$golden/$gold"; cp "$out"/* "$golden/$gold/"; return
  fi
  [ "$got" = "$want" ] || { fail "$name: exit $got, expected $want"; cat "$tmp/$name.stderr"; return; }
  [ -s "$tmp/$name.stdout" ] && { fail "$name: unexpected stdout"; return; }
  # stderr says, in one line, where the report went and every file it holds.
  local said ok=1 f
  said=$(cat "$tmp/$name.stderr")
  [ "$(wc -l <"$tmp/$name.stderr")" = 1 ] && [[ "$said" == "plankit: "*"$out"* ]] ||
    { fail "$name: stderr is not the one line naming $out"; head -5 "$tmp/$name.stderr"; return; }
  for f in $(ls "$out"); do
    [[ "$said" == *"$f"* ]] || { fail "$name: stderr does not name $f: $said"; return; }
  done
  # The same file names as the golden folder, and the same bytes in each.
  if [ "$(ls "$out")" != "$(ls "$golden/$gold")" ]; then
    echo "FAIL $name: files $(ls "$out" | tr '\n' ' '), expected $(ls "$golden/$gold" | tr '\n' ' ')"; ok=0
  fi
  for f in $(ls "$golden/$gold"); do
    if ! cmp -s "$golden/$gold/$f" "$out/$f"; then
      echo "FAIL $name/$f differs:"; diff -u "$golden/$gold/$f" "$out/$f" | head -30; ok=0
    fi
  done
  if [ $ok = 1 ]; then pass; else failed=$((failed+1)); fi
}

check_case small small 0 $small/plan.yaml --year 2023 --progress $small/progress
check_case small-zh small-zh 0 $small/plan.yaml --year 2023 --progress $small/progress --lang zh --bom
# The same files when the score fails --fail-below: the report is written, exit 1.
check_case small-fail-below small 1 $small/plan.yaml --year 2023 --progress $small/progress --fail-below 90
check_case seed-2024 seed-2024 0 plans/cq-cast-14fyp.yaml --year 2024 --progress examples/progress --fail-below 60
# --year latest: the latest year the records name, 2024 (examples/progress/2024*.{yaml,csv}).
check_case seed-latest seed-2024 0 plans/cq-cast-14fyp.yaml --year latest --progress examples/progress --fail-below 60
# The mid-term evaluation (the third year): classes, and the years so far side by side.
check_case seed-2023 seed-2023 0 plans/cq-cast-14fyp.yaml --year 2023 --progress examples/progress
# A year with contributions adds contributions.csv: each allocated unit's part.
check_case contributions contributions 0 tests/cases/score/contributions-text/plan.yaml --year 2022 \
  --progress tests/cases/score/contributions-text/progress
# The first year has no history.csv and no history section.
check_case seed-2021 seed-2021 0 plans/cq-cast-14fyp.yaml --year 2021 --progress examples/progress
# A scenario: every file named scenario-…, the banner and what moved in the report.
check_case seed-2024-scenario seed-2024-scenario 0 plans/cq-cast-14fyp.yaml --year 2024 --progress examples/progress \
  --assume task:13=done --assume target:journals=3
[ "${PLANKIT_REGENERATE:-}" = 1 ] && { echo "regenerated"; exit 0; }

# expect_refused NAME DIR ARGS...: the run exits 2, says why on stderr and writes nothing.
expect_refused() {
  local name=$1 dir=$2; shift 2
  local before; before=$(cd "$root" && find "$dir" -exec stat -c '%n %s %Y' {} + 2>/dev/null | sort)
  run report "$@" --out "$dir" >"$tmp/out" 2>"$tmp/err"; local got=$?
  local after; after=$(cd "$root" && find "$dir" -exec stat -c '%n %s %Y' {} + 2>/dev/null | sort)
  if [ "$got" != 2 ]; then fail "$name: exit $got, expected 2"
  elif ! [ -s "$tmp/err" ]; then fail "$name: no message"
  elif [ "$before" != "$after" ]; then fail "$name: the folder changed"
  else pass; fi
}

# An --out that is, or holds, an input is refused before anything is written.
expect_refused out-is-plan-folder $small $small/plan.yaml --year 2023 --progress $small/progress
expect_refused out-is-progress-folder $small/progress $small/plan.yaml --year 2023 --progress $small/progress
expect_refused out-holds-inputs tests/report $small/plan.yaml --year 2023 --progress $small/progress
expect_refused out-is-plan-file $small/plan.yaml $small/plan.yaml --year 2023 --progress $small/progress

# A folder named like one of the files is in the way: nothing at all is written, and a
# folder the run created is gone again.
mkdir -p "$tmp/blocked/summary.json"
run report $small/plan.yaml --year 2023 --progress $small/progress --out "$tmp/blocked" >/dev/null 2>"$tmp/err"; got=$?
if [ "$got" = 2 ] && [ "$(ls -A "$tmp/blocked")" = summary.json ] && [ -z "$(ls -A "$tmp/blocked/summary.json")" ]; then pass
else fail "blocked: exit $got, left $(ls -A "$tmp/blocked" | tr '\n' ' ')"; fi

# A folder that cannot be written to (read-only; root ignores that, so only for others).
if [ "$(id -u)" != 0 ]; then
  mkdir -p "$tmp/readonly"; chmod a-w "$tmp/readonly"
  run report $small/plan.yaml --year 2023 --progress $small/progress --out "$tmp/readonly" >/dev/null 2>"$tmp/err"; got=$?
  if [ "$got" = 2 ] && [ -z "$(ls -A "$tmp/readonly")" ]; then pass; else fail "readonly: exit $got"; fi
fi

# A missing folder is created, with its parents.
run report $small/plan.yaml --year 2023 --progress $small/progress --out "$tmp/new/deeper" >/dev/null 2>&1; got=$?
if [ "$got" = 0 ] && [ "$(ls "$tmp/new/deeper" | wc -l)" = 9 ]; then pass; else fail "new folder: exit $got"; fi

# Input errors: exit 2 and no folder made.
run report $small/plan.yaml --year 2023 --progress $small/missing.yaml --out "$tmp/bad" >/dev/null 2>&1; got=$?
if [ "$got" = 2 ] && [ ! -e "$tmp/bad" ]; then pass; else fail "bad input: exit $got"; fi

# A progress folder without progress files is an input error, not a year with nothing
# done: exit 2, and no folder made.
mkdir -p "$tmp/no-records"; echo "not a record" >"$tmp/no-records/notes.txt"
run report $small/plan.yaml --year 2023 --progress "$tmp/no-records" --out "$tmp/empty" >/dev/null 2>"$tmp/err"; got=$?
if [ "$got" = 2 ] && [ ! -e "$tmp/empty" ] && grep -q "no progress files" "$tmp/err"; then pass
else fail "progress folder without files: exit $got"; fi

# Two runs give the same bytes.
run report $small/plan.yaml --year 2023 --progress $small/progress --out "$tmp/again" >/dev/null 2>&1
if diff -r "$tmp/small" "$tmp/again" >/dev/null; then pass; else fail "a second run differs"; fi

echo "report: $passed passed, $failed failed"
[ "$failed" = 0 ]
