#!/usr/bin/env bash
# Times `driftview report` on degenerate inputs that once made a stage quadratic or heavy: a
# line of random quotation marks, a line of 200,000 numbers, a million full stops, 2,000,000
# one-word lines, one 10 MB word, a paragraph of 300,000 list markers, ... Each file is compared against a near copy of itself.
#
#   bench/pathological.sh [NAME...]        (default: all; needs python3 and GNU time)
set -u
cd "$(dirname "$0")/.."
cargo build --release --quiet || exit 2
# Fresh inputs every run, made by the generator below as it is now (a kept folder went stale
# when the generator changed).
DIR=$(mktemp -d "${TMPDIR:-/tmp}/driftview-pathological.XXXXXX")
trap 'rm -rf "$DIR"' EXIT
python3 - "$DIR" <<'PY'
import os, random, sys
out = sys.argv[1]
random.seed(7)
def word():
    return ''.join(random.choice('abcdefghijklmnop') for _ in range(random.randint(3, 8)))
cases = {
    'quote-storm': lambda: ''.join(random.choice('“”«»„"‘’「」 ab') for _ in range(600_000)),
    'numbers-line': lambda: ' '.join(str(i) for i in range(200_000)),
    'full-stops': lambda: '.' * 1_000_000,
    'initials': lambda: 'A. ' * 300_000,
    'names': lambda: ' '.join(word().capitalize() + ' ' + word().capitalize() for _ in range(60_000)),
    'hedges': lambda: ' '.join(random.choice(['may', 'not', 'never', 'short of', 'refused to']) for _ in range(150_000)),
    'one-word-lines': lambda: '\n'.join(random.choice(['alpha', 'beta', 'gamma', 'delta', 'eps']) + str(i % 1000) for i in range(2_000_000)),
    'ten-mb-word': lambda: 'x' * 10_000_000,
    'list-markers': lambda: ' '.join(f'{i % 999 + 1}.' for i in range(300_000)),
}
for name, make in cases.items():
    path = os.path.join(out, name + '.txt')
    text = make()
    third = len(text) // 3
    near = text[:third] + ' inserted words “quoted” 12 not ' + text[third:]
    open(path, 'w').write(text)
    open(os.path.join(out, name + '-2.txt'), 'w').write(near)
PY
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(quote-storm numbers-line full-stops initials names hedges one-word-lines ten-mb-word list-markers)
printf '%-16s %10s %10s %9s\n' input bytes seconds "peak MiB"
failed=0
for n in "${names[@]}"; do
  a="$DIR/$n.txt"; b="$DIR/$n-2.txt"
  [ -f "$a" ] || { echo "$n: no such input"; failed=1; continue; }
  /usr/bin/time -o "$DIR/time.txt" -f '%e %M' ./target/release/driftview report "$a" "$b" --format json > /dev/null 2> "$DIR/err.txt"
  code=$?
  stats=$(tail -1 "$DIR/time.txt")
  # 0 (same) and 1 (different) are answers; anything else is a failure, shown with its reason.
  if [ "$code" -gt 1 ]; then
    printf '%-16s FAILED (exit %s): %s\n' "$n" "$code" "$(head -1 "$DIR/err.txt")"
    failed=1
    continue
  fi
  printf '%-16s %10s %10s %9s\n' "$n" "$(wc -c < "$a")" "${stats% *}" "$(( ${stats#* } / 1024 ))"
done
exit "$failed"
