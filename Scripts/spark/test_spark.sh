#!/bin/sh
# The Spark integration test (make spark-test; CI runs it after make test): makes .venv-spark with the pinned
# pyspark, then runs Scripts/spark/test_spark.py in local[2] with the given textmine binary.
# Usage: Scripts/spark/test_spark.sh [TEXTMINE_BINARY]   (default .build/debug/textmine)
set -eu
cd "$(dirname "$0")/../.."
binary=${1:-.build/debug/textmine}
venv=.venv-spark
start=$(date +%s)

if ! command -v java >/dev/null 2>&1; then
    echo "spark-test: no java on PATH; installing openjdk-17-jre-headless with apt-get"
    if [ "$(id -u)" = 0 ]; then sudo=; elif command -v sudo >/dev/null 2>&1; then sudo=sudo; else
        echo "spark-test: need Java 17+ (apt-get install openjdk-17-jre-headless) and no root or sudo to install it" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y --no-install-recommends openjdk-17-jre-headless ||
        { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends openjdk-17-jre-headless; }
fi

[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --disable-pip-version-check --quiet -r Scripts/spark/requirements.txt
installed=$(date +%s)
echo "spark-test: venv with $("$venv/bin/python" -m pip --disable-pip-version-check list 2>/dev/null | grep -i '^pyspark ' | tr -s ' ') ready in $((installed - start)) s"

status=0
"$venv/bin/python" Scripts/spark/test_spark.py --textmine "$binary" || status=$?
echo "spark-test: took $(( $(date +%s) - start )) s in all ($(( $(date +%s) - installed )) s of tests)"
exit $status
