#!/usr/bin/env python3
"""Regenerate Sources/Engines/VADER/LexiconData.swift from the vaderSentiment wheel.

The VADER module embeds vaderSentiment 3.3.2's `vader_lexicon.txt` and
`emoji_utf8_lexicon.txt` as Swift raw multi-line string literals, so the
compiled binary is self-contained (no SwiftPM resources / Bundle lookup).
The text is split into chunks of CHUNK_LINES lines to keep compile times low.
Line endings are normalised to LF (the reference strips each line anyway).

Usage:
  python3 generate_lexicon.py [--wheel vaderSentiment-3.3.2-py2.py3-none-any.whl]
                              [--out path/to/LexiconData.swift]
                              [--license-out path/to/LICENSE-vaderSentiment.txt]
Without --wheel the files are read from an installed `vaderSentiment` package
(e.g. `pip install vaderSentiment==3.3.2` in a venv) and its dist-info LICENSE.txt.
"""
import argparse
import glob
import hashlib
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def default_module_dir():
    """Sources/Engines/VADER in the TextMine repo (script in Scripts/vader/),
    Sources/VADER in a standalone package (script in Scripts/)."""
    up = os.path.dirname(HERE)
    if os.path.basename(up) == "Scripts":
        return os.path.join(os.path.dirname(up), "Sources", "Engines", "VADER")
    return os.path.join(up, "Sources", "VADER")
CHUNK_LINES = 800
FILES = ("vader_lexicon.txt", "emoji_utf8_lexicon.txt")


def read_from_wheel(path):
    out = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            base = os.path.basename(name)
            if base in FILES and name.startswith("vaderSentiment/"):
                out[base] = z.read(name)
            elif name.endswith(".dist-info/LICENSE.txt"):
                out["LICENSE.txt"] = z.read(name)
            elif name.endswith(".dist-info/METADATA"):
                out["METADATA"] = z.read(name)
    return out


def read_installed():
    import vaderSentiment
    pkg = os.path.dirname(vaderSentiment.__file__)
    out = {}
    for f in FILES:
        with open(os.path.join(pkg, f), "rb") as fh:
            out[f] = fh.read()
    for info in glob.glob(os.path.join(os.path.dirname(pkg), "vaderSentiment-*.dist-info")):
        for name in ("LICENSE.txt", "METADATA"):
            p = os.path.join(info, name)
            if os.path.exists(p):
                with open(p, "rb") as fh:
                    out[name] = fh.read()
    return out


def version_of(metadata):
    for line in metadata.decode("utf-8").splitlines():
        if line.startswith("Version:"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def swift_chunks(text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
    for line in lines:
        # A raw #"""...."""# literal only breaks on `"""#` or `\#`.
        if '"""#' in line or "\\#" in line:
            raise SystemExit("unsupported sequence in line: %r" % line)
    for i in range(0, len(lines), CHUNK_LINES):
        yield "\n".join(lines[i:i + CHUNK_LINES])


def emit_array(name, doc, text):
    parts = ["    /// %s\n    static let %s: [String] = [\n" % (doc, name)]
    for chunk in swift_chunks(text):
        parts.append('#"""\n%s\n"""#,\n' % chunk)
    parts.append("    ]\n")
    return "".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wheel")
    ap.add_argument("--out", default=os.path.join(default_module_dir(), "LexiconData.swift"))
    ap.add_argument("--license-out", default=os.path.join(default_module_dir(), "LICENSE-vaderSentiment.txt"))
    args = ap.parse_args()
    data = read_from_wheel(args.wheel) if args.wheel else read_installed()
    for f in FILES:
        if f not in data:
            raise SystemExit("missing %s" % f)
    version = version_of(data["METADATA"]) if "METADATA" in data else "unknown"
    if version != "3.3.2":
        print("warning: vaderSentiment version is %s, expected 3.3.2" % version, file=sys.stderr)
    lex = data["vader_lexicon.txt"].decode("utf-8")
    emo = data["emoji_utf8_lexicon.txt"].decode("utf-8")
    digest = lambda b: hashlib.sha256(b).hexdigest()
    src = []
    src.append("// GENERATED FILE - do not edit. Regenerate with Scripts/vader/generate_lexicon.py.\n")
    src.append("//\n// Data from vaderSentiment %s (https://github.com/cjhutto/vaderSentiment),\n" % version)
    src.append("// Copyright (c) 2016 C.J. Hutto, MIT licence: see LICENSE-vaderSentiment.txt.\n")
    src.append("// Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for\n")
    src.append("// Sentiment Analysis of Social Media Text. ICWSM-14.\n//\n")
    src.append("// vader_lexicon.txt sha256 %s\n" % digest(data["vader_lexicon.txt"]))
    src.append("// emoji_utf8_lexicon.txt sha256 %s\n\n" % digest(data["emoji_utf8_lexicon.txt"]))
    src.append("/// The embedded vaderSentiment lexicon files, split into chunks of whole lines.\n")
    src.append("enum LexiconData {\n")
    src.append("    /// vaderSentiment version the data was taken from.\n")
    src.append('    static let version = "%s"\n\n' % version)
    src.append(emit_array("vaderLexicon", "`vader_lexicon.txt`: token<TAB>mean<TAB>std<TAB>ratings.", lex))
    src.append("\n")
    src.append(emit_array("emojiLexicon", "`emoji_utf8_lexicon.txt`: emoji<TAB>description.", emo))
    src.append("}\n")
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(src))
    if args.license_out and "LICENSE.txt" in data:
        with open(args.license_out, "wb") as f:
            f.write(("The TextMine VADER module (Sources/Engines/VADER) embeds the lexicon files\n"
                     "vader_lexicon.txt and emoji_utf8_lexicon.txt from vaderSentiment %s\n"
                     "(https://github.com/cjhutto/vaderSentiment) in LexiconData.swift and\n"
                     "reimplements its scoring rules. vaderSentiment is distributed under the\n"
                     "following licence (verbatim from the wheel's LICENSE.txt):\n\n" % version).encode("utf-8"))
            f.write(data["LICENSE.txt"].replace(b"\r\n", b"\n"))
            f.write(("\n\nCitation: Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based\n"
                     "Model for Sentiment Analysis of Social Media Text. Eighth International\n"
                     "Conference on Weblogs and Social Media (ICWSM-14). Ann Arbor, MI, June 2014.\n").encode("utf-8"))
    print("wrote %s (vaderSentiment %s)" % (args.out, version), file=sys.stderr)


if __name__ == "__main__":
    main()
