#!/usr/bin/env python3
"""Scores person mentions, canonical names and quote speakers of a documents.jsonl against hand labels.

usage: score_people.py GOLD.jsonl DOCUMENTS.jsonl [--corpus DIR] [--split NAME] [--errors]

GOLD lines (Tests/PeopleTests/Fixtures/people_gold.jsonl, labelled by the spec in docs/people.md):
  {"doc": "sport/x.txt", "split": "dev", "persons": [{"text", "canonical"}...], "quotes": [{"quote", "speaker", "kind"}]}
Person mentions are listed in document order; each is located by searching the article from the end of the previous
one, so the gold holds references into the corpus and no article text. DOCUMENTS is TextMine's output contract (ids
are paths relative to the corpus; offsets in code points), from `textmine run` or from ../shared/bench/peer_quality.py.

Measures (exact spans; every mention counts):
  PERSON P/R/F1       predicted type-PERSON entities against the gold mentions
  canonical accuracy  over correctly found mentions, the entity's `canonical` (or its text) equals the gold canonical
  speaker accuracy    over gold speech quotes that were found, the quote's speaker equals the gold speaker (or both
                      are null); organisations match by containment ("the RFU" ~ "a spokeswoman for the RFU");
                      a gold quote that opens a later paragraph of a predicted quotation over several paragraphs
                      is found in it (labels may list such a quotation once or paragraph by paragraph)
  scare with speaker  over gold scare quotes (terms, titles, someone's word held at a distance) that were found, how
                      many the prediction gives a speaker: the price of attributing partial quotes broadly
  surname rows        distinct PERSON identities (canonical, else text) that are a bare last word of another identity
"""
import json, sys, argparse, unicodedata

ap = argparse.ArgumentParser()
ap.add_argument("gold"); ap.add_argument("docs")
ap.add_argument("--corpus", default="/work/shared/corpora/bbc-news")
ap.add_argument("--split"); ap.add_argument("--errors", action="store_true")
a = ap.parse_args()

def norm(s):
    return " ".join(unicodedata.normalize("NFC", s or "").replace("’", "'").lower().split())

def find_quote(d, text, want, used):
    """The first predicted top-level quote not yet matched whose content starts with the gold quote (or the reverse)."""
    for k, pq in enumerate(d.get("quotes", [])):
        if k in used or pq.get("nested"): continue
        cs, ce = pq.get("content_start"), pq.get("content_end")
        if cs is None:  # the peer gives the quote with its marks
            cs, ce = pq["start"] + 1, pq["end"] - 1
        content = norm(text[cs:ce])
        if content.startswith(want) or (len(content) >= 3 and want.startswith(content)):
            return k
    return None

def find_continuation(d, text, want):
    """A predicted quote running over several paragraphs, one of whose later paragraphs starts with the gold quote:
    labels that list each paragraph of a long quotation (each opening with a mark) score like labels that list the
    quotation once."""
    for k, pq in enumerate(d.get("quotes", [])):
        if pq.get("nested") or pq.get("content_start") is None: continue
        paragraphs = text[pq["content_start"]:pq["content_end"]].split("\n")[1:]
        if any(norm(p.lstrip(" \"“'‘")).startswith(want) for p in paragraphs if p.strip()):
            return k
    return None

gold = [json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip()]
if a.split: gold = [g for g in gold if g.get("split") == a.split]
pred = {}
for l in open(a.docs, encoding="utf-8"):
    d = json.loads(l); pred[d["id"]] = d

tp = fp = fn = 0; canon_ok = canon_n = 0
q_found = q_gold = sp_ok = 0
scare_found = scare_spoken = 0
identities = set(); errors = []
for g in gold:
    text = open(f"{a.corpus}/{g['doc']}", encoding="utf-8").read()
    spans = {}; pos = 0
    for m in g["persons"]:
        i = text.find(m["text"], pos)
        if i < 0: sys.exit(f"{g['doc']}: gold mention {m['text']!r} not found after {pos}")
        spans[(i, i + len(m["text"]))] = m["canonical"]; pos = i + len(m["text"])
    d = pred.get(g["doc"])
    if d is None: sys.exit(f"{g['doc']}: missing from {a.docs}")
    got = {}
    for e in d.get("entities", []):
        if e["type"] == "PERSON":
            got[(e["start"], e["end"])] = e.get("canonical") or text[e["start"]:e["end"]]
            identities.add(e.get("canonical") or text[e["start"]:e["end"]])
    for s, c in got.items():
        if s in spans:
            tp += 1; canon_n += 1
            if norm(c) == norm(spans[s]): canon_ok += 1
            elif a.errors: errors.append(f"CANON {g['doc']}: {text[s[0]:s[1]]!r} -> {c!r}, gold {spans[s]!r}")
        else:
            fp += 1
            if a.errors: errors.append(f"FP    {g['doc']}: {text[s[0]:s[1]]!r} @{s[0]}")
    for s in spans:
        if s not in got:
            fn += 1
            if a.errors: errors.append(f"FN    {g['doc']}: {text[s[0]:s[1]]!r} @{s[0]} ctx={text[max(0,s[0]-30):s[1]+20]!r}")
    used = set()
    for q in g.get("quotes", []):
        if q.get("kind") != "speech": continue
        q_gold += 1
        cand = find_quote(d, text, norm(q["quote"]), used)
        if cand is None:
            cand = find_continuation(d, text, norm(q["quote"]))
            if cand is None:
                if a.errors: errors.append(f"QMISS {g['doc']}: {q['quote'][:40]!r}")
                continue
        used.add(cand); q_found += 1
        ps, gs = norm(d["quotes"][cand].get("speaker")), norm(q.get("speaker"))
        ok = ps == gs or (ps and gs and (ps in gs or gs in ps) and (gs.startswith(("the ", "a ")) or ps.startswith(("the ", "a "))))
        if ok: sp_ok += 1
        elif a.errors: errors.append(f"SPKR  {g['doc']}: {q['quote'][:40]!r} gold={q.get('speaker')!r} got={d['quotes'][cand].get('speaker')!r} rule={d['quotes'][cand].get('rule')}")
    # scare quotes afterwards, against the predicted quotes the speech quotes left, so the speech figures are the
    # same with and without this measure
    for q in g.get("quotes", []):
        if q.get("kind") != "scare": continue
        k = find_quote(d, text, norm(q["quote"]), used)
        if k is None: continue
        used.add(k); scare_found += 1
        if d["quotes"][k].get("speaker"):
            scare_spoken += 1
            if a.errors: errors.append(f"SCARE {g['doc']}: {q['quote'][:40]!r} got={d['quotes'][k].get('speaker')!r} rule={d['quotes'][k].get('rule')}")

P = tp / max(tp + fp, 1); R = tp / max(tp + fn, 1); F = 2 * P * R / max(P + R, 1e-9)
lasts = {i.split()[-1] for i in identities if len(i.split()) > 1}
surname_rows = sorted(i for i in identities if len(i.split()) == 1 and i in lasts)
for e in errors: print(e)
print(f"docs {len(gold)}  PERSON P {P:.3f} R {R:.3f} F1 {F:.3f} (tp {tp}, fp {fp}, fn {fn})  "
      f"canonical {canon_ok}/{canon_n} = {canon_ok / max(canon_n, 1):.3f}  "
      f"speech quotes found {q_found}/{q_gold}, speaker accuracy {sp_ok}/{q_found} = {sp_ok / max(q_found, 1):.3f}  "
      f"surname rows {len(surname_rows)} of {len(identities)}  "
      f"scare with speaker {scare_spoken}/{scare_found}")
