#!/usr/bin/env python3
"""Writes a copy of the labelled articles with courtesy titles removed, the way American copy names people.

usage: strip_honorifics.py GOLD.jsonl CORPUS OUTDIR [--split NAME]

BBC copy writes `Mr Blair`, `Mrs Thatcher`, `Dr Williams`; AP style writes `Blair`. The hand labels exclude titles
from every person span, so the same labels score the stripped copy: this measures how much the person finder leans
on courtesy titles. Only `Mr`, `Mrs`, `Ms`, `Miss`, `Dr` (with or without a full stop) before a capitalised word
are removed; other titles (`President`, `Sir`, `Lord`) stay, as they do in American copy.
"""
import json, os, re, sys, argparse

ap = argparse.ArgumentParser()
ap.add_argument("gold"); ap.add_argument("corpus"); ap.add_argument("out"); ap.add_argument("--split")
a = ap.parse_args()
title = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (?=[A-Z])")
n = 0
for line in open(a.gold, encoding="utf-8"):
    if not line.strip(): continue
    g = json.loads(line)
    if a.split and g.get("split") != a.split: continue
    text = open(os.path.join(a.corpus, g["doc"]), encoding="utf-8").read()
    stripped, k = title.subn("", text)
    n += k
    path = os.path.join(a.out, g["doc"])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w", encoding="utf-8").write(stripped)
print(f"removed {n} courtesy titles", file=sys.stderr)
