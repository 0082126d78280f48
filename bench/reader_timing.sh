#!/usr/bin/env bash
# Times the reader on a pair in tmux: first screen, aligned view, and key → screen change.
# bench/reader_timing.sh OLD NEW   (run from the repository root after cargo build --release)
# Figures include tmux's own polling, so they are upper bounds.
set -u
A=$1; B=$2
tmux kill-session -t t 2>/dev/null
start=$(date +%s%N)
tmux new-session -d -s t -x 160 -y 45 "./target/release/driftview $A $B"
ms() { echo $(( ($(date +%s%N) - start) / 1000000 )); }
until tmux capture-pane -t t -p | grep -q "Documents"; do sleep 0.005; done; echo "first screen: $(ms) ms"
# Polled every 50 ms: on two cores a faster poll takes CPU from the comparison it times.
until tmux capture-pane -t t -p | grep -q "similar"; do sleep 0.05; done; echo "aligned view: $(ms) ms"
for key in G g n n "C-d" / ; do
  before=$(tmux capture-pane -t t -p | md5sum)
  start=$(date +%s%N)
  tmux send-keys -t t "$key"
  until [ "$(tmux capture-pane -t t -p | md5sum)" != "$before" ]; do sleep 0.002; done
  echo "key $key: $(ms) ms"
done
start=$(date +%s%N); before=$(tmux capture-pane -t t -p | md5sum)
tmux send-keys -t t L
until [ "$(tmux capture-pane -t t -p | md5sum)" != "$before" ]; do sleep 0.002; done; echo "search keystroke: $(ms) ms"
tmux send-keys -t t Escape q
