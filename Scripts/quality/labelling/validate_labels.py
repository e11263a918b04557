#!/usr/bin/env python3
"""Checks a labelled set: every person mention found in order, quotes found, kinds valid, and every whole-word
occurrence of a labelled name (mention text or a word of a canonical name) that no labelled mention covers.

usage: validate_labels.py SETDIR      (SETDIR holds gold.jsonl and articles/; the spec is in docs/people.md)"""
import json, re, sys, os

setdir = sys.argv[1]
errors = warnings = 0
docs = set()
for n, line in enumerate(open(os.path.join(setdir, "gold.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        g = json.loads(line)
    except json.JSONDecodeError as e:
        print(f"gold.jsonl:{n}: error: not JSON: {e}"); errors += 1; continue
    for key in ("doc", "split", "persons", "quotes"):
        if key not in g:
            print(f"gold.jsonl:{n}: error: missing {key!r}"); errors += 1
    doc = g.get("doc", "")
    docs.add(doc)
    path = os.path.join(setdir, "articles", doc)
    if not os.path.exists(path):
        print(f"{doc}: error: no article file {path}"); errors += 1; continue
    text = open(path, encoding="utf-8").read()
    pos = 0; covered = []
    for m in g.get("persons", []):
        t, c = m.get("text", ""), m.get("canonical", "")
        if not t or not c:
            print(f"{doc}: error: mention without text or canonical: {m}"); errors += 1; continue
        if "\n" in t:
            print(f"{doc}: error: mention {t!r} crosses a line break"); errors += 1
        i = text.find(t, pos)
        if i < 0:
            print(f"{doc}: error: mention {t!r} not found after offset {pos} (mentions must be in document order)"); errors += 1; continue
        covered.append((i, i + len(t))); pos = i + len(t)
    def is_covered(a, b):
        return any(s <= a and b <= e for s, e in covered)
    names = set()
    for m in g.get("persons", []):
        names.add(m.get("text", ""))
        for w in re.split(r"\s+", m.get("canonical", "")):
            w = w.strip(".,")
            if len(w) > 2 and w[0].isupper():
                names.add(w)
    for name in sorted(n for n in names if n):
        for mm in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not is_covered(mm.start(), mm.end()):
                a, b = max(0, mm.start() - 40), min(len(text), mm.end() + 40)
                ctx = text[a:b].replace("\n", " | ")
                print(f"{doc}: check: unlabelled {name!r} at {mm.start()}: ...{ctx}..."); warnings += 1
    for q in g.get("quotes", []):
        if q.get("kind") not in ("speech", "scare"):
            print(f"{doc}: error: quote kind must be speech or scare: {q}"); errors += 1
        qt = q.get("quote", "")
        if len(qt.split()) < 1 or qt not in text:
            print(f"{doc}: error: quote text {qt!r} not found verbatim in the article"); errors += 1
        if "speaker" not in q:
            print(f"{doc}: error: quote without a speaker key (use null when the article does not say): {q}"); errors += 1
listed = set(os.listdir(os.path.join(setdir, "articles")))
for f in sorted(listed - docs):
    print(f"{f}: error: article has no gold line"); errors += 1
print(f"{len(docs)} articles, {errors} errors, {warnings} unlabelled occurrences to check (a name inside an "
      f"organisation or title, a derived word or a plural family name is rightly unlabelled)")
sys.exit(1 if errors else 0)
