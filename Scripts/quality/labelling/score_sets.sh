#!/bin/bash
# Scores a textmine binary on labelled sets kept outside the repository (docs/people.md, "Labelling spec").
# usage: [PIPE=Pipelines/news.yaml] [ERRORS=1] Scripts/quality/labelling/score_sets.sh BIN DIR SET...
#   BIN  a textmine binary (keep a copy of each build you compare: the first and last of a session)
#   DIR  the folder holding SET/articles and SET/gold.jsonl
# One line of totals per set (score_people.py); ERRORS=1 lists the errors too - never for a held-out set.
set -u
BIN=$1; DIR=$2; shift 2
PIPE=${PIPE:-Pipelines/news.yaml}
cd "$(dirname "$0")/../../.."
for s in "$@"; do
  out=${TMPDIR:-/tmp}/textmine-score/$(basename "$BIN")-$s
  rm -rf "$out"; mkdir -p "$out"
  if ! "$BIN" run "$PIPE" "$DIR/$s/articles" -o "$out" --fresh > "$out/log" 2>&1; then
    echo "$s: run failed"; tail -3 "$out/log"; continue
  fi
  printf "%-14s " "$s"
  python3 Scripts/quality/score_people.py "$DIR/$s/gold.jsonl" "$out/documents.jsonl" --corpus "$DIR/$s/articles" \
    ${ERRORS:+--errors} | tr '\n' ' '
  echo
done
