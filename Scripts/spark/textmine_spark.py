#!/usr/bin/env python3
"""Run a TextMine pipeline on Apache Spark and write the same OUT folder as a local `textmine run`.

    spark-submit Scripts/spark/textmine_spark.py --textmine .build/release/textmine \\
        Pipelines/news.yaml /shared/corpus --out /shared/out/news

How it works (README, "Scale-out on Apache Spark"):

1. The driver asks textmine itself for the input list (`textmine run PIPELINE INPUT... --list-inputs`), so ids,
   groups, order, include/exclude globs, hidden files and symlinks are exactly those of a local run.
2. The list is cut into contiguous id ranges, one per partition (`SparkContext.parallelize` slices in order).
3. `SparkContext.addFile` ships the textmine binary and the pipeline's folder (the pipeline file and the pattern
   files and lists it names relative to itself) to every executor. Each partition runs
   `textmine run PIPELINE --stdin-jsonl --stdout-jsonl --out TMP` in a subprocess (`mapPartitionsWithIndex`), feeding
   one JSON Lines record per document:
     --read executor (default): {"id", "group", "path"}; textmine opens the file itself, exactly as a local run
        does. Needs the input on a file system every executor sees at the same path (NFS, Lustre, a bind mount).
     --read driver: the driver reads each file and sends {"id", "group", "text"} when it is valid UTF-8 and
        {"id", "group", "base64"} (the raw bytes) otherwise, so invalid UTF-8 and NUL bytes reach textmine
        unchanged and are judged (warning, skipped) as in a local run; a file the driver cannot read is sent as
        {"path"} so textmine reports it as unreadable. For clusters without a shared file system; the driver
        holds the corpus in memory.
4. Each partition's result (the documents from stdout, OUT/failures.jsonl, OUT/summary.json, OUT/state/*.json) is
   written as a part folder, either by the executor into --parts-dir (a shared file system) or, without
   --parts-dir, returned to the driver as a record and written there.
5. `textmine merge PIPELINE part-00000 ... --out OUT` concatenates the parts in id order and merges the aggregate
   states exactly, so OUT is byte-identical to a local run (Scripts/spark/test_spark.py checks it).

Why mapPartitions and a subprocess instead of RDD.pipe: pipe only returns the command's stdout lines, so the
partition's aggregate state and failures.jsonl (written to OUT, not stdout) would be lost, and it can only treat
the exit code as success or failure, without the command's stderr (that stays in the executor's log). Here
exit 0 and 1 (some documents skipped or failed: they are in failures.jsonl) are normal; any other exit or a
signal fails the task with textmine's stderr in the exception that reaches the driver, and a partition whose
counts do not add up to the records sent fails too, so no document can go missing silently.

Exit codes: 0 all documents processed, 1 finished but some documents were skipped or failed (see
OUT/failures.jsonl), 2 a textmine process or the Spark job failed, 64 usage error.
"""

import argparse
import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import uuid

PART_FILES = ("documents.jsonl", "failures.jsonl", "summary.json")


class TextMineSparkError(RuntimeError):
    """A textmine process (on the driver or in a partition) or the Spark job failed."""


def _run_checked(command, what):
    """Runs a textmine command on the driver; returns its stdout bytes or raises with its stderr."""
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode != 0:
        raise TextMineSparkError(
            f"{what} failed ({_describe_exit(result.returncode)}): {' '.join(command)}\n"
            + result.stderr.decode("utf-8", "replace"))
    return result.stdout


def _describe_exit(code):
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def list_inputs(textmine, pipeline, inputs, include=(), exclude=(), shard=None):
    """The documents a local `textmine run PIPELINE INPUT...` would process: [{"id", "group", "path"}] in order.

    Input roots are made absolute so that the paths also work in executors whose working folder differs.
    """
    command = [textmine, "run", pipeline] + [os.path.abspath(path) for path in inputs] + ["--list-inputs"]
    for glob in include:
        command += ["--include", glob]
    for glob in exclude:
        command += ["--exclude", glob]
    if shard:
        command += ["--shard", shard]
    output = _run_checked(command, "listing the inputs")
    return [json.loads(line) for line in output.split(b"\n") if line]


SHIP_LIMIT = 256 * 1024 * 1024


def _check_shippable(folder):
    """Refuses to ship a pipeline folder that is clearly not one (a whole repository, a home folder)."""
    total = 0
    for parent, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(parent, name)
            total += os.path.getsize(path) if os.path.isfile(path) else 0
            if total > SHIP_LIMIT:
                raise TextMineSparkError(
                    f"the pipeline's folder {folder} holds over {SHIP_LIMIT >> 20} MB, and it is shipped to every "
                    "executor: put the pipeline and the files it names in a folder of their own")


def read_on_driver(record):
    """Turns a {"id", "group", "path"} record into one that carries the file's bytes (see the module doc)."""
    try:
        with open(record["path"], "rb") as handle:
            content = handle.read()
    except OSError:
        return record  # textmine, in the executor, will try again and report the file as unreadable
    shipped = {"id": record["id"], "group": record["group"]}
    try:
        shipped["text"] = content.decode("utf-8")
    except UnicodeDecodeError:
        shipped["base64"] = base64.b64encode(content).decode("ascii")
    return shipped


def _encode(record):
    # json.dumps escapes newlines, quotes, backslashes and every control character (NUL included), so each record
    # is exactly one line; non-ASCII text stays UTF-8.
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _executable(path):
    """The shipped binary, made executable (a copy when its mode cannot be changed in place)."""
    if os.access(path, os.X_OK):
        return path
    try:
        os.chmod(path, 0o755)
        return path
    except OSError:
        copy = os.path.join(tempfile.mkdtemp(prefix="textmine-bin-"), os.path.basename(path))
        shutil.copyfile(path, copy)
        os.chmod(copy, 0o755)
        return copy


def _read_part(folder):
    part = {}
    for name in PART_FILES:
        with open(os.path.join(folder, name), "rb") as handle:
            part[name] = handle.read()
    states = {}
    state_folder = os.path.join(folder, "state")
    if os.path.isdir(state_folder):
        for name in sorted(os.listdir(state_folder)):
            with open(os.path.join(state_folder, name), "rb") as handle:
                states[name] = handle.read()
    part["state"] = states
    # Per-document row tables (documents.csv, quotes.csv …) are streamed by textmine to OUT like documents.jsonl;
    # `textmine merge` concatenates them, so every top-level CSV travels with the part.
    part["tables"] = {
        name: open(os.path.join(folder, name), "rb").read()
        for name in sorted(os.listdir(folder)) if name.endswith(".csv")
    }
    return part


def write_part(folder, part):
    """Writes a part folder as `textmine merge` reads it: documents.jsonl, failures.jsonl, summary.json, state/ and
    the per-document row tables (*.csv)."""
    os.makedirs(os.path.join(folder, "state"), exist_ok=True)
    for name in PART_FILES:
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(part[name])
    for name, content in part["state"].items():
        with open(os.path.join(folder, "state", name), "wb") as handle:
            handle.write(content)
    for name, content in part.get("tables", {}).items():
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(content)


def make_partition_runner(binary_name, pipeline_name, jobs, parts_dir):
    """The function each partition runs (it only captures these small settings).

    `pipeline_name` is the pipeline's path under SparkFiles' root directory: FOLDER/FILE.
    """

    def run_partition(index, records):
        from pyspark import SparkFiles

        binary = _executable(SparkFiles.get(binary_name))
        pipeline = os.path.join(SparkFiles.getRootDirectory(), pipeline_name)
        work = tempfile.mkdtemp(prefix=f"textmine-part-{index:05d}-")
        try:
            out = os.path.join(work, "out")
            command = [binary, "run", pipeline, "--stdin-jsonl", "--stdout-jsonl", "--out", out,
                       "--jobs", str(jobs), "--fresh", "--quiet", "--no-progress"]
            sent, first, last = 0, None, None
            with open(os.path.join(work, "stdout"), "wb") as stdout, open(os.path.join(work, "stderr"), "wb") as stderr:
                process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=stdout, stderr=stderr)
                try:
                    for record in records:
                        first = first or record["id"]
                        last = record["id"]
                        process.stdin.write(_encode(record))
                        sent += 1
                    process.stdin.close()
                except BrokenPipeError:
                    pass  # textmine died; its exit status and stderr say why
                finally:
                    code = process.wait()
            with open(os.path.join(work, "stderr"), "rb") as handle:
                errors = handle.read().decode("utf-8", "replace")
            where = f"partition {index} ({sent} documents, {first} … {last})"
            if code not in (0, 1):
                raise TextMineSparkError(f"textmine failed in {where}: {_describe_exit(code)}\n{errors}")
            shutil.move(os.path.join(work, "stdout"), os.path.join(out, "documents.jsonl"))
            part = _read_part(out)
            counts = json.loads(part["summary.json"])["counts"]
            accounted = counts["processed"] + counts["skipped"] + counts["failed"]
            if accounted != sent:
                raise TextMineSparkError(
                    f"{where}: {sent} records sent but textmine accounted for {accounted} documents\n{errors}")
            if parts_dir is None:
                yield index, part
                return
            # A shared file system: write the part folder here, then rename it into place, so a retried or
            # speculative attempt never leaves a half-written part.
            final = os.path.join(parts_dir, f"part-{index:05d}")
            staging = os.path.join(parts_dir, f".part-{index:05d}-{uuid.uuid4().hex}")
            write_part(staging, part)
            try:
                os.rename(staging, final)
            except OSError:
                shutil.rmtree(staging, ignore_errors=True)  # another attempt finished this partition first
                if not os.path.isdir(final):
                    raise
            yield index, None
        finally:
            shutil.rmtree(work, ignore_errors=True)

    return run_partition


def run(sc, textmine, pipeline, inputs, out, partitions=None, read="executor", jobs=1, parts_dir=None,
        keep_parts=False, include=(), exclude=(), shard=None, log=print):
    """Runs the pipeline over the inputs on the SparkContext `sc` and writes OUT; returns OUT's summary.json.

    `parts_dir` set means the executors write the part folders there themselves (it must be on a file system they
    all see); otherwise the parts travel back to the driver and are written to a temporary folder beside OUT.
    """
    textmine = os.path.abspath(textmine)
    pipeline = os.path.abspath(pipeline)
    records = list_inputs(textmine, pipeline, inputs, include, exclude, shard)
    if read == "driver":
        records = [read_on_driver(record) for record in records]
    elif read != "executor":
        raise ValueError(f"read must be 'executor' or 'driver', not {read!r}")
    partitions = max(1, min(partitions or sc.defaultParallelism, len(records) or 1))
    log(f"textmine-spark: {len(records)} documents in {partitions} partitions (read on the {read})")

    # The pipeline travels with its folder, so files it names relative to itself (patterns_file, lists) are found
    # beside it in the executors too.
    _check_shippable(os.path.dirname(pipeline))
    sc.addFile(textmine)
    sc.addFile(os.path.dirname(pipeline), recursive=True)
    sc.addPyFile(os.path.abspath(__file__))  # the partition function's helpers live in this module
    out = os.path.abspath(out)
    executor_writes = parts_dir is not None
    if executor_writes:
        parts_dir = os.path.abspath(parts_dir)
        if os.path.exists(parts_dir):
            shutil.rmtree(parts_dir)
        os.makedirs(parts_dir)
    else:
        os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
        parts_dir = tempfile.mkdtemp(prefix=".textmine-parts-", dir=os.path.dirname(out) or ".")

    shipped_pipeline = os.path.join(os.path.basename(os.path.dirname(pipeline)), os.path.basename(pipeline))
    runner = make_partition_runner(os.path.basename(textmine), shipped_pipeline, jobs,
                                   parts_dir if executor_writes else None)
    try:
        results = sc.parallelize(records, partitions).mapPartitionsWithIndex(runner).collect()
    except Exception as error:  # Py4JJavaError carries the executor's Python traceback and textmine's stderr
        raise TextMineSparkError(f"the Spark job failed: {error}") from error

    indexes = [index for index, _ in results]
    if indexes != list(range(partitions)):
        raise TextMineSparkError(f"expected one result per partition 0..{partitions - 1}, got {indexes}")
    folders = [os.path.join(parts_dir, f"part-{index:05d}") for index in indexes]
    for folder, (_, part) in zip(folders, results):
        if part is not None:
            write_part(folder, part)
    merged = _run_checked([textmine, "merge", pipeline] + folders + ["--out", out], "textmine merge")
    log(merged.decode("utf-8", "replace").rstrip())
    if not keep_parts:
        shutil.rmtree(parts_dir, ignore_errors=True)
    with open(os.path.join(out, "summary.json"), "rb") as handle:
        return json.loads(handle.read())


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Run a TextMine pipeline on Apache Spark; writes the same OUT as a local 'textmine run'.")
    parser.add_argument("pipeline", help="the pipeline file (YAML)")
    parser.add_argument("inputs", nargs="+", help="folders or files, as for 'textmine run'")
    parser.add_argument("--out", required=True, help="the merged output folder (on the driver)")
    parser.add_argument("--textmine", default=os.environ.get("TEXTMINE", "textmine"),
                        help="the textmine binary to ship (default: $TEXTMINE, else 'textmine' on PATH)")
    parser.add_argument("--master", help="Spark master when not started by spark-submit (e.g. local[2])")
    parser.add_argument("--partitions", type=int, help="number of partitions (default: Spark's default parallelism)")
    parser.add_argument("--read", choices=("executor", "driver"), default="executor",
                        help="where files are read: 'executor' (shared file system, default) or 'driver'")
    parser.add_argument("--jobs", type=int, default=None,
                        help="textmine --jobs per task (default: spark.task.cpus, usually 1)")
    parser.add_argument("--parts-dir", help="a shared folder where executors write part folders themselves")
    parser.add_argument("--keep-parts", action="store_true", help="keep the part folders after the merge")
    parser.add_argument("--include", action="append", default=[], help="include glob (repeatable), as for textmine run")
    parser.add_argument("--exclude", action="append", default=[], help="exclude glob (repeatable), as for textmine run")
    parser.add_argument("--shard", help="only this I/N slice of the sorted input, as 'textmine run --shard'")
    args = parser.parse_args(argv)

    textmine = shutil.which(args.textmine) or args.textmine
    if not (os.path.isfile(textmine) and os.access(textmine, os.X_OK)):
        parser.error(f"textmine binary not found or not executable: {args.textmine}")

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName(f"textmine {os.path.basename(args.pipeline)}")
    conf.set("spark.ui.showConsoleProgress", "false")
    if args.master:
        conf.setMaster(args.master)
        if args.master.startswith("local"):
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    jobs = args.jobs or int(sc.getConf().get("spark.task.cpus", "1"))
    try:
        summary = run(sc, textmine, args.pipeline, args.inputs, args.out, partitions=args.partitions, read=args.read,
                      jobs=jobs, parts_dir=args.parts_dir, keep_parts=args.keep_parts, include=args.include,
                      exclude=args.exclude, shard=args.shard)
    except TextMineSparkError as error:
        print(f"textmine-spark: error: {error}", file=sys.stderr)
        return 2
    finally:
        sc.stop()
    documents = summary["documents"]
    print(f"textmine-spark: {documents['processed']} processed, {documents['skipped']} skipped, "
          f"{documents['failed']} failed, {documents['warnings']} with warnings → {args.out}/")
    return 1 if documents["skipped"] + documents["failed"] > 0 else 0


if __name__ == "__main__":
    sys.exit(main())
