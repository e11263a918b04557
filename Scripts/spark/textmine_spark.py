#!/usr/bin/env python3
"""Run a TextMine pipeline on Apache Spark and write the same OUT folder as a local `textmine run`.

    spark-submit Scripts/spark/textmine_spark.py --textmine .build/release/textmine \\
        Pipelines/news.yaml /shared/corpus --out /shared/out/news                  # a shared file system
    spark-submit --master spark://HOST:7077 Scripts/spark/textmine_spark.py --textmine .build/release/textmine \\
        Pipelines/news.yaml s3a://bucket/corpus --out s3a://bucket/out/news        # read by Spark on the executors
    spark-submit … Scripts/spark/textmine_spark.py … --jsonl hdfs:///data/records/ --out /local/out/news

How it works (README, "Scale-out on Apache Spark"):

1. The driver asks textmine itself for the input list (`textmine run PIPELINE INPUT... --list-inputs`), so ids,
   groups, order, include/exclude globs, hidden files and symlinks are exactly those of a local run. For URI
   inputs it lists them through Hadoop's FileSystem and asks textmine the same question about that listing
   (textmine_spark_uris.py); JSON Lines inputs are one stream in the order given.
2. The list is cut into contiguous id ranges (or line ranges), one per partition.
3. What the executors need travels with the job, in forms every cluster manager accepts: the textmine binary as a
   file (`addFile`), the pipeline's folder (the pipeline file and the pattern files and lists it names relative to
   itself) as a zip archive that Spark unpacks in each executor's working folder (`addArchive`; a plain folder
   cannot be shipped beyond local[N]), this code as Python files (`addPyFile`). Each partition runs
   `textmine run PIPELINE --stdin-jsonl --stdout-jsonl --out TMP` in a subprocess (`mapPartitionsWithIndex`), feeding
   one JSON Lines record per document:
     --read executor (default): {"id", "group", "path"}; textmine opens the file itself, exactly as a local run
        does. Needs the input on a file system every executor sees at the same path (NFS, Lustre, a bind mount).
     --read driver: the driver reads each file and sends {"id", "group", "text"} when it is valid UTF-8 and
        {"id", "group", "base64"} (the raw bytes) otherwise, so invalid UTF-8 and NUL bytes reach textmine
        unchanged and are judged (warning, skipped) as in a local run; a file the driver cannot read is sent as
        {"path"} so textmine reports it as unreadable. For clusters without a shared file system; the driver
        holds the corpus in memory.
     URI inputs: the executors read the files (Spark SQL's binaryFile source) and send {"id", "group", "text" or "base64"}, or
        pass the JSON Lines through byte for byte (`--jsonl`, with `--stdin-lines-before`).
4. Each partition's result (the documents from stdout, OUT/failures.jsonl, OUT/summary.json, OUT/state/*.json) is
   written as a part folder, either by the executor into --parts-dir (a shared file system) or, without
   --parts-dir, returned to the driver as a record and written there.
5. `textmine merge PIPELINE part-00000 ... --out OUT` concatenates the parts in id order and merges the aggregate
   states exactly, so OUT is byte-identical to a local run (Scripts/spark/test_spark.py checks it). An OUT URI is
   written by merging on the driver, then copying the files there through Hadoop's FileSystem.

A lost executor, a retried or a speculative task cannot change the answer: a partition's result is a pure function
of its records, a part folder is renamed into place whole, and the driver takes exactly one result per partition.

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
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textmine_spark_uris import (InputError, content_record, is_uri, jsonl_items, select_documents,  # noqa: E402
                                 text_folder_items, write_to_uri)
from textmine_spark_uris import list_inputs as textmine_list_inputs  # noqa: E402

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
    try:
        return textmine_list_inputs(textmine, pipeline, [os.path.abspath(path) for path in inputs], include, exclude,
                                    shard)
    except InputError as error:
        raise TextMineSparkError(str(error)) from error


SHIP_LIMIT = 256 * 1024 * 1024


def _pipeline_archive(folder):
    """The pipeline's folder as a zip that Spark unpacks in every executor's working folder (addArchive /
    --archives): a local folder cannot be shipped with addFile beyond local[N]. Refuses a folder that is clearly
    not a pipeline's (a whole repository, a home folder). The name carries a digest of the content, so adding the
    same folder again in one SparkContext is the same file and a changed folder is a new one."""
    import hashlib
    entries, total = [], 0
    for parent, folders, files in os.walk(folder):
        folders.sort()
        for name in sorted(files):
            path = os.path.join(parent, name)
            if not os.path.isfile(path):
                continue
            total += os.path.getsize(path)
            if total > SHIP_LIMIT:
                raise TextMineSparkError(
                    f"the pipeline's folder {folder} holds over {SHIP_LIMIT >> 20} MB, and it is shipped to every "
                    "executor: put the pipeline and the files it names in a folder of their own")
            entries.append((os.path.relpath(path, folder), path))
    digest = hashlib.sha256()
    for relative, path in entries:
        digest.update(relative.encode("utf-8") + b"\0")
        with open(path, "rb") as handle:
            digest.update(hashlib.sha256(handle.read()).digest())
    archive = os.path.join(_scratch(), f"textmine-pipeline-{digest.hexdigest()[:16]}.zip")
    if not os.path.exists(archive):
        staging = archive + f".{uuid.uuid4().hex}"
        with zipfile.ZipFile(staging, "w", zipfile.ZIP_DEFLATED) as bundle:
            for relative, path in entries:
                bundle.write(path, relative)
        os.rename(staging, archive)
    return archive


_SCRATCH = []


def _scratch():
    """This driver's own temporary folder (the pipeline archives it ships), removed when the driver exits."""
    if not _SCRATCH:
        import atexit
        _SCRATCH.append(tempfile.mkdtemp(prefix="textmine-spark-driver-"))
        atexit.register(shutil.rmtree, _SCRATCH[0], True)
    return _SCRATCH[0]


def read_on_driver(record):
    """Turns a {"id", "group", "path"} record into one that carries the file's bytes (see the module doc)."""
    try:
        with open(record["path"], "rb") as handle:
            content = handle.read()
    except OSError:
        return record  # textmine, in the executor, will try again and report the file as unreadable
    return content_record(record["id"], record["group"], content)


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


def _blank(line):
    """textmine skips (and does not count) JSON Lines that hold only spaces, tabs and CR."""
    return not line.strip(b" \t\r\n")


def make_partition_runner(binary_name, archive_name, pipeline_file, jobs, parts_dir, expected=None,
                          lines_before=None):
    """The function each partition runs (it only captures these small settings).

    Each partition gets ordered (label, JSON line) items: label is the document id (or "line N" for a JSON Lines
    stream), used only in error messages. `archive_name` is the shipped pipeline folder (unpacked by Spark under
    that name), `pipeline_file` the pipeline's name in it. `expected[i]`, when given, is the number of documents
    partition i must receive (a file Spark did not read fails the task); `lines_before[i]` the lines of the whole
    stream before partition i (JSON Lines inputs).
    """

    def run_partition(index, items):
        from pyspark import SparkFiles

        binary = _executable(os.path.abspath(SparkFiles.get(binary_name)))
        pipeline = os.path.join(os.path.abspath(SparkFiles.get(archive_name)), pipeline_file)
        work = tempfile.mkdtemp(prefix=f"textmine-part-{index:05d}-")
        try:
            out = os.path.join(work, "out")
            command = [binary, "run", pipeline, "--stdin-jsonl", "--stdout-jsonl", "--out", out,
                       "--jobs", str(jobs), "--fresh", "--quiet", "--no-progress"]
            if lines_before is not None:
                command += ["--stdin-lines-before", str(lines_before[index])]
            sent, first, last = 0, None, None
            with open(os.path.join(work, "stdout"), "wb") as stdout, open(os.path.join(work, "stderr"), "wb") as stderr:
                began = time.monotonic()
                process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=stdout, stderr=stderr)
                try:
                    for label, line in items:
                        first = first or label
                        last = label
                        process.stdin.write(line)
                        sent += 0 if _blank(line) else 1
                    process.stdin.close()
                except BrokenPipeError:
                    pass  # textmine died; its exit status and stderr say why
                finally:
                    code = process.wait()
                    seconds = time.monotonic() - began
            with open(os.path.join(work, "stderr"), "rb") as handle:
                errors = handle.read().decode("utf-8", "replace")
            where = f"partition {index} ({sent} documents, {first} … {last})"
            if code not in (0, 1):
                raise TextMineSparkError(f"textmine failed in {where}: {_describe_exit(code)}\n{errors}")
            if expected is not None and sent != expected[index]:
                raise TextMineSparkError(
                    f"{where}: Spark read {sent} of the {expected[index]} files listed for this partition (a file "
                    "removed since the listing, or one Hadoop's input format skips)")
            shutil.move(os.path.join(work, "stdout"), os.path.join(out, "documents.jsonl"))
            part = _read_part(out)
            counts = json.loads(part["summary.json"])["counts"]
            accounted = counts["processed"] + counts["skipped"] + counts["failed"]
            if accounted != sent:
                raise TextMineSparkError(
                    f"{where}: {sent} records sent but textmine accounted for {accounted} documents\n{errors}")
            if parts_dir is None:
                yield index, part, seconds
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
            yield index, None, seconds
        finally:
            shutil.rmtree(work, ignore_errors=True)

    return run_partition


def run(sc, textmine, pipeline, inputs, out, partitions=None, read="executor", jobs=1, parts_dir=None,
        keep_parts=False, include=(), exclude=(), shard=None, jsonl=False, log=print):
    """Runs the pipeline over the inputs on the SparkContext `sc` and writes OUT; returns OUT's summary.json.

    Inputs are local paths (listed by textmine on the driver, read as `read` says), URIs of folders of text files
    (read by Spark on the executors), or, with `jsonl`, JSON Lines files or folders of them (URIs or paths, read
    by Spark). OUT is a local folder or a URI. `parts_dir` set means the executors write the part folders there
    themselves (it must be on a file system they all see); otherwise the parts travel back to the driver and are
    written to a temporary folder beside OUT (or in the driver's temporary folder when OUT is a URI).
    """
    started = time.monotonic()
    textmine = os.path.abspath(textmine)
    pipeline = os.path.abspath(pipeline)
    uris = [path for path in inputs if is_uri(path)]
    if uris and not jsonl and len(uris) != len(inputs):
        raise TextMineSparkError("give either local paths or URIs as inputs, not both")
    if jsonl and (include or exclude or shard):
        raise TextMineSparkError("--include, --exclude and --shard select files; they do not apply to --jsonl")
    if read not in ("executor", "driver"):
        raise ValueError(f"read must be 'executor' or 'driver', not {read!r}")

    # What executors need travels with the job: the binary as a file, the pipeline's folder (the pipeline and the
    # pattern files and lists it names relative to itself) as an archive Spark unpacks, this code as Python files.
    archive = _pipeline_archive(os.path.dirname(pipeline))
    sc.addFile(textmine)
    sc.addArchive(archive)
    here = os.path.dirname(os.path.abspath(__file__))
    for module in ("textmine_spark_uris.py", "textmine_spark.py"):
        sc.addPyFile(os.path.join(here, module))

    expected, lines_before, cached = None, None, None
    wanted = partitions or sc.defaultParallelism
    try:
        if jsonl:
            items, lines_before, cached, files = jsonl_items(sc, inputs, wanted)
            partitions = len(lines_before)
            log(f"textmine-spark: {len(files)} JSON Lines files, {partitions} partitions (read by Spark)")
        elif uris:
            documents = select_documents(sc, textmine, pipeline, uris, include, exclude, shard)
            partitions = max(1, min(wanted, len(documents) or 1))
            items, expected = text_folder_items(sc, documents, uris, partitions, _encode)
            log(f"textmine-spark: {len(documents)} documents in {partitions} partitions (read by Spark)")
        else:
            records = list_inputs(textmine, pipeline, inputs, include, exclude, shard)
            if read == "driver":
                records = [read_on_driver(record) for record in records]
            partitions = max(1, min(wanted, len(records) or 1))
            items = sc.parallelize([(record["id"], _encode(record)) for record in records], partitions)
            log(f"textmine-spark: {len(records)} documents in {partitions} partitions (read on the {read})")
    except InputError as error:
        raise TextMineSparkError(str(error)) from error
    listed = time.monotonic()

    out_uri = out if is_uri(out) else None
    out = os.path.join(_scratch(), "merged-out") if out_uri else os.path.abspath(out)
    executor_writes = parts_dir is not None
    if executor_writes:
        parts_dir = os.path.abspath(parts_dir)
        if os.path.exists(parts_dir):
            shutil.rmtree(parts_dir)
        os.makedirs(parts_dir)
    else:
        os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
        parts_dir = tempfile.mkdtemp(prefix=".textmine-parts-", dir=os.path.dirname(out) or ".")

    runner = make_partition_runner(os.path.basename(textmine), os.path.basename(archive), os.path.basename(pipeline),
                                   jobs, parts_dir if executor_writes else None, expected, lines_before)
    began = time.monotonic()
    try:
        results = items.mapPartitionsWithIndex(runner).collect()
    except Exception as error:  # Py4JJavaError carries the executor's Python traceback and textmine's stderr
        raise TextMineSparkError(f"the Spark job failed: {error}") from error
    finally:
        if cached is not None:
            cached.unpersist()

    job_seconds = time.monotonic() - began
    indexes = [index for index, _, _ in results]
    if indexes != list(range(partitions)):
        raise TextMineSparkError(f"expected one result per partition 0..{partitions - 1}, got {indexes}")
    folders = [os.path.join(parts_dir, f"part-{index:05d}") for index in indexes]
    for folder, (_, part, _) in zip(folders, results):
        if part is not None:
            write_part(folder, part)
    merging = time.monotonic()
    # JSON Lines parts are consecutive slices of one stream: merged in part order, as the single run keeps the stream's
    # order; parts of folders are merged by id.
    order = ["--order", "parts"] if jsonl else []
    merged = _run_checked([textmine, "merge", pipeline] + folders + order + ["--out", out], "textmine merge")
    log(merged.decode("utf-8", "replace").rstrip())
    textmine_seconds = [seconds for _, _, seconds in results]
    log(f"textmine-spark: listing and packing {listed - started:.1f} s, Spark job {job_seconds:.1f} s (textmine in the "
        f"partitions {sum(textmine_seconds):.1f} s in all, {max(textmine_seconds):.1f} s the longest), merge "
        f"{time.monotonic() - merging:.1f} s")
    if not keep_parts:
        shutil.rmtree(parts_dir, ignore_errors=True)
    with open(os.path.join(out, "summary.json"), "rb") as handle:
        summary = json.loads(handle.read())
    if out_uri:
        try:
            write_to_uri(sc, out, out_uri)
        except InputError as error:
            raise TextMineSparkError(str(error)) from error
        finally:
            shutil.rmtree(out, ignore_errors=True)
    return summary


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Run a TextMine pipeline on Apache Spark; writes the same OUT as a local 'textmine run'.")
    parser.add_argument("pipeline", help="the pipeline file (YAML)")
    parser.add_argument("inputs", nargs="+",
                        help="folders or files, as for 'textmine run', or URIs (hdfs://, s3a://, file://…) that Spark "
                             "reads on the executors")
    parser.add_argument("--out", required=True, help="the merged output folder (on the driver), or a URI")
    parser.add_argument("--jsonl", action="store_true",
                        help="the inputs are JSON Lines files (or folders of them) in the --stdin-jsonl format, read "
                             "by Spark, as one stream in the order given")
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
    if not os.path.isfile(textmine):
        parser.error(f"textmine binary not found: {args.textmine}")
    textmine = _executable(textmine)  # a binary shipped with --files to a cluster-mode driver may lose its x bit

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName(f"textmine {os.path.basename(args.pipeline)}")
    conf.set("spark.ui.showConsoleProgress", "false")
    if args.master:
        conf.setMaster(args.master)
        if args.master.startswith("local"):
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    starting = time.monotonic()
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    print(f"textmine-spark: Spark {sc.version} on {sc.master} ready in {time.monotonic() - starting:.1f} s "
          f"(default parallelism {sc.defaultParallelism})")
    jobs = args.jobs or int(sc.getConf().get("spark.task.cpus", "1"))
    try:
        summary = run(sc, textmine, args.pipeline, args.inputs, args.out, partitions=args.partitions, read=args.read,
                      jobs=jobs, parts_dir=args.parts_dir, keep_parts=args.keep_parts, include=args.include,
                      exclude=args.exclude, shard=args.shard, jsonl=args.jsonl)
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
