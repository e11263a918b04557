#!/usr/bin/env bash
# Benchmarks/run.sh [N...] — side-by-side speed runs of TextMine and its peers on the BBC corpus copied N times
# (default: 1 5 20). Prints wall time, throughput and peak RSS; medians of RUNS runs (default 3).
#
# Needs: ../shared/bench (peers, corpus multiplier) and ../shared/corpora/bbc-news beside the repository;
# `rg` for the regex peer; PEER_PYTHON=/path/to/venv/bin/python with spacy, vaderSentiment and regex installed for
# the Python peer (skipped when unset). Corpora are built under $BENCH_DIR (default /tmp/textmine-bench), never in
# the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${SHARED:-$root/../shared}
bench_dir=${BENCH_DIR:-/tmp/textmine-bench}
runs=${RUNS:-3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1 5 20)

[ -d "$shared/bench" ] || { echo "benchmarks need $shared/bench" >&2; exit 1; }
swift build -c release --product textmine >/dev/null
tm=$root/.build/release/textmine
mkdir -p "$bench_dir"

# median WALL_SECONDS PEAK_KB of a command run $runs times
measure() {
  local times=() rss=() line stats
  stats=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$stats" -f "%e %M" "$@" >/dev/null 2>&1 || true
    line=$(tail -1 "$stats")
    times+=("${line% *}"); rss+=("${line#* }")
  done
  rm -f "$stats"
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")" \
                   "$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)"
}

report() { # label seconds peak_kb bytes
  awk -v l="$1" -v s="$2" -v k="$3" -v b="$4" 'BEGIN { printf "| %-42s | %7.2f s | %7.1f MB/s | %6.0f MB |\n", l, s, b / 1048576 / s, k / 1024 }'
}

entities_only=$bench_dir/entities-only.yaml
cat > "$entities_only" <<YAML
stages:
  - entities:
      patterns_file: $root/Pipelines/patterns/news.tsv
output: {formats: [jsonl]}
YAML

echo "| run | wall | throughput | peak RSS |"
echo "|---|---|---|---|"
startup=$(measure "$tm" check Pipelines/news.yaml)
echo "| textmine check Pipelines/news.yaml (start-up: load, compile patterns) | ${startup% *} s | | ${startup#* } KB |"
for n in "${sizes[@]}"; do
  corpus=$bench_dir/x$n
  [ -d "$corpus" ] || bash "$shared/bench/make_corpus.sh" "$n" "$corpus" >/dev/null
  bytes=$(du -sb "$corpus" | cut -f1)
  for jobs in 1 2; do
    read -r s k <<<"$(measure "$tm" run Pipelines/news.yaml "$corpus" --out "$bench_dir/out-x$n" --jobs $jobs --fresh --no-progress -q)"
    report "x$n textmine news.yaml --jobs $jobs" "$s" "$k" "$bytes"
  done
  for jobs in 1 2; do
    read -r s k <<<"$(measure "$tm" run Benchmarks/pipelines/peer-equivalent.yaml "$corpus" --out "$bench_dir/out-pe-x$n" --jobs $jobs --fresh --no-progress -q)"
    report "x$n textmine peer-equivalent.yaml --jobs $jobs" "$s" "$k" "$bytes"
  done
  read -r s k <<<"$(measure "$tm" run "$entities_only" "$corpus" --out "$bench_dir/out-ent-x$n" --jobs 2 --fresh --no-progress -q)"
  report "x$n textmine entities only --jobs 2" "$s" "$k" "$bytes"
  if command -v rg >/dev/null; then
    read -r s k <<<"$(measure bash "$shared/bench/peer_rg.sh" "$corpus")"
    report "x$n peer_rg.sh (rg -P, regex only)" "$s" "$k" "$bytes"
  fi
  if [ -n "${PEER_PYTHON:-}" ] && [ "$n" -le "${PEER_MAX:-20}" ]; then
    read -r s k <<<"$(runs=1 measure "$PEER_PYTHON" "$shared/bench/peer_spacy.py" "$corpus" "$bench_dir/peer-x$n" --procs 2)"
    report "x$n peer_spacy.py --procs 2" "$s" "$k" "$bytes"
  fi
done
