#!/usr/bin/env python3
"""Writes Pipelines/lists/people/common-words.txt: ordinary English words, as news prose uses them.

usage: make_common_words.py CORPUS_DIR [OUT]
CORPUS_DIR: the BBC news corpus (../shared/corpora/bbc-news; 2,095 articles, MIT licence, see its LICENSE). A word is
common when it is written in lower case in the middle of a sentence at least twice in the corpus and at least one
and a half times as often in lower case as capitalised there (`mind`, `patrol`, `spotless`; not `blair`, not `london`). Only
ASCII letters, three or more. The person finder uses the list as negative evidence for names that rest on weak
evidence (a name listed beside people: `Jools Holland, Snow Patrol and Teenage Fanclub`).
"""
import os, re, sys
from collections import Counter

corpus = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "Pipelines/lists/people/common-words.txt")
lower, capital = Counter(), Counter()
token = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[.!?:\n\"“”‘’]")
for folder, _, files in os.walk(corpus):
    for name in files:
        if not name.endswith(".txt"):
            continue
        text = open(os.path.join(folder, name), encoding="utf-8", errors="replace").read()
        sentence_start = True
        for t in token.findall(text):
            if t in ".!?:\n":
                sentence_start = True
                continue
            if t in "\"“”‘’":
                continue
            if not sentence_start and t.isalpha() and len(t) >= 3:
                if t.islower():
                    lower[t] += 1
                elif t[0].isupper() and t[1:].islower():
                    capital[t.lower()] += 1
            sentence_start = False
words = sorted(w for w, n in lower.items() if n >= 2 and 2 * n >= 3 * capital[w])
with open(out, "w", encoding="utf-8") as f:
    f.write("# Common English words for the `people` stage (`common_words`): written in lower case mid-sentence at least\n"
            "# twice, and 1.5 times as often as capitalised, in the BBC news corpus (2,095 articles, MIT licence,\n"
            "# Copyright (c) the corpus's authors; see its LICENSE). Made by Scripts/quality/make_common_words.py.\n")
    f.write("\n".join(words) + "\n")
print(f"{len(words)} words -> {out}")
