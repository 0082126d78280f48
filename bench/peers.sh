#!/usr/bin/env bash
# Times driftview against the tools a reviewer would otherwise run, on the same files, in one
# run: git's word diff, wdiff, dwdiff, delta, difftastic. Installs what it can from the package
# registries (apt, cargo) when run with --install, and skips whatever is missing.
#
#   bench/peers.sh [--install] [OLD NEW]     (default: the KJV/WEB Bible pair in ../shared/corpus)
#
# Needs hyperfine for timings and GNU time (/usr/bin/time) for peak memory.
set -u
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--install" ]; then
  shift
  if command -v apt-get >/dev/null; then
    apt-get install -y hyperfine wdiff dwdiff time >/dev/null 2>&1 || echo "apt-get could not install some peers"
  fi
  command -v delta >/dev/null || cargo install git-delta --locked >/dev/null 2>&1 || echo "could not install delta"
  command -v difft >/dev/null || cargo install difftastic --locked >/dev/null 2>&1 || echo "could not install difftastic"
fi
OLD=${1:-../shared/corpus/kjv.txt}
NEW=${2:-../shared/corpus/web.txt}
[ -f "$OLD" ] && [ -f "$NEW" ] || { echo "missing $OLD or $NEW"; exit 2; }
cargo build --release --quiet || exit 2
DV=./target/release/driftview
command -v hyperfine >/dev/null || { echo "hyperfine is needed (bench/peers.sh --install)"; exit 2; }

declare -a names cmds
add() { names+=("$1"); cmds+=("$2"); }
add "driftview report json" "$DV report '$OLD' '$NEW' --format json > /dev/null"
add "driftview diff (side by side)" "$DV diff '$OLD' '$NEW' --width 160 --color always > /dev/null"
command -v git >/dev/null && add "git diff --word-diff" "git diff --no-index --word-diff=plain '$OLD' '$NEW' > /dev/null"
command -v wdiff >/dev/null && add "wdiff" "wdiff '$OLD' '$NEW' > /dev/null"
command -v dwdiff >/dev/null && add "dwdiff" "dwdiff '$OLD' '$NEW' > /dev/null"
command -v delta >/dev/null && add "delta (side by side)" "git diff --no-index '$OLD' '$NEW' | delta --side-by-side --width 160 > /dev/null"
command -v difft >/dev/null && add "difftastic" "difft --color always '$OLD' '$NEW' > /dev/null"

echo "files: $OLD ($(wc -c < "$OLD") bytes), $NEW ($(wc -c < "$NEW") bytes); $(nproc) cores"
printf '%-30s %10s %10s %12s\n' tool "mean s" "± s" "peak MB"
for i in "${!names[@]}"; do
  json=$(mktemp)
  hyperfine --warmup 1 --runs "${RUNS:-5}" --ignore-failure --export-json "$json" "${cmds[$i]}" >/dev/null 2>&1
  read -r mean sd < <(python3 -c "import json,sys; r=json.load(open('$json'))['results'][0]; print(f\"{r['mean']:.3f} {r['stddev'] or 0:.3f}\")")
  peak=$( { /usr/bin/time -f "%M" bash -c "${cmds[$i]}" ; } 2>&1 >/dev/null | tail -1)
  printf '%-30s %10s %10s %12s\n' "${names[$i]}" "$mean" "$sd" "$((peak / 1024))"
  rm -f "$json"
done
if command -v wdiff >/dev/null; then
  echo
  echo "words in common (wdiff -s):"
  wdiff -s123 "$OLD" "$NEW" | tail -2
  echo "git word diff: words in common:"
  git diff --no-index --word-diff=porcelain "$OLD" "$NEW" | awk '/^ /{c+=NF} /^-/{d+=NF} /^\+/{a+=NF} END {printf "  %d common, %d deleted, %d inserted words: %.1f%% of all words common\n", c, d, a, 200*c/(2*c+d+a)}'
fi
echo "driftview: $($DV report "$OLD" "$NEW" --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print(f\"similarity (words in common) {d['similarity']*100:.1f}%, {len(d['rows'])} rows\")")"
