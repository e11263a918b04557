#!/usr/bin/env python3
"""Runs Fixtures/golden_rules.json through SegmentationDump and prints the score (stdlib only).

    python3 Scripts/golden_rules.py [--bin .build/release/SegmentationDump]
"""
import argparse
import json
import os
import subprocess


def _repo_root(here):
    """Scratch package (Scripts/) or main repo (Scripts/segmentation/): the dir holding Tests/TextSegmentationTests."""
    d = here
    for _ in range(4):
        d = os.path.dirname(d)
        if os.path.isdir(os.path.join(d, "Tests", "TextSegmentationTests")):
            return d
    return os.path.dirname(here)


here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--bin", default=os.path.join(_repo_root(here), ".build", "release", "SegmentationDump"))
ap.add_argument("--fixture", default=os.path.join(_repo_root(here), "Tests", "TextSegmentationTests", "Fixtures", "golden_rules.json"))
args = ap.parse_args()
rules = json.load(open(args.fixture, encoding="utf-8"))["rules"]
inp = "".join(json.dumps({"text": r["input"]}, ensure_ascii=False) + "\n" for r in rules)
out = subprocess.run([args.bin, "strings", "--no-headline"], input=inp, capture_output=True, text=True, check=True).stdout
got = [json.loads(l)["sentences"] for l in out.splitlines()]
passed = 0
for r, g in zip(rules, got):
    if g == r["expected"]:
        passed += 1
    else:
        print(f"FAIL {r['id']} {r['name']}\n  expected {r['expected']}\n  got      {g}")
print(f"golden rules: {passed}/{len(rules)}")
