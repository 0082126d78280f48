#!/usr/bin/env bash
# Three versions against two pairs, in one run: the whole-Bible round trip (KJV original,
# Reina-Valera 1909 translation, WEB as back-translation) against the two pair reports it is
# made of, time (hyperfine) and peak memory (GNU time); then the rows' verse-truth
# (examples/roundtrip_check). Needs ../shared/corpus, hyperfine and GNU time.
# Usage: bench/versions.sh [BIN]   (default: target/release/driftview)
set -eu
bin=$(realpath "${1:-target/release/driftview}")
c=$(realpath "${CORPUS:-../shared/corpus}")
hyperfine -i -w 1 -r "${RUNS:-8}" -N --output=null \
  "$bin report $c/kjv.txt $c/rv1909.txt $c/web.txt --format json --no-pager" \
  "$bin report $c/kjv.txt $c/rv1909.txt --format json --no-pager" \
  "$bin report $c/kjv.txt $c/web.txt --format json --no-pager"
for args in "$c/kjv.txt $c/rv1909.txt $c/web.txt" "$c/kjv.txt $c/rv1909.txt" "$c/kjv.txt $c/web.txt"; do
  # shellcheck disable=SC2086
  /usr/bin/time -f "peak %M KB, %e s: report $(echo $args | sed "s|$c/||g")" "$bin" report $args --format json --no-pager > /dev/null || true
done
cargo build -q --release --example roundtrip_check
for part in genesis-lines "lines"; do
  case $part in genesis-lines) kjv=kjv-genesis.txt rv=rv1909-genesis.txt web=web-genesis.txt ;;
                lines) kjv=kjv.txt rv=rv1909.txt web=web.txt ;; esac
  lines=${part}.txt
  target/release/examples/roundtrip_check "$c/kjv-$lines" "$c/rv1909-$lines" "$c/web-$lines" "$c/$kjv" "$c/$rv" "$c/$web"
done
