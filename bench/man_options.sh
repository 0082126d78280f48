#!/usr/bin/env bash
# Man pages across languages: each translated page of grep, ls, cp, find, sed and tar that
# this machine has (manpages-de, -es, -fr, -ja, -zh: `apt-get install manpages-de …`) is
# rendered as a reader sees it (`MANWIDTH=80 man -l FILE | col -b`), compared with the English
# page, and scored by bench/man_options.py: of the option headers ("-c, --create") both pages
# have in the same order, the share whose row holds the option on both sides.
#
#   bash bench/man_options.sh [BIN]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/target/release/driftview}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
render() { MANWIDTH=80 man -l "$1" 2>/dev/null | col -b; }
for page in grep ls cp find sed tar; do
  english=/usr/share/man/man1/$page.1.gz
  [ -f "$english" ] || continue
  render "$english" > "$out/$page.en.txt"
  for lang in de es fr ja zh_CN; do
    translated=/usr/share/man/$lang/man1/$page.1.gz
    [ -f "$translated" ] || continue
    render "$translated" > "$out/$page.$lang.txt"
    [ -s "$out/$page.$lang.txt" ] || continue
    "$bin" report --format json "$out/$page.en.txt" "$out/$page.$lang.txt" \
      > "$out/$page.$lang.json" || [ $? -eq 1 ]
    printf '%-6s %-6s %s\n' "$page" "$lang" "$(python3 "$root/bench/man_options.py" "$out/$page.$lang.json")"
  done
done
