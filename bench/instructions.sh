#!/usr/bin/env bash
# Instructions each build of driftview executes on the same command, counted by valgrind's
# cachegrind (no cache simulation): a measure of the work done that does not wander with the
# machine's speed, as wall times here do by a tenth from one minute to the next. It leaves
# out what instructions do not show (cache misses, page faults, how well two cores are used),
# so it stands beside `builds.sh`'s wall times, not in place of them.
#
#   bash bench/instructions.sh BIN1 [BIN2 ...] [-- ARGS...]
#
# ARGS default to the Bible report: report --format json kjv.txt web.txt from
# ${DRIFTVIEW_CORPUS:-../shared/corpus}. Each build takes about 30 s (valgrind runs it on one
# core, some thirty times slower).
set -euo pipefail
bins=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do bins+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
if [ ${#bins[@]} -lt 1 ]; then
  echo "usage: instructions.sh BIN1 [BIN2 ...] [-- ARGS...]" >&2
  exit 2
fi
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind" >&2; exit 2; }
corpus=${DRIFTVIEW_CORPUS:-$(dirname "$0")/../../shared/corpus}
if [ $# -eq 0 ]; then set -- report --format json "$corpus/kjv.txt" "$corpus/web.txt"; fi
first=""
for b in "${bins[@]}"; do
  # A report with findings exits 1 (as diff does): the count is read either way.
  refs=$({ valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$b" "$@" 2>&1 >/dev/null || true; } | awk '/I *refs:/ { gsub(",", "", $4); print $4 }')
  [ -z "$first" ] && first=$refs
  awk -v b="$b" -v r="$refs" -v f="$first" 'BEGIN { printf "%s: %.3fG instructions, %.3fx the first\n", b, r / 1e9, r / f }'
done
