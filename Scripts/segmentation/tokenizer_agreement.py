#!/usr/bin/env python3
"""Token-boundary agreement between TextSegmentation's Tokenizer and spaCy's spacy.blank("en").

Usage (spaCy is a test oracle only; use a throwaway venv):
    python3 -m venv /tmp/venv-spacy && /tmp/venv-spacy/bin/pip install spacy
    swift build -c release --product SegmentationDump
    /tmp/venv-spacy/bin/python Scripts/tokenizer_agreement.py [--bin .build/release/SegmentationDump]
        [--corpus /work/shared/corpora/bbc-news] [--show 30] [--write-corpus-fixture PATH]

Method: both tokenizations are turned into sets of (file, start_byte, end_byte) spans. spaCy's
whitespace tokens (Token.is_space: the extra tokens it emits for runs of spaces and newlines)
are excluded, because the Swift tokenizer reports no whitespace tokens by design; a token's
trailing single space is never part of the token in either system. Precision, recall and F1 are
computed over all spans of all files (micro-average). The F1 is printed on the last line.

--write-corpus-fixture writes the compact corpus expectation used by the XCTest suite: one line per
file, `relative/path<TAB>base64(varint deltas of spaCy's token cuts that fall inside
whitespace-delimited chunks)`; chunk edges are implied by whitespace.
"""
import argparse
import base64
import json
import os
import subprocess
import sys
from collections import Counter

import spacy


def _repo_root(here):
    """Scratch package (Scripts/) or main repo (Scripts/segmentation/): the dir holding Tests/TextSegmentationTests."""
    d = here
    for _ in range(4):
        d = os.path.dirname(d)
        if os.path.isdir(os.path.join(d, "Tests", "TextSegmentationTests")):
            return d
    return os.path.dirname(here)


def byte_offsets(text):
    """char index -> byte offset table (len(text)+1 entries)."""
    out = [0] * (len(text) + 1)
    b = 0
    for i, ch in enumerate(text):
        out[i] = b
        b += len(ch.encode("utf-8"))
    out[len(text)] = b
    return out


def spacy_spans(nlp, text):
    offs = byte_offsets(text)
    return [(offs[t.idx], offs[t.idx + len(t.text)]) for t in nlp.tokenizer(text) if not t.is_space]


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def internal_cuts(data, spans):
    """Token edges that are not adjacent to whitespace (or text edges)."""
    cuts = set()
    for s, e in spans:
        for x in (s, e):
            if 0 < x < len(data) and not chr(data[x - 1]).isspace() and not chr(data[x]).isspace():
                cuts.add(x)
    return sorted(cuts)


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--bin", default=os.path.join(_repo_root(here), ".build", "release", "SegmentationDump"))
    ap.add_argument("--corpus", default="/work/shared/corpora/bbc-news")
    ap.add_argument("--show", type=int, default=25, help="print this many disagreement examples")
    ap.add_argument("--write-corpus-fixture")
    args = ap.parse_args()

    proc = subprocess.run([args.bin, "files", args.corpus], check=True, capture_output=True, text=True)
    ours = {}
    for line in proc.stdout.splitlines():
        obj = json.loads(line)
        ours[obj["file"]] = [tuple(x) for x in obj["tokens"]]

    nlp = spacy.blank("en")
    tp = n_ours = n_theirs = 0
    diffs = Counter()
    examples = []
    fixture_lines = []
    for path in sorted(ours):
        data = open(path, "rb").read()
        text = data.decode("utf-8")
        theirs = spacy_spans(nlp, text)
        mine = ours[path]
        st, so = set(theirs), set(mine)
        tp += len(st & so)
        n_ours += len(so)
        n_theirs += len(st)
        if st != so:
            # group disagreements by the whitespace chunk they fall in
            only = sorted((st ^ so))
            seen_chunks = set()
            for s, e in only:
                cs = s
                while cs > 0 and not chr(data[cs - 1]).isspace():
                    cs -= 1
                ce = e
                while ce < len(data) and not chr(data[ce]).isspace():
                    ce += 1
                if (cs, ce) in seen_chunks:
                    continue
                seen_chunks.add((cs, ce))
                chunk = data[cs:ce].decode("utf-8", "replace")
                sp = [data[a:b].decode() for a, b in theirs if a >= cs and b <= ce]
                mi = [data[a:b].decode() for a, b in mine if a >= cs and b <= ce]
                diffs[chunk] += 1
                if len(examples) < args.show:
                    examples.append((os.path.relpath(path, args.corpus), chunk, sp, mi))
        if args.write_corpus_fixture:
            cuts = internal_cuts(data, theirs)
            blob = b"".join(varint(c - p) for p, c in zip([0] + cuts, cuts))
            fixture_lines.append(os.path.relpath(path, args.corpus) + "\t" + base64.b64encode(blob).decode())

    for rel, chunk, sp, mi in examples:
        print(f"{rel}: {chunk!r}\n    spaCy: {sp}\n    ours:  {mi}")
    if diffs:
        print("most frequent disagreeing chunks:", diffs.most_common(15))
    precision = tp / n_ours if n_ours else 0
    recall = tp / n_theirs if n_theirs else 0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
    print(f"files={len(ours)} spacy_tokens={n_theirs} our_tokens={n_ours} matched={tp}")
    print(f"precision={precision:.6f} recall={recall:.6f}")
    print(f"F1={f1:.6f}")
    if args.write_corpus_fixture:
        with open(args.write_corpus_fixture, "w") as f:
            f.write("\n".join(fixture_lines) + "\n")
        print("wrote", args.write_corpus_fixture, os.path.getsize(args.write_corpus_fixture), "bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
