#!/bin/sh
# The Spark integration test (make spark-test; CI runs it after make test): makes .venv-spark with the pinned
# pyspark, starts a standalone cluster from it (Scripts/spark/cluster.sh: a master and two one-core workers on
# 127.0.0.1), runs Scripts/spark/test_spark.py against it with the given textmine binary, and stops the cluster
# (whatever happened), failing if any of its processes is left.
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

# Everything Spark opens listens on 127.0.0.1 only: the daemons (cluster.sh), the driver and the executors.
export SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1 PYSPARK_PYTHON="$PWD/$venv/bin/python"
cluster=$(mktemp -d "${TMPDIR:-/tmp}/textmine-spark-cluster-XXXXXX")
stop_cluster() {
    Scripts/spark/cluster.sh stop "$cluster" || { echo "spark-test: the cluster did not stop cleanly" >&2; status=1; }
    [ $status -ne 0 ] && [ -d "$cluster" ] && tail -n 20 "$cluster"/*.log >&2
    rm -rf "$cluster"
}
status=0
trap 'stop_cluster; exit 1' INT TERM
master=$(Scripts/spark/cluster.sh start "$cluster" "$venv/bin/python") || { status=1; stop_cluster; exit 1; }
echo "spark-test: standalone cluster $master (2 workers, 1 core each) up in $(( $(date +%s) - installed )) s"
# A bound on the whole run, so a cluster that never gives the test executors fails CI instead of hanging it.
timeout 600 "$venv/bin/python" Scripts/spark/test_spark.py --textmine "$binary" --master "$master" \
    --cluster-dir "$cluster" || status=$?
[ $status -eq 124 ] && echo "spark-test: the tests did not finish within 10 minutes" >&2
stopping=$(date +%s)
stop_cluster
echo "spark-test: cluster stopped in $(( $(date +%s) - stopping )) s, no process left"
echo "spark-test: took $(( $(date +%s) - start )) s in all ($(( $(date +%s) - installed )) s of cluster and tests)"
exit $status
