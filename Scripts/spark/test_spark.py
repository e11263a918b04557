#!/usr/bin/env python3
"""Integration test of the Spark driver on a Spark standalone cluster (or local[N]): the merged OUT must equal a
plain `textmine run` over the same inputs (documents.jsonl, failures.jsonl and summary.json byte-identical, every
CSV table and aggregate state equal) for local paths read on the driver or the executors, for folders and JSON
Lines that Spark reads from file:// URIs, with a worker killed in the middle of a spark-submit job; and a crashing
textmine must fail the run loudly with its stderr.

Run through Scripts/spark/test_spark.sh (`make spark-test`), which makes the venv with the pinned pyspark and
starts and stops the cluster (Scripts/spark/cluster.sh). Ends with 'N passed, N failed' and exits non-zero when
anything failed.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import textmine_spark  # noqa: E402

PIPELINE = os.path.join(ROOT, "Pipelines", "news.yaml")


def make_awkward_corpus(folder):
    """Articles whose text tests JSON Lines framing, and files a run must report rather than drop."""
    files = {
        "framing/newlines.txt": "Headline with \"quotes\" and \\backslashes\\\n\nA second paragraph,\r\nCRLF, "
                                "a lone \r return and \u2028 a line separator \u2029; it cost $5m on 3 March 2024.\n",
        "framing/controls.txt": "Controls \x01\x02\x1b[31m\x7f and a tab\there: 12% up, €45 million.\n",
        "framing/unicode.txt": "Ünïcödé: 日本語, Ελληνικά, עברית, emoji 😀🇬🇧, combining e\u0301, £3bn.\n",
        "framing/json-lookalike.txt": '{"id":"fake.txt","text":"not a record"}\n{"id":"x"}\n',
        "problems/invalid-utf8.txt": b"Bad \xff\xfe bytes, an overlong \xc0\xaf, a cut \xe2\x82 and $7bn.\n",
        "problems/nul.txt": b"a NUL \x00 byte makes this binary\n",
        "problems/empty.txt": b"",
        "problems/blank.txt": b" \n\t\r\n",
        "top-level.txt": "A top-level file about 40 per cent.\n",
        ".hidden/ignored.txt": "hidden folders are not input, locally or on Spark\n",
        "framing/not-text.md": "excluded by the include glob\n",
    }
    for relative, content in files.items():
        path = os.path.join(folder, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
    os.symlink("/nonexistent/target.txt", os.path.join(folder, "problems", "dangling.txt"))
    return folder


def local_run(textmine, inputs, out, shard=None, stdin=None):
    """`textmine run` over the inputs, or over a JSON Lines stream (`stdin` bytes) with --stdin-jsonl."""
    command = [textmine, "run", PIPELINE] + inputs + ["--out", out, "--no-progress", "--quiet", "--fresh"]
    if shard:
        command += ["--shard", shard]
    if stdin is not None:
        command += ["--stdin-jsonl"]
    result = subprocess.run(command, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode not in (0, 1):
        raise AssertionError(f"local run failed ({result.returncode}): {result.stderr.decode()}")


def make_jsonl_corpus(folder, textmine, corpora):
    """The documents of `corpora` as JSON Lines records with their content (text or base64) in two files, with the
    lines that must be reported rather than lost (not JSON, no content, two contents), blank lines, a CRLF line
    end, and a _SUCCESS marker that Hadoop skips as Spark's writers expect. Returns the stream a local run reads."""
    records = textmine_spark.list_inputs(textmine, PIPELINE, corpora)
    lines = [textmine_spark._encode(textmine_spark.read_on_driver(record)) for record in records]
    special = [b"not json at all\n", b"\n", b'{"id":"no-content.txt"}\n', b"   \t\r\n",
               b'{"id":"two.txt","text":"a","base64":"YQ=="}\n', b'{"id":"crlf.txt","text":"Up 5% on Friday."}\r\n']
    middle = len(lines) // 2
    files = {"part-00000.jsonl": lines[:middle] + special[:3], "part-00001.jsonl": special[3:] + lines[middle:]}
    os.makedirs(folder)
    for name, content in files.items():
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(b"".join(content))
    open(os.path.join(folder, "_SUCCESS"), "wb").close()
    return b"".join(files["part-00000.jsonl"] + files["part-00001.jsonl"])


def textmine_running_under(folder):
    """Whether a textmine process runs with its working folder under `folder` (an executor's, on one worker)."""
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.readlink(f"/proc/{entry}/cwd").startswith(os.path.realpath(folder) + "/") and \
                        os.path.basename(os.readlink(f"/proc/{entry}/exe")) == "textmine":
                    return True
            except OSError:
                continue
    return False


def replicate(source, folder, copies):
    """A bigger corpus: `copies` copies of a folder's tree side by side (copy-NN/group/file)."""
    for number in range(copies):
        shutil.copytree(source, os.path.join(folder, f"copy-{number:02d}"))
    return folder


def differences(local, merged):
    """Every way the merged OUT differs from the local OUT."""
    problems = []

    def read(folder, name):
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            return None
        with open(path, "rb") as handle:
            return handle.read()

    def files(folder, suffix, sub=""):
        base = os.path.join(folder, sub)
        return sorted(os.path.join(sub, name) for name in os.listdir(base) if name.endswith(suffix)) \
            if os.path.isdir(base) else []

    names = ["documents.jsonl", "failures.jsonl", "summary.json"]
    tables = files(local, ".csv")
    states = files(local, ".json", "state")
    if not tables:
        problems.append("the local run wrote no CSV table")
    if files(merged, ".csv") != tables:
        problems.append(f"tables: local {tables}, merged {files(merged, '.csv')}")
    if files(merged, ".json", "state") != states:
        problems.append(f"states: local {states}, merged {files(merged, '.json', 'state')}")
    for name in names + tables + states:
        expected, actual = read(local, name), read(merged, name)
        if expected is None:
            problems.append(f"{name}: missing in the local run")
        elif actual != expected:
            problems.append(f"{name}: differs ({len(expected)} bytes local, "
                            f"{'missing' if actual is None else len(actual)} merged)")
    return problems


class Suite:
    def __init__(self):
        self.passed, self.failed, self.skipped = 0, 0, 0

    def case(self, name, function):
        started = time.monotonic()
        try:
            message = function()
        except Exception:  # a failed assertion or an unexpected error: report and go on with the next case
            self.failed += 1
            print(f"FAIL {name} ({time.monotonic() - started:.1f} s)\n{traceback.format_exc()}", flush=True)
            return
        if message and message.startswith("skip:"):
            self.skipped += 1
            print(f"SKIP {name}: {message[5:].strip()}", flush=True)
        else:
            self.passed += 1
            print(f"ok   {name} ({time.monotonic() - started:.1f} s){': ' + message if message else ''}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--textmine", default=os.path.join(ROOT, ".build", "debug", "textmine"))
    parser.add_argument("--master", default="local[2]", help="spark://HOST:PORT of a standalone cluster, or local[N]")
    parser.add_argument("--cluster-dir", help="the folder of the cluster Scripts/spark/cluster.sh started (for the "
                                              "worker-kill case)")
    parser.add_argument("--bbc", default=os.environ.get("TEXTMINE_BBC_CORPUS",
                                                        os.path.join(ROOT, "..", "shared", "corpora", "bbc-news")))
    parser.add_argument("--bbc-shard", default="2/10", help="the slice of the BBC corpus to run (about 210 files, across two groups)")
    args = parser.parse_args()
    textmine = os.path.abspath(args.textmine)
    if not os.access(textmine, os.X_OK):
        print(f"test_spark: {textmine} is not built (make build)", file=sys.stderr)
        return 2

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setMaster(args.master).setAppName("textmine-spark-test")
    conf.set("spark.ui.showConsoleProgress", "false").set("spark.ui.enabled", "false")
    started = time.monotonic()
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    print(f"test_spark: Spark {sc.version} on {args.master}, context started in {time.monotonic() - started:.1f} s",
          flush=True)
    scratch = tempfile.mkdtemp(prefix="textmine-spark-test-")
    quiet = lambda message: None  # noqa: E731
    suite = Suite()

    def compare(name, local):
        merged = os.path.join(scratch, name, "spark")
        problems = differences(local, merged)
        assert not problems, "merged OUT differs from the local run:\n  " + "\n  ".join(problems)
        with open(os.path.join(merged, "summary.json"), "rb") as handle:
            documents = json.loads(handle.read())["documents"]
        return (f"{documents['processed']} processed, {documents['skipped']} skipped, "
                f"{documents['failed']} failed, {documents['warnings']} warnings; identical")

    def equal_to_local(name, inputs, shard=None, spark_inputs=None, out_uri=False, **options):
        local, merged = os.path.join(scratch, name, "local"), os.path.join(scratch, name, "spark")
        local_run(textmine, inputs, local, shard)
        out = "file://" + merged if out_uri else merged
        textmine_spark.run(sc, textmine, PIPELINE, spark_inputs or inputs, out, shard=shard, log=quiet, **options)
        return compare(name, local)

    samples = os.path.join(ROOT, "Samples")
    awkward = make_awkward_corpus(os.path.join(scratch, "awkward-corpus"))

    suite.case("Samples/, files read on the driver, 3 partitions",
               lambda: equal_to_local("samples", [samples], partitions=3, read="driver"))

    def awkward_case(read, parts_dir):
        def check():
            message = equal_to_local(f"awkward-{read}", [awkward], partitions=3, read=read, parts_dir=parts_dir)
            failures = open(os.path.join(scratch, f"awkward-{read}", "spark", "failures.jsonl"), encoding="utf-8").read()
            for expected in ('"problems/nul.txt"', '"problems/empty.txt"', '"problems/blank.txt"',
                             '"problems/invalid-utf8.txt"'):
                assert expected in failures, f"{expected} is not reported in failures.jsonl:\n{failures}"
            return message
        return check

    suite.case("broken and awkward files, read on the driver (text or base64), parts returned to the driver",
               awkward_case("driver", None))
    suite.case("broken and awkward files, read by textmine in the executor, parts written by the executors",
               awkward_case("executor", os.path.join(scratch, "awkward-executor", "parts")))

    def records_carry_exact_bytes():
        records = textmine_spark.list_inputs(textmine, PIPELINE, [awkward])
        shipped = {record["id"]: textmine_spark.read_on_driver(record) for record in records}
        assert "base64" in shipped["problems/invalid-utf8.txt"], shipped["problems/invalid-utf8.txt"]
        assert shipped["problems/nul.txt"].get("text") == "a NUL \x00 byte makes this binary\n"
        for record in shipped.values():
            line = textmine_spark._encode(record)
            assert line.count(b"\n") == 1 and line.endswith(b"\n"), line
        ids = [record["id"] for record in records]
        assert ids == sorted(ids, key=lambda text: text.encode("utf-8")), ids
        assert ".hidden/ignored.txt" not in ids and "framing/not-text.md" not in ids, ids
        return f"{len(records)} records, one line each"

    suite.case("records: one line each, invalid UTF-8 as base64, NUL as JSON text", records_carry_exact_bytes)

    def uri_folders():
        message = equal_to_local("uri-awkward", [awkward], spark_inputs=["file://" + awkward], partitions=3,
                                 out_uri=True)
        failures = open(os.path.join(scratch, "uri-awkward", "spark", "failures.jsonl"), encoding="utf-8").read()
        assert '"problems/invalid-utf8.txt"' in failures and '"problems/nul.txt"' in failures, failures
        return message

    suite.case("broken and awkward files from a file:// URI, read by Spark (binaryFile source), OUT to a file:// URI",
               uri_folders)
    suite.case("two file:// URIs (Samples/ and the broken files), --shard 1/2, 2 partitions",
               lambda: equal_to_local("uri-two", [samples, awkward], shard="1/2", partitions=2,
                                      spark_inputs=["file://" + samples, "file://" + awkward]))

    def underscore_names_refused():
        corpus = os.path.join(scratch, "underscore")
        os.makedirs(os.path.join(corpus, "news"))
        for name in ("a.txt", "_draft.txt"):
            with open(os.path.join(corpus, "news", name), "w") as handle:
                handle.write("Up 5% on Friday.\n")
        try:
            textmine_spark.run(sc, textmine, PIPELINE, ["file://" + corpus], os.path.join(corpus, "out"), log=quiet)
        except textmine_spark.TextMineSparkError as error:
            assert "news/_draft.txt" in str(error) and "'_'" in str(error), str(error)
            assert not os.path.exists(os.path.join(corpus, "out")), "a refused run must not write OUT"
            return "refused before the job, naming the file"
        raise AssertionError("a file Hadoop's input formats skip was not reported")

    suite.case("a URI folder with a file Hadoop would skip (_draft.txt) is refused, not silently shortened",
               underscore_names_refused)

    def jsonl_uris():
        folder = os.path.join(scratch, "jsonl", "records")
        stream = make_jsonl_corpus(folder, textmine, [samples, awkward])
        local = os.path.join(scratch, "jsonl", "local")
        local_run(textmine, [], local, stdin=stream)
        textmine_spark.run(sc, textmine, PIPELINE, ["file://" + folder], os.path.join(scratch, "jsonl", "spark"),
                           partitions=4, jsonl=True, log=quiet)
        message = compare("jsonl", local)
        failures = open(os.path.join(local, "failures.jsonl"), encoding="utf-8").read()
        for expected in ('"<stdin line ', '"no-content.txt"', '"two.txt"', '"problems/nul.txt"'):
            assert expected in failures, f"{expected} is not reported in failures.jsonl:\n{failures}"
        return message

    suite.case("JSON Lines from a file:// URI (two files, bad, blank and CRLF lines), 4 partitions", jsonl_uris)

    def bbc_slice():
        if not os.path.isdir(args.bbc):
            return f"skip: the BBC corpus is not at {args.bbc} (set TEXTMINE_BBC_CORPUS)"
        return equal_to_local("bbc", [args.bbc], shard=args.bbc_shard, partitions=4, read="executor",
                              parts_dir=os.path.join(scratch, "bbc", "parts"))

    suite.case(f"BBC corpus, shard {args.bbc_shard}, 4 partitions", bbc_slice)

    def crash_is_loud():
        crashing = os.path.join(scratch, "bin", "textmine-crashing")
        os.makedirs(os.path.dirname(crashing))
        with open(crashing, "w") as handle:
            handle.write("#!/bin/sh\n"
                         "# Lists and merges like textmine; crashes when it is asked to process a partition.\n"
                         "case \" $* \" in *' --stdin-jsonl '*)\n"
                         "  head -c 100 >/dev/null\n"
                         "  echo 'textmine: simulated crash in a partition' >&2\n"
                         "  kill -SEGV $$ ;;\n"
                         "esac\n"
                         f"exec '{textmine}' \"$@\"\n")
        os.chmod(crashing, 0o755)
        out = os.path.join(scratch, "crash", "spark")
        sc.setLogLevel("OFF")  # the expected task failure would otherwise print a Java stack trace
        try:
            textmine_spark.run(sc, crashing, PIPELINE, [samples], out, partitions=2, log=quiet)
        except textmine_spark.TextMineSparkError as error:
            text = str(error)
            assert "simulated crash in a partition" in text, f"textmine's stderr is not in the error:\n{text[-3000:]}"
            assert "SIGSEGV" in text, f"the signal is not named in the error:\n{text[-3000:]}"
            assert not os.path.exists(os.path.join(out, "documents.jsonl")), "a failed run must not write OUT"
            return "TextMineSparkError with the signal and textmine's stderr"
        finally:
            sc.setLogLevel("ERROR")
        raise AssertionError("a crashing textmine did not fail the run")

    suite.case("a crashing textmine fails the run with its stderr", crash_is_loud)
    sc.stop()

    def worker_killed_mid_job():
        if not args.cluster_dir:
            return "skip: no --cluster-dir (the worker-kill case needs the cluster of Scripts/spark/cluster.sh)"
        corpus = replicate(samples, os.path.join(scratch, "big-corpus"), 16)
        name = "killed"
        local, merged = os.path.join(scratch, name, "local"), os.path.join(scratch, name, "spark")
        parts = os.path.join(scratch, name, "parts")
        local_run(textmine, [corpus], local)
        submit = os.path.join(os.path.dirname(sys.executable), "spark-submit")
        events = os.path.join(scratch, name, "events")
        os.makedirs(events)
        # The event log says, task by task, how each attempt ended: the proof that tasks were lost and rerun.
        command = [submit, "--master", args.master, "--conf", "spark.ui.enabled=false",
                   "--conf", "spark.eventLog.enabled=true", "--conf", f"spark.eventLog.dir=file://{events}",
                   "--conf", "spark.eventLog.compress=false",
                   os.path.join(HERE, "textmine_spark.py"), "--textmine", textmine, "--partitions", "8",
                   "--parts-dir", parts, "--keep-parts", PIPELINE, corpus, "--out", merged]
        log = open(os.path.join(scratch, name, "spark-submit.log"), "w+b")
        job = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        killed_at = None
        deadline = time.monotonic() + 150
        while job.poll() is None and time.monotonic() < deadline:
            done = [entry for entry in os.listdir(parts) if entry.startswith("part-")] if os.path.isdir(parts) else []
            # Mid-job: some parts are finished and worker 2's executor is running textmine on another one right now.
            if done and killed_at is None and textmine_running_under(os.path.join(args.cluster_dir, "work", "worker-2")):
                subprocess.run([os.path.join(HERE, "cluster.sh"), "kill-worker", args.cluster_dir, "2"], check=True)
                killed_at = len(done)
            time.sleep(0.05)
        if job.poll() is None:
            job.kill()
            job.wait()
            raise AssertionError("spark-submit did not finish within 150 s")
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
        assert job.returncode == 0, f"spark-submit exited {job.returncode}:\n{output[-4000:]}"
        assert killed_at is not None and killed_at < 8, f"the worker was not killed mid-job ({killed_at} parts done)"
        ends = [json.loads(line) for path in glob.glob(os.path.join(events, "**", "*"), recursive=True)
                if os.path.isfile(path) for line in open(path, "rb") if b'"SparkListenerTaskEnd"' in line]
        lost = [end for end in ends if end["Task End Reason"]["Reason"] == "ExecutorLostFailure"]
        assert lost, f"no task was lost with the executor, so nothing was rerun ({len(ends)} task ends in the event log)"
        return (compare(name, local) + f"; worker 2 killed after {killed_at} of 8 parts, "
                f"{len(lost)} task(s) lost and rerun ({len(ends)} attempts)")

    suite.case("spark-submit, 192 files in 8 partitions, worker 2 killed with SIGKILL mid-job", worker_killed_mid_job)

    shutil.rmtree(scratch, ignore_errors=True)
    print(f"test_spark: {time.monotonic() - started:.1f} s after Spark started")
    print(f"spark: {suite.passed} passed, {suite.failed} failed" + (f", {suite.skipped} skipped" if suite.skipped else ""))
    return 1 if suite.failed else 0


if __name__ == "__main__":
    sys.exit(main())
