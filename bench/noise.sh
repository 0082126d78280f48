#!/usr/bin/env bash
# Findings per 1,000 words (both sides' words), by kind, on the pairs a reviewer meets: the
# samples' round trips, four license revisions and KJV against WEB. Needs
# /usr/share/common-licenses and ../shared/corpus for the last two.
# Usage: bench/noise.sh [BIN]   (default: target/release/driftview)
set -eu
bin=${1:-target/release/driftview}
samples=assets/samples
lic=/usr/share/common-licenses
corpus=${CORPUS:-../shared/corpus}
pairs=(
  "$samples/02-putin-wants-to-meet-biden-version-b.txt $samples/01-putin-wants-to-meet-biden-version-a.txt"
  "$samples/02-putin-wants-to-meet-biden-version-b.txt $samples/03-putin-wants-to-meet-biden-version-c.txt"
  "$lic/LGPL-2 $lic/LGPL-2.1"
  "$lic/GFDL-1.2 $lic/GFDL-1.3"
  "$lic/GPL-2 $lic/GPL-3"
  "$lic/MPL-1.1 $lic/MPL-2.0"
  "$corpus/kjv.txt $corpus/web.txt"
)
printf '%-22s %7s %6s %6s  %s\n' pair words per-1k shown "by kind (all severities)"
for pair in "${pairs[@]}"; do
  set -- $pair
  [ -e "$1" ] && [ -e "$2" ] || continue
  words=$("$bin" report "$1" "$2" --format json --no-pager | grep -o '"words":[0-9]*' | head -2 | cut -d: -f2 | paste -sd+ | bc)
  # "shown": what the reports people read and the panel show by default (no low notes).
  shown=$("$bin" report "$1" "$2" --format csv --no-pager | tail -n +2 | wc -l)
  "$bin" report "$1" "$2" --format csv --min-severity low --no-pager | awk -F, -v name="$(basename "$1") → $(basename "$2")" -v words="$words" -v shown="$shown" '
    NR > 1 { n++; kind[$3]++ }
    END {
      line = ""
      for (k in kind) line = line sprintf("%s %d  ", k, kind[k])
      printf "%-22s %7d %6.1f %6.1f  %s\n", substr(name, 1, 22), words, n * 1000 / words, shown * 1000 / words, line
    }'
done
