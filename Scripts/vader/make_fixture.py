#!/usr/bin/env python3
"""Build the VADER compatibility fixtures for the Swift `VADER` module.

Writes into Tests/VADERTests/Fixtures of the package (or the directory given
with --out):
  bbc_quotes_vader.tsv  quoted spans (3-60 words) from the BBC News corpus, as references
                        (document, start, length in code points) - the corpus text itself is
                        never committed; the Swift test reads it from the corpus
  rules_vader.tsv       hand-written sentences from rules_sentences.txt

Columns of bbc_quotes_vader.tsv: document, start, length, neg, neu, pos, compound.
Columns of rules_vader.tsv: text, neg, neu, pos, compound (text escaping: backslash
-> \\\\, tab -> \\t, newline -> \\n, carriage return -> \\r).
Scores are vaderSentiment 3.3.2's SentimentIntensityAnalyzer.polarity_scores.

Usage: python3 make_fixture.py [--corpus DIR] [--out DIR]
(run with a Python that has vaderSentiment==3.3.2 installed).
"""
import argparse
import glob
import os
import re
import sys

import vaderSentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

HERE = os.path.dirname(os.path.abspath(__file__))


def repo_root():
    """Package root: Scripts/vader/ in the TextMine repo, Scripts/ in a standalone package."""
    up = os.path.dirname(HERE)
    return os.path.dirname(up) if os.path.basename(up) == "Scripts" else up


def escape(text):
    return (text.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


STRAIGHT = re.compile(r'"([^"]*)"')
CURLY = re.compile(r'\u201c([^\u201c\u201d]*)\u201d')


def quotes_in(document):
    """Quoted spans: straight "..." pairs inside one paragraph, and curly “...” pairs."""
    out = []
    for paragraph in re.split(r'\n\s*\n', document):
        for line in paragraph.split("\n"):
            # straight quotes are paired within a paragraph; the corpus has
            # one paragraph per line, so pair them line by line
            out.extend(m.group(1) for m in STRAIGHT.finditer(line))
        out.extend(m.group(1) for m in CURLY.finditer(paragraph))
    return out


RULE_ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|t|n|r|\\)')


def unescape_rule(line):
    """Decode \\uXXXX, \\t, \\n, \\r and \\\\ escapes in a rules sentence."""
    def sub(m):
        e = m.group(1)
        if e[0] == "u":
            return chr(int(e[1:], 16))
        return {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[e]
    return RULE_ESCAPE.sub(sub, line)


def write(path, texts, analyzer):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("text\tneg\tneu\tpos\tcompound\n")
        for t in texts:
            s = analyzer.polarity_scores(t)
            f.write("%s\t%r\t%r\t%r\t%r\n" % (escape(t), s["neg"], s["neu"], s["pos"], s["compound"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpora/bbc-news")
    ap.add_argument("--out", default=os.path.join(repo_root(), "Tests", "VADERTests", "Fixtures"))
    ap.add_argument("--rules", default=os.path.join(HERE, "rules_sentences.txt"))
    args = ap.parse_args()
    version = getattr(vaderSentiment, "__version__", None)
    if version not in (None, "3.3.2"):
        print("warning: vaderSentiment %s, expected 3.3.2" % version, file=sys.stderr)
    analyzer = SentimentIntensityAnalyzer()

    seen, references = set(), []
    for path in sorted(glob.glob(os.path.join(args.corpus, "**", "*.txt"), recursive=True)):
        if os.path.basename(path).upper().startswith("LICENSE"):
            continue
        with open(path, encoding="utf-8", errors="replace", newline="") as f:
            doc = f.read()
        for q in quotes_in(doc):
            q = q.strip()
            if 3 <= len(q.split()) <= 60 and q not in seen:
                seen.add(q)
                references.append((os.path.relpath(path, args.corpus), doc.find(q), len(q), q))
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "bbc_quotes_vader.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("document\tstart\tlength\tneg\tneu\tpos\tcompound\n")
        for document, start, length, text in references:
            s = analyzer.polarity_scores(text)
            f.write("%s\t%d\t%d\t%r\t%r\t%r\t%r\n" % (document, start, length, s["neg"], s["neu"], s["pos"], s["compound"]))
    texts = references

    rules = []
    with open(args.rules, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("##"):
                continue
            # sentences may use \t \n \\ escapes to carry whitespace
            rules.append(unescape_rule(line))
    write(os.path.join(args.out, "rules_vader.tsv"), rules, analyzer)
    print("bbc quotes: %d, rules: %d" % (len(texts), len(rules)), file=sys.stderr)


if __name__ == "__main__":
    main()
