#!/bin/sh
# A throw-away Spark standalone cluster on this machine, for `make spark-test`: one master and two workers (one core
# each) started from the pyspark package's own bin/spark-class (no Spark download; Java 17), listening on 127.0.0.1
# only, all of its state and logs in one folder.
#
#   Scripts/spark/cluster.sh start DIR [PYTHON]   starts it; prints the master URL (also in DIR/master-url)
#   Scripts/spark/cluster.sh kill-worker DIR N    kills worker N (1 or 2) and its executors with SIGKILL, as a lost
#                                                 machine would go
#   Scripts/spark/cluster.sh stop DIR             stops everything it started and fails if any process is left
#
# PYTHON is a python that has pyspark (default: .venv-spark/bin/python). Every process of the cluster — the
# daemons, the executors the workers launch, their Python workers and the textmine processes those start — carries
# TEXTMINE_SPARK_CLUSTER=DIR in its environment, so `stop` finds (and ends) exactly these and no other process.
set -eu

usage() { echo "usage: $0 start DIR [PYTHON] | kill-worker DIR N | stop DIR" >&2; exit 64; }
[ $# -ge 2 ] || usage
command=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd)

# The pids (one per line) of every process whose environment carries this cluster's marker.
cluster_processes() {
    grep -lzxF "TEXTMINE_SPARK_CLUSTER=$dir" /proc/[0-9]*/environ 2>/dev/null | sed -e 's|^/proc/||' -e 's|/environ$||' |
        grep -vx "$$" || true
}

# Sends a signal to a daemon's whole process group (the daemon was started by setsid, so its pid is the group id).
signal_group() {
    [ -f "$dir/$2.pid" ] || return 0
    kill -s "$1" -- "-$(cat "$dir/$2.pid")" 2>/dev/null || true
}

no_processes_left() { [ -z "$(cluster_processes)" ]; }

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND…: polls COMMAND every 0.2 s
    seconds=$1; what=$2; shift 2
    tries=$((seconds * 5))
    while ! "$@" >/dev/null 2>&1; do
        tries=$((tries - 1))
        if [ $tries -le 0 ]; then echo "cluster: timed out after $seconds s waiting for $what (logs in $dir)" >&2; return 1; fi
        sleep 0.2
    done
}

case $command in
start)
    python=${3:-.venv-spark/bin/python}
    # Absolute (executors run elsewhere), but not resolved: a venv's python must be called by its venv path.
    python=$(cd "$(dirname "$python")" && pwd)/$(basename "$python")
    spark_home=$("$python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')
    [ -x "$spark_home/bin/spark-class" ] || { echo "cluster: no bin/spark-class in $spark_home" >&2; exit 1; }
    if [ -n "$(cluster_processes)" ]; then echo "cluster: one is already running for $dir (stop it first)" >&2; exit 1; fi
    rm -rf "$dir/work" "$dir"/*.log "$dir"/*.pid "$dir/master-url"
    port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    export TEXTMINE_SPARK_CLUSTER="$dir" SPARK_HOME="$spark_home" SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1
    export PYSPARK_PYTHON="$python" SPARK_CONF_DIR="$dir/conf" SPARK_LOG_DIR="$dir"
    # Each daemon: 512 MB heap is plenty for the master and a worker (an executor gets its own JVM, sized by the
    # application). Web UIs on random ports, bound to SPARK_LOCAL_IP like everything else.
    export SPARK_DAEMON_MEMORY=512m
    mkdir -p "$dir/conf" "$dir/work"
    # Workers notice a dead master (and the master a dead worker) after spark.worker.timeout; the default 60 s
    # would only matter for the master's view, the driver sees a lost executor at once.
    # The master's REST submission server (a fixed port, 6066) is not needed: applications connect by RPC.
    printf 'spark.worker.timeout 10\nspark.master.rest.enabled false\n' >"$dir/conf/spark-defaults.conf"
    setsid "$spark_home/bin/spark-class" org.apache.spark.deploy.master.Master \
        --host 127.0.0.1 --port "$port" --webui-port 0 </dev/null >"$dir/master.log" 2>&1 &
    echo $! >"$dir/master.pid"
    url="spark://127.0.0.1:$port"
    wait_for 60 "the master on port $port" grep -q "I have been elected leader" "$dir/master.log"
    for n in 1 2; do
        mkdir -p "$dir/work/worker-$n"
        setsid "$spark_home/bin/spark-class" org.apache.spark.deploy.worker.Worker \
            --host 127.0.0.1 --cores 1 --memory 2g --webui-port 0 --work-dir "$dir/work/worker-$n" "$url" \
            </dev/null >"$dir/worker-$n.log" 2>&1 &
        echo $! >"$dir/worker-$n.pid"
    done
    for n in 1 2; do
        wait_for 60 "worker $n to register" grep -q "Successfully registered with master" "$dir/worker-$n.log"
    done
    echo "$url" >"$dir/master-url"
    echo "$url"
    ;;
kill-worker)
    [ $# -eq 3 ] || usage
    [ -f "$dir/worker-$3.pid" ] || { echo "cluster: no worker $3 in $dir" >&2; exit 1; }
    signal_group KILL "worker-$3"
    ;;
stop)
    signal_group TERM worker-1; signal_group TERM worker-2; signal_group TERM master
    sleep 0.5
    if ! wait_for 20 "the cluster's processes to end" no_processes_left; then
        # Whatever ignored SIGTERM (or was started outside the daemons' process groups) goes the hard way.
        for pid in $(cluster_processes); do kill -s KILL "$pid" 2>/dev/null || true; done
        sleep 1
    fi
    left=$(cluster_processes)
    if [ -n "$left" ]; then
        echo "cluster: processes left after stop: $(echo $left)" >&2
        for pid in $left; do tr '\0' ' ' <"/proc/$pid/cmdline" >&2 2>/dev/null; echo >&2; done
        exit 1
    fi
    rm -f "$dir"/*.pid
    ;;
*) usage ;;
esac
