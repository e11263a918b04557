"""Inputs that Spark itself reads on the executors, from any Hadoop-supported URI (hdfs://, s3a://, gs://, file://).

Two kinds (README, "Corpora in cluster storage"):

* Folders (or single files) of text documents. The driver lists them through Hadoop's FileSystem API and lets
  textmine decide ids, groups, order, include/exclude globs, hidden names and `--shard` by running
  `textmine run --list-inputs` over an empty mirror of the listing, so the documents are exactly those a local run
  over the same folder processes. The executors read the bytes with Spark SQL's binaryFile source (not
  `wholeTextFiles`, which decodes as UTF-8 and would silently replace invalid bytes that a local run reports), and
  each file travels to textmine as `text` or, when it is not valid UTF-8, as `base64`, as with `--read driver`.
* JSON Lines in the `--stdin-jsonl` format, one or many files. The stream is the inputs in the order given, each a
  file or a folder whose files (in its subfolders too) are taken in path order (as Spark lists them: names
  starting with `.` or `_`, such as `_SUCCESS`, are not input), each file's lines in order; a local run over the same stream is
  `cat FILES… | textmine run PIPELINE --stdin-jsonl`. Every line reaches textmine byte for byte (read with
  Spark SQL's binaryFile source, split on `\\n` only, as textmine splits), and each partition is told how many lines came before
  it (`--stdin-lines-before`), so a bad line is named `<stdin line N>` by its line in the whole stream.

Both end as an RDD of ordered (label, JSON line) items in contiguous ranges, one range per partition, which
textmine_spark's partition runner feeds to textmine.
"""

import base64
import bisect
import json
import os
import re
import shutil
import subprocess
import tempfile

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:/")


class InputError(RuntimeError):
    """An input URI that cannot be used (missing, unlistable, or holding names Hadoop would skip)."""


def is_uri(text):
    """Whether an input is a URI (`scheme:/…`) rather than a local path."""
    return bool(_URI.match(text))


def _hadoop(sc, uri):
    """(FileSystem, qualified Path) of a URI, through the driver's JVM."""
    jvm = sc._jvm
    path = jvm.org.apache.hadoop.fs.Path(uri)
    try:
        fs = path.getFileSystem(sc._jsc.hadoopConfiguration())
        return fs, fs.makeQualified(path)
    except Exception as error:  # Py4JJavaError: no file system for the scheme, bad authority …
        raise InputError(f"{uri}: error: cannot open this file system: {_java_message(error)}") from error


def _java_message(error):
    java = getattr(error, "java_exception", None)
    return java.toString() if java is not None else str(error).strip().splitlines()[-1]


def _joined(sc, array, count):
    """The elements of a Java array as strings (toString), in one string built in the JVM: one py4j call per
    element would take minutes for a large corpus (each call is a socket round trip). py4j passes an array only to
    a parameter of exactly its type, so it is first copied into an Object[] (System.arraycopy takes plain Objects)."""
    jvm = sc._jvm
    objects = sc._gateway.new_array(jvm.java.lang.Object, count)
    jvm.java.lang.System.arraycopy(array, 0, objects, 0, count)
    return jvm.org.apache.commons.lang3.StringUtils.join(objects, "\n").split("\n")


def _children(sc, fs, folder):
    """[(path string, is a folder, length)] of one folder, with a constant number of py4j calls."""
    statuses = fs.listStatus(folder)
    count = len(statuses)
    if count == 0:
        return []
    paths = _joined(sc, sc._jvm.org.apache.hadoop.fs.FileUtil.stat2Paths(statuses), count)
    described = _joined(sc, statuses, count)  # FileStatus.toString: "…{path=P; isDirectory=B; length=N; …"
    children = []
    if len(paths) == count and len(described) == count:
        for path, text in zip(paths, described):
            marker = f"path={path}; isDirectory="
            at = text.find(marker)
            if at < 0:
                break
            flag = text[at + len(marker):].split(";", 2)
            if flag[0] == "true":
                children.append((path, True, 0))
            elif flag[0] == "false" and len(flag) > 1 and flag[1].startswith(" length=") and flag[1][8:].isdigit():
                children.append((path, False, int(flag[1][8:])))
            else:
                break
        else:
            return children
    # A name with a newline, or a FileStatus that describes itself differently: ask entry by entry.
    return [(status.getPath().toString(), status.isDirectory(), status.getLen()) for status in statuses]


def _listed_paths(sc, fs, root):
    """Every file under `root`, recursively, as (Hadoop path string, length); folders whose name starts with '.' are
    not entered (a local run never reads them). Walks with listStatus: listFiles builds a LocatedFileStatus per
    file, which on file:// without Hadoop's native library reads each file's permissions separately (about 5 ms a
    file here, against 0.1 ms)."""
    files, folders = [], [root]
    while folders:
        folder = folders.pop()
        for path, is_folder, length in _children(sc, fs, folder):
            if not is_folder:
                files.append((path, length))
            elif not path.rstrip("/").rsplit("/", 1)[-1].startswith("."):
                folders.append(sc._jvm.org.apache.hadoop.fs.Path(path))
    return files


def list_files(sc, uri):
    """The files under a URI, recursively: (root string, [(relative path, full path string, length)]).

    A file URI lists itself, with its name as the relative path (as `textmine run FILE` names it).
    """
    fs, root = _hadoop(sc, uri)
    try:
        status = fs.getFileStatus(root)
    except Exception as error:
        raise InputError(f"{uri}: error: no such file or folder ({_java_message(error)})") from error
    root_text = root.toString().rstrip("/")
    if status.isFile():
        return root_text, [(root.getName(), root.toString(), status.getLen())]
    try:
        listed = _listed_paths(sc, fs, root)
    except Exception as error:
        raise InputError(f"{uri}: error: cannot list it: {_java_message(error)}") from error
    files = []
    for full, length in listed:
        if not full.startswith(root_text + "/"):
            raise InputError(f"{uri}: error: Hadoop listed {full}, which is not under {root_text}")
        files.append((full[len(root_text) + 1:], full, length))
    return root_text, files


def list_inputs(textmine, pipeline, roots, include=(), exclude=(), shard=None):
    """`textmine run PIPELINE ROOT… --list-inputs`: the documents a local run over these roots processes, as
    [{"id", "group", "path"}] in order."""
    command = [textmine, "run", pipeline] + list(roots) + ["--list-inputs"]
    for glob in include:
        command += ["--include", glob]
    for glob in exclude:
        command += ["--exclude", glob]
    if shard:
        command += ["--shard", shard]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode != 0:
        raise InputError(f"listing the inputs failed (exit code {result.returncode}): {' '.join(command)}\n"
                         + result.stderr.decode("utf-8", "replace"))
    return [json.loads(line) for line in result.stdout.split(b"\n") if line]


def select_documents(sc, textmine, pipeline, uris, include=(), exclude=(), shard=None, scratch=None):
    """The documents a local run over the same folders processes, in order: [(full path, length, id, group)].

    textmine decides (`--list-inputs` over an empty mirror of each listing), so no rule is written twice.
    """
    mirror_base = tempfile.mkdtemp(prefix="textmine-uri-listing-", dir=scratch)
    try:
        by_mirror_path = {}
        mirrors = []
        for number, uri in enumerate(uris):
            root, files = list_files(sc, uri)
            mirror = os.path.join(mirror_base, str(number))
            os.makedirs(mirror)
            single = len(files) == 1 and files[0][1].rstrip("/") == root
            for relative, full, length in files:
                local = os.path.join(mirror, relative)
                try:
                    os.makedirs(os.path.dirname(local), exist_ok=True)
                    open(local, "wb").close()
                except OSError as error:
                    raise InputError(f"{full}: error: cannot be mirrored as a file tree ({error.strerror}): is "
                                     "one name both a file and a folder?") from error
                by_mirror_path[local] = (full, length)
            mirrors.append(os.path.join(mirror, files[0][0]) if single else mirror)
        documents = [by_mirror_path[record["path"]] + (record["id"], record["group"])
                     for record in list_inputs(textmine, pipeline, mirrors, include, exclude, shard)]
    finally:
        shutil.rmtree(mirror_base, ignore_errors=True)
    skipped_by_hadoop = [full for full, _, document_id, _ in documents
                         if any(part.startswith("_") for part in document_id.split("/"))]
    if skipped_by_hadoop:
        shown = ", ".join(skipped_by_hadoop[:5]) + (" …" if len(skipped_by_hadoop) > 5 else "")
        raise InputError(
            f"{len(skipped_by_hadoop)} input files have a name (or a folder) starting with '_', which Hadoop's input "
            f"formats skip, while a local run reads them: {shown}. Rename them, or give them as local paths "
            "(--read executor or --read driver)")
    return documents


def content_record(document_id, group, content):
    """A `--stdin-jsonl` record carrying a file's exact bytes: `text` when valid UTF-8, else `base64`."""
    record = {"id": document_id, "group": group}
    try:
        record["text"] = content.decode("utf-8")
    except UnicodeDecodeError:
        record["base64"] = base64.b64encode(content).decode("ascii")
    return record


def contiguous_bounds(count, partitions):
    """The first position of each partition when `count` items are cut into `partitions` contiguous ranges."""
    return [count * index // partitions for index in range(partitions)]


# Spark SQL settings while a folder read is planned: no block locations (on file:// each costs a separate
# permission read), and a small cost per opened file so small files are packed by size into about one read task
# per core (the default 4 MB would make hundreds of tasks of 32 small files each).
_READ_SETTINGS = {"spark.sql.sources.ignoreDataLocality": "true", "spark.sql.files.openCostInBytes": "8192"}


def _file_contents(sc, uris):
    """(path string, bytes) of every file under the URIs, read on the executors by Spark SQL's binaryFile source.

    Not sc.binaryFiles: it serializes the whole Hadoop configuration once per file (about 30 ms a file here, over
    8 minutes for 16,760 files), and not wholeTextFiles, which decodes as UTF-8 and would replace invalid bytes.
    """
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.getOrCreate()
    before = {key: spark.conf.get(key, None) for key in _READ_SETTINGS}
    try:
        for key, value in _READ_SETTINGS.items():
            spark.conf.set(key, value)
        frame = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(list(uris))
        return frame.select("path", "content").rdd.map(lambda row: (row[0], bytes(row[1])))
    finally:
        for key, value in before.items():
            if value is None:
                spark.conf.unset(key)
            else:
                spark.conf.set(key, value)


def text_folder_items(sc, documents, uris, partitions, encode):
    """The documents' records, read on the executors, as an RDD of (id, JSON line) in id order, cut into
    `partitions` contiguous ranges; plus the number of documents each partition must receive.

    Empty files are the exception: Spark's file sources make no read task for a zero-length file, so their
    (empty) records are made here from the listing, and textmine reports them as locally."""
    positions = sc.broadcast({full: (position, document_id, group)
                              for position, (full, length, document_id, group) in enumerate(documents) if length})
    empty = [(position, (document_id, encode(content_record(document_id, group, b""))))
             for position, (_, length, document_id, group) in enumerate(documents) if not length]
    bounds = contiguous_bounds(len(documents), partitions)
    starts = bounds[1:]

    def keyed(pair):
        found = positions.value.get(pair[0])
        if found is None:  # not input: excluded by a glob, hidden, outside the shard
            return []
        position, document_id, group = found
        return [(position, (document_id, encode(content_record(document_id, group, pair[1]))))]

    read = _file_contents(sc, uris).flatMap(keyed)
    if empty:
        read = read.union(sc.parallelize(empty, 1))
    ordered = read.repartitionAndSortWithinPartitions(
        partitions, partitionFunc=lambda position: bisect.bisect_right(starts, position))
    expected = [end - start for start, end in zip(bounds, bounds[1:] + [len(documents)])]
    return ordered.values(), expected


def count_lines(content):
    """Lines as textmine's JSON Lines reader sees them: split on \\n; a last line without \\n counts."""
    return content.count(b"\n") + (1 if content and not content.endswith(b"\n") else 0)


def jsonl_items(sc, uris, partitions):
    """The JSON Lines stream of the inputs, read on the executors: an RDD of ("line N", line) in stream order, cut
    into contiguous line ranges, plus the number of lines before each partition (for --stdin-lines-before)."""
    from pyspark import StorageLevel

    rdds = [_file_contents(sc, [uri]).map(lambda pair, number=number: ((number, pair[0]), pair[1]))
            for number, uri in enumerate(uris)]
    files = (rdds[0] if len(rdds) == 1 else sc.union(rdds)).persist(StorageLevel.MEMORY_AND_DISK)
    sizes = sorted(files.mapValues(count_lines).collect(), key=lambda item: (item[0][0], item[0][1].encode("utf-8")))
    for number, uri in enumerate(uris):
        if not any(key[0] == number for key, _ in sizes):
            raise InputError(f"{uri}: error: no JSON Lines files there (names starting with '.' or '_' are skipped)")
    first_line, total = {}, 0
    for key, lines in sizes:
        first_line[key] = total
        total += lines
    partitions = max(1, min(partitions, total))
    bounds = contiguous_bounds(total, partitions)
    starts = bounds[1:]

    def numbered(pair):
        key, content = pair
        offset = first_line[key]
        lines = content.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        return [(offset + number, line + b"\n") for number, line in enumerate(lines)]

    ordered = files.flatMap(numbered).repartitionAndSortWithinPartitions(
        partitions, partitionFunc=lambda line: bisect.bisect_right(starts, line))
    items = ordered.map(lambda pair: (f"line {pair[0] + 1}", pair[1]))
    return items, bounds, files, [key[1] for key, _ in sizes]


def write_to_uri(sc, local_folder, uri):
    """Copies a finished local OUT folder to a URI, file by file, through Hadoop's FileSystem (overwriting the
    files of the same names, leaving others there alone)."""
    fs, root = _hadoop(sc, uri)
    jvm = sc._jvm
    try:
        fs.mkdirs(root)
        for parent, _, names in os.walk(local_folder):
            for name in sorted(names):
                local = os.path.join(parent, name)
                relative = os.path.relpath(local, local_folder)
                target = jvm.org.apache.hadoop.fs.Path(root, relative)
                source = jvm.org.apache.hadoop.fs.Path(jvm.java.io.File(local).toURI())
                fs.copyFromLocalFile(False, True, source, target)
    except Exception as error:
        raise InputError(f"{uri}: error: cannot write the merged OUT there: {_java_message(error)}") from error
