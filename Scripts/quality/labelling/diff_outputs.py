#!/usr/bin/env python3
"""Lists the PERSON mentions and quote speakers that differ between two runs over one corpus, with the text around
each, to read what a rule changed before keeping it (docs/people.md).

usage: diff_outputs.py A/documents.jsonl B/documents.jsonl [CORPUS_DIR]   (default: ../shared/corpora/bbc-news)"""
import json, sys
def load(p):
    r = {}
    for l in open(p):
        d = json.loads(l); r[d["id"]] = d
    return r
A, B = load(sys.argv[1]), load(sys.argv[2])
root = (sys.argv[3] if len(sys.argv) > 3 else "../shared/corpora/bbc-news").rstrip("/") + "/"
pa = pb = sa = 0
for i in sorted(A):
    a, b = A[i], B.get(i)
    if b is None: continue
    t = None
    ea = {(e["start"], e["end"]): e.get("canonical") for e in a["entities"] if e["type"] == "PERSON"}
    eb = {(e["start"], e["end"]): e.get("canonical") for e in b["entities"] if e["type"] == "PERSON"}
    if ea != eb:
        t = t or open(root + i).read()
        for k in sorted(set(ea) | set(eb)):
            if ea.get(k, "∅") != eb.get(k, "∅"):
                pa += 1
                print(f"P {i}: {t[k[0]:k[1]]!r} {ea.get(k, '∅')} -> {eb.get(k, '∅')} | {t[max(0,k[0]-40):k[1]+30]!r}")
    qa = [(q["start"], q.get("speaker"), q.get("kind")) for q in a["quotes"]]
    qb = [(q["start"], q.get("speaker"), q.get("kind")) for q in b["quotes"]]
    if qa != qb:
        t = t or open(root + i).read()
        da = {q[0]: q for q in qa}; db = {q[0]: q for q in qb}
        for k in sorted(set(da) | set(db)):
            if da.get(k) != db.get(k):
                sa += 1
                print(f"Q {i}: {t[k:k+40]!r} {da.get(k, (0,'∅','∅'))[1:]} -> {db.get(k, (0,'∅','∅'))[1:]} | {t[max(0,k-150):k]!r}")
print(f"{pa} person changes, {sa} quote changes", file=sys.stderr)
