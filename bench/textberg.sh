#!/usr/bin/env bash
# Sentence alignment on the Text+Berg German-French benchmark (tests/data/textberg: the dev
# document and the seven test documents with their gold links), scored as the published
# aligners are (strict and lax F1, examples/ladder_score.rs):
#
#   bash bench/textberg.sh [BIN] [-- DRIVER_ARGS...]
#
# BIN defaults to target/release/driftview. Each document is compared with `report
# --segmented --format ladder --lang de,fr` and any further arguments (`--dictionary none`,
# `--dictionary /usr/share/dictd/freedict-deu-fra.index`). Prints dev alone, then the seven
# test documents together (tune on dev, report test).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/target/release/driftview}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
data="$root/tests/data/textberg"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --release --quiet --example ladder_score --manifest-path "$root/Cargo.toml"
score="$root/target/release/examples/ladder_score"
align() {
  local name=$1
  shift
  "$bin" report "$data/$name.de" "$data/$name.fr" --segmented --format ladder \
    --lang de,fr --no-pager "$@" > "$out/$name.ladder" || [ $? -eq 1 ]
}
for doc in dev test0 test1 test2 test3 test4 test5 test6; do
  align "$doc" "$@"
done
echo "dev:"
"$score" "$data/dev.defr" "$out/dev.ladder"
pairs=()
for k in 0 1 2 3 4 5 6; do pairs+=("$data/test$k.defr" "$out/test$k.ladder"); done
echo "test0-test6:"
"$score" "${pairs[@]}"
