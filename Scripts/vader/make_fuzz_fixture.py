#!/usr/bin/env python3
"""Build Tests/VADERTests/Fixtures/fuzz_vader.tsv: random, deliberately awkward
texts (lexicon words, boosters, negations, rule words, emoji incl. multi-scalar
sequences, Unicode whitespace, odd casing, punctuation runs) scored by
vaderSentiment 3.3.2. Deterministic for a given --seed and --count.

Usage: python3 make_fuzz_fixture.py [--count 3000] [--seed 1] [--out FILE]
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_fixture import repo_root, write  # noqa: E402

import vaderSentiment.vaderSentiment as vs  # noqa: E402

RULE_WORDS = ("no but kind of never so this without doubt least at very or nor the shit bomb "
              "bad ass bus stop yeah right kiss death to die for beating heart sort just enough").split()
PUNCT = list("!?.,;:'\"()-") + ["!!", "???", "...", "?!", "!!!!!"]
WHITESPACE = [" "] * 30 + ["\t", "\n", "\u00a0", "\u2003", "\u3000", "\x1c", "\u200b", "\u2028",
                           "\x85", "\u180e", "  "]
ODD = ["\u212aind", "CAFÉ", "café", "İ", "ǅ", "ß", "ΣΑΣ", ":-Þ", "Ⓐ", "ⓐ", "ǈx", "ABCª", "Ⅻ",
       "O_o", "o_O", ":D", ":d", "D:", "<3", "</3", "\ufe0f", "\u200d", "🏽", "x" * 40, "123",
       "U.S.", "3D"]
PLAIN = ["a", "I", "it", "is", "was", "movie", "good", "great", "bad", "not", "no", "but", "The", "thing"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(repo_root(), "Tests", "VADERTests", "Fixtures",
                                                  "fuzz_vader.tsv"))
    args = ap.parse_args()
    analyzer = vs.SentimentIntensityAnalyzer()
    rnd = random.Random(args.seed)
    lexicon = sorted(analyzer.lexicon)
    emoji = sorted(analyzer.emojis)
    boosters = sorted(vs.BOOSTER_DICT)
    negations = list(vs.NEGATE) + ["don't", "won\u2019t", "isn't", "DIDN'T", "n't", "couldn't've"]

    def word():
        r = rnd.random()
        if r < 0.35:
            w = rnd.choice(lexicon)
        elif r < 0.55:
            w = rnd.choice(RULE_WORDS)
        elif r < 0.65:
            w = rnd.choice(boosters)
        elif r < 0.73:
            w = rnd.choice(negations)
        elif r < 0.80:
            w = rnd.choice(emoji)
        elif r < 0.86:
            w = rnd.choice(ODD)
        else:
            w = rnd.choice(PLAIN)
        c = rnd.random()
        if c < 0.12:
            w = w.upper()
        elif c < 0.18:
            w = w.capitalize()
        if rnd.random() < 0.2:
            w = rnd.choice(PUNCT) + w
        if rnd.random() < 0.25:
            w = w + rnd.choice(PUNCT)
        return w

    texts = []
    for _ in range(args.count):
        parts = []
        for _ in range(rnd.randint(0, 14)):
            parts.append(word())
            parts.append(rnd.choice(WHITESPACE) if rnd.random() > 0.04 else "")
        texts.append("".join(parts))
    write(args.out, texts, analyzer)
    print("fuzz texts: %d" % len(texts), file=sys.stderr)


if __name__ == "__main__":
    main()
