#!/usr/bin/env bash
# Many documents: `matrix` on 1,000 Bible chapters (500 of the KJV, the same 500 of the WEB)
# and `batch` on their 500 true pairs, then on those pairs ten times over (5,000 lines) to see
# that memory does not grow with the list. Needs ../shared/corpus (kjv.txt, web.txt) and GNU
# time. Usage: bench/many.sh [BIN]   (default: target/release/driftview)
set -eu
bin=$(realpath "${1:-target/release/driftview}")
corpus=${CORPUS:-../shared/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/chapters"
# A chapter starts at a line "Book N" after a blank line; each file is named by translation.
split() {
  awk -v out="$work/chapters" -v tr="$2" '
    /^([1-3] )?[A-Z][a-z]+( [A-Za-z]+)* [0-9]+$/ { name = $0; gsub(/ /, "_", name); file = out "/" tr "_" name ".txt" }
    file { print > file }' "$1"
}
split "$corpus/kjv.txt" kjv
split "$corpus/web.txt" web
cd "$work/chapters"
# Keep the first 500 chapters both translations have.
ls kjv_* | sed 's/^kjv_//' | sort > ../kjv.list
ls web_* | sed 's/^web_//' | sort > ../web.list
comm -12 ../kjv.list ../web.list | sort | head -500 > ../keep
mkdir ../kept
while read -r name; do mv "kjv_$name" "web_$name" ../kept/; done < ../keep
cd .. && rm -rf chapters && mv kept chapters && cd chapters
echo "documents: $(ls | wc -l)"
cd "$work"
/usr/bin/time -f "matrix: %e s, %M KB" "$bin" matrix chapters --format csv > matrix.csv
echo "pairs compared: $(awk -F, 'NR > 1 && $4 == "true"' matrix.csv | wc -l) of $(($(wc -l < matrix.csv) - 1))"
awk -F, 'NR > 1 { a = $1; b = $2; sub(/.*\/(kjv|web)_/, "", a); sub(/.*\/(kjv|web)_/, "", b);
  if (a == b) { n++; if ($4 == "true") kept++ } } END { print "true pairs kept: " kept " of " n }' matrix.csv
while read -r name; do printf 'chapters/kjv_%s\tchapters/web_%s\n' "$name" "$name"; done < keep > pairs.tsv
for i in $(seq 10); do cat pairs.tsv; done > pairs10.tsv
/usr/bin/time -f "batch, 500 pairs: %e s, %M KB" "$bin" batch pairs.tsv > /dev/null
/usr/bin/time -f "batch --summary, 500 pairs: %e s, %M KB" "$bin" batch pairs.tsv --summary > /dev/null
/usr/bin/time -f "batch --summary, 5,000 pairs: %e s, %M KB" "$bin" batch pairs10.tsv --summary > /dev/null
