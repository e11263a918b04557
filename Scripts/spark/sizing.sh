#!/bin/sh
# How the README's Spark sizing figures were measured: a standalone cluster of this machine (Scripts/spark/cluster.sh,
# two one-core workers), COPIES copies of a corpus side by side, and spark-submit runs over a grid of --partitions
# and --jobs, each printing where its time went (Spark start, listing, the job, textmine in the partitions, merge),
# next to a local `textmine run` of the same corpus. Every Spark OUT is compared with the local one (cmp).
# Usage: Scripts/spark/sizing.sh [TEXTMINE] [CORPUS] [COPIES]   (defaults: .build/release/textmine, the BBC corpus, 8)
# Needs .venv-spark (make spark-test makes it). Takes about 10 minutes on 2 cores.
set -eu
cd "$(dirname "$0")/../.."
binary=$(cd "$(dirname "${1:-.build/release/textmine}")" && pwd)/$(basename "${1:-.build/release/textmine}")
corpus=${2:-../shared/corpora/bbc-news}
copies=${3:-8}
venv=.venv-spark
export SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1 PYSPARK_PYTHON="$PWD/$venv/bin/python"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/textmine-sizing-XXXXXX")
trap 'Scripts/spark/cluster.sh stop "$scratch/cluster" >/dev/null || true; rm -rf "$scratch"' EXIT INT TERM

for number in $(seq 1 "$copies"); do cp -r "$corpus" "$scratch/corpus/copy-$number" 2>/dev/null ||
    { mkdir -p "$scratch/corpus"; cp -r "$corpus" "$scratch/corpus/copy-$number"; }; done
count=$("$binary" run Pipelines/news.yaml "$scratch/corpus" --list-inputs | wc -l)
echo "sizing: $count documents ($copies copies of $corpus), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for jobs in 1 2; do
    start=$(date +%s.%N)
    "$binary" run Pipelines/news.yaml "$scratch/corpus" --out "$scratch/local" --jobs "$jobs" --fresh -q --no-progress || true
    echo "local textmine run --jobs $jobs: $(echo "$(date +%s.%N) - $start" | bc) s"
done

master=$(Scripts/spark/cluster.sh start "$scratch/cluster" "$venv/bin/python")
run() { # run LABEL ARGS…: one spark-submit, its timings, and a check that OUT equals the local run's
    label=$1; shift
    rm -rf "$scratch/spark"
    start=$(date +%s.%N)
    "$venv/bin/spark-submit" --master "$master" --conf spark.ui.enabled=false Scripts/spark/textmine_spark.py \
        --textmine "$binary" Pipelines/news.yaml "$@" --out "$scratch/spark" >"$scratch/log" 2>&1 || true
    total=$(echo "$(date +%s.%N) - $start" | bc)
    same=identical
    for file in documents.jsonl failures.jsonl summary.json entities.csv; do
        cmp -s "$scratch/local/$file" "$scratch/spark/$file" || same="DIFFERS ($file)"
    done
    echo "$label: spark-submit ${total} s, OUT $same"
    grep -E "^textmine-spark: (Spark|listing)" "$scratch/log" | sed 's/^/    /'
}
for partitions in 2 4 8 16 32; do run "--partitions $partitions --jobs 1" "$scratch/corpus" --partitions "$partitions" --jobs 1; done
run "--partitions 8 --jobs 2" "$scratch/corpus" --partitions 8 --jobs 2
run "--partitions 8 --read driver" "$scratch/corpus" --partitions 8 --read driver
run "--partitions 8, file:// URI" "file://$scratch/corpus" --partitions 8
