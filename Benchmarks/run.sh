#!/usr/bin/env bash
# Benchmarks/run.sh [N...] — side-by-side speed runs of TextMine and its peers on the BBC corpus copied N times
# (default: 1 5 20). Prints wall time, throughput, peak RSS and CPU time (user + sys: the steadier figure on a shared
# machine); medians of RUNS runs (default 3). TEXTMINE=/path/to/textmine measures another build (say, main's) with the
# same rows, so before/after pairs can be taken in one sitting; PEERS=0 skips the peers.
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
if [ -z "${TEXTMINE:-}" ]; then swift build -c release --product textmine >/dev/null; fi
tm=${TEXTMINE:-$root/.build/release/textmine}
peers=${PEERS:-1}
mkdir -p "$bench_dir"

# median WALL_SECONDS, largest PEAK_KB and median CPU_SECONDS (user + sys) of a command run $runs times
measure() {
  local times=() rss=() cpus=() line stats median=$(( (runs + 1) / 2 ))
  stats=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$stats" -f "%e %M %U %S" "$@" >/dev/null 2>&1 || true
    read -r -a line < <(tail -1 "$stats")
    times+=("${line[0]}"); rss+=("${line[1]}"); cpus+=("$(awk -v u="${line[2]}" -v s="${line[3]}" 'BEGIN { print u + s }')")
  done
  rm -f "$stats"
  printf '%s %s %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "${median}p")" \
                      "$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)" \
                      "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${median}p")"
}

report() { # label seconds peak_kb bytes cpu_seconds
  awk -v l="$1" -v s="$2" -v k="$3" -v b="$4" -v c="$5" 'BEGIN { printf "| %-50s | %7.2f s | %7.1f MB/s | %6.0f MB | %7.2f s |\n", l, s, b / 1048576 / s, k / 1024, c }'
}

ratio() { # label numerator denominator
  awk -v l="$1" -v n="$2" -v d="$3" 'BEGIN { printf "| %-50s | %6.2fx | | | |\n", l, n / d }'
}

entities_only=$bench_dir/entities-only.yaml
cat > "$entities_only" <<YAML
stages:
  - entities:
      patterns_file: $root/Pipelines/patterns/news.tsv
output: {formats: [jsonl]}
YAML
# The entities stage as news.yaml configures it (rules, currencies, lists, overlap), and a pipeline that only reads
# and writes (one rule that never matches): the stage's own CPU time is the difference.
pipelines=$root/Pipelines
entities_news=$bench_dir/entities-news.yaml
cat > "$entities_news" <<YAML
stages:
  - entities:
      patterns_file: $pipelines/patterns/news.tsv
      currencies: $pipelines/currencies.tsv
      lists:
        LOCATION: [$pipelines/lists/countries.txt, $pipelines/lists/capitals.txt, $pipelines/lists/cities.txt]
        ORG: $pipelines/lists/organisations.txt
      lists_case_sensitive: true
      overlap: priority
output: {formats: [jsonl]}
YAML
read_write=$bench_dir/read-write.yaml
printf 'stages:\n  - entities: {patterns: {NONE: "(*FAIL)"}}\noutput: {formats: [jsonl]}\n' > "$read_write"
# news.yaml with one aggregate table set for the whole corpus (its relative paths resolve from Pipelines/, the
# current directory of that run).
group_none=$bench_dir/news-group-none.yaml
sed 's/^  - aggregate: {}$/  - aggregate: {group_by: none}/' Pipelines/news.yaml > "$group_none"
grep -q 'group_by: none' "$group_none" || { echo "could not derive $group_none from Pipelines/news.yaml" >&2; exit 1; }

echo "| run | wall | throughput | peak RSS | CPU (user + sys) |"
echo "|---|---|---|---|---|"
read -r s k c <<<"$(measure "$tm" check Pipelines/news.yaml)"
echo "| textmine check Pipelines/news.yaml (start-up: load, compile patterns) | $s s | | $k KB | $c s |"
for n in "${sizes[@]}"; do
  corpus=$bench_dir/x$n
  [ -d "$corpus" ] || bash "$shared/bench/make_corpus.sh" "$n" "$corpus" >/dev/null
  bytes=$(du -sb "$corpus" | cut -f1)
  declare -A wall=()
  for jobs in 1 2; do
    read -r s k c <<<"$(measure "$tm" run Pipelines/news.yaml "$corpus" --out "$bench_dir/out-x$n" --jobs $jobs --fresh --no-progress -q)"
    report "x$n textmine news.yaml --jobs $jobs" "$s" "$k" "$bytes" "$c"
    wall[news$jobs]=$s
  done
  read -r s k c <<<"$(measure env -C Pipelines "$tm" run "$group_none" "$corpus" --out "$bench_dir/out-none-x$n" --jobs 2 --fresh --no-progress -q)"
  report "x$n textmine news.yaml, group_by: none, --jobs 2" "$s" "$k" "$bytes" "$c"
  for jobs in 1 2; do
    read -r s k c <<<"$(measure "$tm" run Benchmarks/pipelines/peer-equivalent.yaml "$corpus" --out "$bench_dir/out-pe-x$n" --jobs $jobs --fresh --no-progress -q)"
    report "x$n textmine peer-equivalent.yaml --jobs $jobs" "$s" "$k" "$bytes" "$c"
    wall[pe$jobs]=$s
  done
  read -r s k c <<<"$(measure "$tm" run "$entities_only" "$corpus" --out "$bench_dir/out-ent-x$n" --jobs 2 --fresh --no-progress -q)"
  report "x$n textmine entities only (news.tsv) --jobs 2" "$s" "$k" "$bytes" "$c"
  read -r s k c <<<"$(measure "$tm" run "$entities_news" "$corpus" --out "$bench_dir/out-entn-x$n" --jobs 1 --fresh --no-progress -q)"
  report "x$n textmine entities as in news.yaml --jobs 1" "$s" "$k" "$bytes" "$c"
  read -r s0 k0 c0 <<<"$(measure "$tm" run "$read_write" "$corpus" --out "$bench_dir/out-rw-x$n" --jobs 1 --fresh --no-progress -q)"
  report "x$n textmine read + write only --jobs 1" "$s0" "$k0" "$bytes" "$c0"
  awk -v l="x$n entities stage CPU (the two rows above, subtracted)" -v c="$c" -v z="$c0" 'BEGIN { printf "| %-50s | | | | %7.2f s |\n", l, c - z }'
  ratio "x$n news.yaml --jobs 2 / --jobs 1 (speed-up)" "${wall[news1]}" "${wall[news2]}"
  if [ "$peers" != 0 ] && command -v rg >/dev/null; then
    read -r s k c <<<"$(measure bash "$shared/bench/peer_rg.sh" "$corpus")"
    report "x$n peer_rg.sh (rg -P, regex only)" "$s" "$k" "$bytes" "$c"
  fi
  if [ "$peers" != 0 ] && [ -n "${PEER_PYTHON:-}" ] && [ "$n" -le "${PEER_MAX:-20}" ]; then
    read -r s k c <<<"$(runs=${PEER_RUNS:-1} measure "$PEER_PYTHON" "$shared/bench/peer_spacy.py" "$corpus" "$bench_dir/peer-x$n" --procs 2)"
    report "x$n peer_spacy.py --procs 2" "$s" "$k" "$bytes" "$c"
    ratio "x$n news.yaml --jobs 2 vs peer_spacy --procs 2" "$s" "${wall[news2]}"
    ratio "x$n peer-equivalent.yaml --jobs 2 vs peer_spacy --procs 2" "$s" "${wall[pe2]}"
  fi
done
