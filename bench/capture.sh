#!/usr/bin/env bash
# Captures what a build prints on a fixed set of inputs, so that a change meant to keep
# behaviour (a refactor, a speed step) can be checked byte for byte against the build before
# it: `bash bench/capture.sh BIN OUT_DIR`, then `diff -r OLD_DIR NEW_DIR`.
#
# Inputs: every ordered pair of the bundled samples (JSON, markdown, text), the round trip
# B | A | C, a history, a glossary run, the bilingual test files, Genesis KJV/WEB and
# KJV/RV1909 (without a dictionary and with FreeDict's when installed), the whole Bible when
# ../shared/corpus has it, four man page pairs when the manpages-de/-es/-fr packages are
# installed, the matrix and a batch run. Inputs that are missing are skipped and said so.
set -uo pipefail
if [ $# -ne 2 ]; then
  echo "usage: bash bench/capture.sh BIN OUT_DIR" >&2
  exit 2
fi
bin=$(realpath "$1")
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$root/../shared/corpus"
mkdir -p "$out"
# The generated inputs sit at one fixed path: reports name their files, and two captures
# must name the same ones.
work=/tmp/driftview-capture-inputs
rm -rf "$work" && mkdir -p "$work"
cd "$root"

export NO_COLOR=1 COLUMNS=120
# Each run's output and its exit status, in one file per name.
run() {
  local name=$1
  shift
  "$bin" "$@" >"$out/$name" 2>&1
  echo "exit $?" >>"$out/$name"
}

samples=(assets/samples/*.txt)
[ -e "${samples[0]}" ] || samples=("$root"/../shared/samples/*.txt)
for a in "${samples[@]}"; do
  for b in "${samples[@]}"; do
    [ "$a" = "$b" ] && continue
    pair="$(basename "$a" .txt)-$(basename "$b" .txt)"
    for f in json markdown text; do
      run "sample-$pair.$f" report "$a" "$b" --format "$f" --dictionary none --width 120
    done
  done
done
# The round trip: version B is the original, A and C its translation round trips.
a=${samples[0]} b=${samples[1]} c=${samples[2]}
for f in json markdown text; do
  run "roundtrip-BAC.$f" report --roundtrip "$b" "$a" "$c" --format "$f" --dictionary none --width 120
  run "history-ABC.$f" report --history "$a" "$b" "$c" --format "$f" --dictionary none --width 120
done
run "diff-BA.txt" diff "$b" "$a" --dictionary none --width 120
run "csv-BA.csv" report "$b" "$a" --format csv --dictionary none
run matrix.txt matrix "${samples[@]}" --dictionary none
run matrix.json matrix "${samples[@]}" --format json --dictionary none
printf '%s\t%s\n' "${samples[0]}" "${samples[1]}" "${samples[1]}" "${samples[2]}" "${samples[3]}" "${samples[4]}" \
  tests/data/bilingual/museum-en.txt tests/data/bilingual/museum-es.txt >"$work/pairs.tsv"
run batch.jsonl batch "$work/pairs.tsv" --dictionary none

t=tests/data
run glossary.json report $t/bilingual/museum-en.txt $t/bilingual/museum-es.txt --glossary $t/glossary/harbour-en-es.tsv --format json --dictionary none
run glossary-roundtrip.json report --roundtrip $t/roundtrip/original-en.txt $t/roundtrip/translation-es.txt $t/roundtrip/back-en.txt --glossary $t/glossary/harbour-en-es.tsv --format json --dictionary none
run bilingual-notice.json report $t/bilingual/notice-en.txt $t/bilingual/notice-es.txt --format json --dictionary none
run bilingual-po.json report $t/bilingual/viewer-de.po --format json --dictionary none
run bilingual-xlf.json report $t/bilingual/viewer-es.xlf --format json --dictionary none
run roundtrip-data.json report --roundtrip $t/roundtrip/original-en.txt $t/roundtrip/translation-es.txt $t/roundtrip/back-en.txt --format json --dictionary none

run genesis-kjv-web.json report $t/kjv-genesis.txt $t/web-genesis.txt --format json --dictionary none
run genesis-kjv-web-lines.json report $t/kjv-genesis-lines.txt $t/web-genesis-lines.txt --format json --dictionary none
run genesis-kjv-rv.json report $t/kjv-genesis.txt $t/rv1909-genesis.txt --format json --dictionary none
run genesis-kjv-rv.md report $t/kjv-genesis.txt $t/rv1909-genesis.txt --format markdown --dictionary none
freedict=/usr/share/dictd/freedict-eng-spa.index
if [ -e $freedict ]; then
  run genesis-kjv-rv-freedict.json report $t/kjv-genesis.txt $t/rv1909-genesis.txt --format json --dictionary $freedict
else
  echo "skipped: $freedict (apt-get install dict-freedict-eng-spa)" >&2
fi
if [ -e "$corpus/kjv.txt" ]; then
  run bible-kjv-web.json report "$corpus/kjv.txt" "$corpus/web.txt" --format json --dictionary none
  run bible-kjv-rv.json report "$corpus/kjv.txt" "$corpus/rv1909.txt" --format json --dictionary none
else
  echo "skipped: the whole Bible ($corpus)" >&2
fi

# Man pages as a reader sees them, at one width.
man_text() { MANWIDTH=100 man -l "$1" 2>/dev/null | col -b; }
for spec in grep:de ls:de ls:es apropos:fr; do
  page=${spec%%:*} lang=${spec##*:}
  en=/usr/share/man/man1/$page.1.gz tr=/usr/share/man/$lang/man1/$page.1.gz
  if [ -e "$en" ] && [ -e "$tr" ]; then
    man_text "$en" >"$work/$page.en.txt"
    man_text "$tr" >"$work/$page.$lang.txt"
    run "man-$page-en-$lang.json" report "$work/$page.en.txt" "$work/$page.$lang.txt" --format json --dictionary none
  else
    echo "skipped: $page(1) in $lang (apt-get install manpages-$lang)" >&2
  fi
done
echo "captured $(ls "$out" | wc -l) outputs in $out" >&2
