#!/usr/bin/env python3
"""Time vaderSentiment 3.3.2 on the VADER fixture texts (compare with VADERBench).

Usage: python3 bench_vader.py [iterations=3] [fixture.tsv ...]
Default fixtures: Tests/VADERTests/Fixtures/{bbc_quotes,rules,fuzz}_vader.tsv of the package.
"""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_fixture import repo_root  # noqa: E402

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            out.append({"t": "\t", "n": "\n", "r": "\r"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def load(path):
    with open(path, encoding="utf-8", newline="\n") as f:
        lines = f.read().split("\n")[1:]
    return [unescape(line.split("\t", 1)[0]) for line in lines if line]


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    fixtures = os.path.join(repo_root(), "Tests", "VADERTests", "Fixtures")
    paths = sys.argv[2:] or [os.path.join(fixtures, n) for n in
                             ("bbc_quotes_vader.tsv", "rules_vader.tsv", "fuzz_vader.tsv")]
    texts = [t for p in paths for t in load(p)]
    analyzer = SentimentIntensityAnalyzer()
    total_bytes = sum(len(t.encode("utf-8")) for t in texts)
    print("texts: %d, bytes: %d, iterations: %d" % (len(texts), total_bytes, iterations))
    best = None
    for _ in range(iterations):
        start = time.perf_counter()
        for t in texts:
            analyzer.polarity_scores(t)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print("vaderSentiment: %.0f texts/s (best of %d passes, %.2f MB/s)"
          % (len(texts) / best, iterations, total_bytes / best / 1e6))


if __name__ == "__main__":
    main()
