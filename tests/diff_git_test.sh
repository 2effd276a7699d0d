#!/usr/bin/env bash
# `plankit diff PLAN --against REV` end to end: a temporary git repository holds the seed
# plan and a plan split over includes; the working copies are then edited, and the diff
# against HEAD must show exactly the edits, the old includes read from the revision.
#   tests/diff_git_test.sh PLANKIT
set -u
bin=${1:?usage: diff_git_test.sh PLANKIT}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

pass() { passed=$((passed+1)); }
fail() { echo "FAIL $1"; failed=$((failed+1)); }
# expect NAME WANTED_EXIT GOT_EXIT
expect() { if [ "$3" = "$2" ]; then pass; else fail "$1: exit $3, expected $2"; fi; }

command -v git >/dev/null || { echo "FAIL git is not installed (scripts/setup installs it)"; exit 1; }
repo=$tmp/repo
mkdir -p "$repo/plans"
cp "$root/plans/cq-cast-14fyp.yaml" "$repo/plans/plan.yaml"
cd "$repo" || exit 2
git init -q . && git config user.email t@example.org && git config user.name t
cp -r "$root/tests/cases/diff/split-no-change/split" "$repo/split"
git add plans split && git commit -qm plan || exit 2
export NO_COLOR=1 LC_ALL=C.UTF-8

# Unchanged: exit 0, from the repository's root and from inside plans/.
"$bin" diff plans/plan.yaml --against HEAD >"$tmp/out" 2>"$tmp/err"; expect unchanged 0 $?
(cd plans && "$bin" diff plan.yaml --against HEAD >/dev/null 2>&1); expect "unchanged, inside plans/" 0 $?

# Task 13 moves to another department (its lead line only).
sed -i '/^  - id: "13"$/,/^    lead:/ s/^    lead: \[cast.academic\].*/    lead: [cast.org]/' plans/plan.yaml
"$bin" diff plans/plan.yaml --against HEAD --format json >"$tmp/out" 2>"$tmp/err"; expect edited 1 $?
grep -q '"file": "plans/plan.yaml@HEAD"' "$tmp/out" && pass || fail "old file not named plans/plan.yaml@HEAD"
grep -q '"subject": "task:13"' "$tmp/out" && pass || fail "task 13 not listed"
grep -q '"old": "cast.academic"' "$tmp/out" && grep -q '"new": "cast.org"' "$tmp/out" && pass ||
  fail "lead not shown as cast.academic → cast.org"
grep -q '"changed": 1' "$tmp/out" && pass || fail "not exactly one change"

# The includes renamed and merged in the working copy: read at HEAD, the same plan.
cat split/parts/more-work.yaml >>split/parts/people.yaml
sed -i '/^include:/d' split/parts/work.yaml && rm split/parts/more-work.yaml
git mv split/parts/people.yaml split/parts/units-and-late-tasks.yaml
sed -i 's|parts/people.yaml|parts/units-and-late-tasks.yaml|' split/plan.yaml
"$bin" diff split/plan.yaml --against HEAD >"$tmp/out" 2>"$tmp/err"; expect "includes moved" 0 $?
[ -s "$tmp/err" ] && fail "includes moved: $(cat "$tmp/err")"
# The old plan as committed reads its includes at HEAD: one of them edited now is no change.
sed -i 's/Train teachers/Train the teachers/' split/parts/work.yaml
"$bin" diff split/plan.yaml --against HEAD --format csv >"$tmp/out" 2>&1; expect "include edited" 1 $?
grep -q '^task:1.1,changed,title,Train teachers,Train the teachers' "$tmp/out" && pass || fail "include edit: $(cat "$tmp/out")"

# The includes' folder renamed in the working copy: the old plan still reads it at HEAD.
git reset -q --hard && git clean -qfd
git mv split/parts split/chapters && sed -i 's|parts/|chapters/|g' split/plan.yaml
"$bin" diff split/plan.yaml --against HEAD >"$tmp/out" 2>"$tmp/err"; expect "folder renamed" 0 $?
[ -s "$tmp/err" ] && fail "folder renamed: $(cat "$tmp/err")"

# A revision that does not exist, a folder outside any repository: exit 2, said clearly.
"$bin" diff plans/plan.yaml --against no-such-rev >/dev/null 2>"$tmp/err"; expect "no revision" 2 $?
grep -q "no revision 'no-such-rev'" "$tmp/err" && pass || fail "no clear error for a missing revision: $(cat "$tmp/err")"
mkdir -p "$tmp/outside" && cp plans/plan.yaml "$tmp/outside/"
GIT_CEILING_DIRECTORIES=$tmp "$bin" diff "$tmp/outside/plan.yaml" --against HEAD >/dev/null 2>"$tmp/err"
expect "not a repository" 2 $?
grep -q "not in a git repository" "$tmp/err" && pass || fail "no clear error outside a repository: $(cat "$tmp/err")"
# git missing from PATH.
PATH=/nonexistent "$bin" diff plans/plan.yaml --against HEAD >/dev/null 2>"$tmp/err"; expect "no git" 2 $?
grep -q "cannot run git" "$tmp/err" && pass || fail "no clear error without git: $(cat "$tmp/err")"
echo "diff-git: $passed passed, $failed failed"
[ "$failed" = 0 ]
