#!/usr/bin/env bash
# The yearly evaluation of a plan kept in its own repository: what the workflow
# plan-repo-github.yml runs, and what anyone can run by hand with plankit installed.
# Copy it to ci/evaluate.sh in the plan's repository.
#
#   bash ci/evaluate.sh                    # plan.yaml, progress/, into report/
#   PLAN=plans/district.yaml PROGRESS=records FAIL_BELOW=70 bash ci/evaluate.sh
#
# The year is the latest year the records name (--year latest): nothing to edit in January.
# Exit 0: all well; 1: the plan has defects (gaps) or the score is below FAIL_BELOW, after
# the report is written; 2: a file or the command line is wrong, nothing written.
set -uo pipefail
plan=${PLAN:-plan.yaml}
progress=${PROGRESS:-progress}
out=${OUT:-report}
fail_below=${FAIL_BELOW:-60}

plankit check "$plan" || exit $?
status=0
# Defects of the plan itself (a target nobody works on, a loop): kept beside the report.
plankit gaps "$plan" --format md -o gaps.md || status=$?
[ "$status" = 2 ] && exit 2
plankit report "$plan" --year latest --progress "$progress" --out "$out" --fail-below "$fail_below"
report_status=$?
[ "$report_status" = 2 ] && exit 2
[ "$report_status" = 0 ] || status=$report_status
# On GitHub the report shows on the run's summary page.
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$out/report.md" gaps.md >>"$GITHUB_STEP_SUMMARY"; fi
exit "$status"
