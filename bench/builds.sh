#!/usr/bin/env bash
# Two or more builds of driftview on the same command, their runs interleaved so that a
# machine whose speed drifts (a shared VM) slows every build alike; prints each build's
# median and fastest wall time and its ratio to the first build's.
#
#   bash bench/builds.sh [-r RUNS] BIN1 BIN2 [BIN3 ...] -- ARGS...
#
# ARGS default to the Bible report: report --format json kjv.txt web.txt from
# ${DRIFTVIEW_CORPUS:-../shared/corpus}.
set -euo pipefail
runs=15
if [ "${1:-}" = "-r" ]; then runs=$2; shift 2; fi
bins=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do bins+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
if [ ${#bins[@]} -lt 2 ]; then
  echo "usage: builds.sh [-r RUNS] BIN1 BIN2 [BIN...] [-- ARGS...]" >&2
  exit 2
fi
corpus=${DRIFTVIEW_CORPUS:-$(dirname "$0")/../../shared/corpus}
if [ $# -eq 0 ]; then set -- report --format json "$corpus/kjv.txt" "$corpus/web.txt"; fi
times=$(mktemp)
trap 'rm -f "$times"' EXIT
# One warm-up run each, then RUNS rounds, each build once per round.
for b in "${bins[@]}"; do "$b" "$@" >/dev/null 2>&1 || true; done
for _ in $(seq "$runs"); do
  for i in "${!bins[@]}"; do
    start=$(date +%s%N)
    "${bins[$i]}" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo "$i $(( (end - start) / 1000000 ))" >>"$times"
  done
done
python3 - "$times" "${bins[@]}" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
bins = sys.argv[2:]
by = {i: sorted(int(ms) for k, ms in rows if int(k) == i) for i in range(len(bins))}
base = statistics.median(by[0])
for i, b in enumerate(bins):
    med = statistics.median(by[i])
    print(f"{b}: median {med:.0f} ms, fastest {by[i][0]} ms, {med / base:.2f}x the first")
EOF
