#!/usr/bin/env python3
"""Example TextMine `exec` plugin: tags sentences with news topics from keyword lists.

Speaks the textmine-exec protocol, version 1 (docs/exec-protocol.md), on stdin/stdout; standard library only.

Pipeline entry:

    - exec:
        command: [python3, Plugins/python/topics.py]
        consumes: [sentences]
        produces: [topics]
        config: {min_hits: 1}          # optional; extra topics: {topics: {weather: [rain, storm]}}

For each sentence that mentions a topic's words, the layer `topics` gets
`{"start", "end", "topic", "hits"}` (code point offsets of the sentence, as received), and the document gets the
features `topic` (the topic with most hits, ties broken by name; absent when none) and `topic_hits`.
"""

import json
import re
import sys

PROTOCOL = "textmine-exec"
VERSION = 1

TOPICS = {
    "economy": ["bank", "banks", "budget", "economy", "economic", "inflation", "investment", "investors", "market",
                "markets", "merger", "million", "billion", "profit", "profits", "revenue", "shares", "tax",
                "jobs", "trade", "prices", "freight", "retail", "funding"],
    "politics": ["council", "councillor", "councillors", "election", "government", "minister", "ministers",
                 "parliament", "party", "policy", "vote", "voted", "votes", "mayor", "opposition", "talks",
                 "committee", "legislation"],
    "science": ["climate", "data", "energy", "experiment", "fusion", "glacier", "glaciers", "laboratory", "reactor",
                "research", "researchers", "scientists", "study", "survey", "physics", "ice"],
    "sport": ["cup", "final", "goal", "goals", "league", "marathon", "match", "record", "season", "team",
              "coach", "championship", "race", "runners", "win", "won", "players", "striker"],
    "culture": ["album", "art", "artists", "band", "festival", "film", "music", "musical", "review", "show",
                "stage", "theatre", "audience", "songs", "gallery"],
}

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def handshake(line):
    """Checks TextMine's first line and returns (answer, settings)."""
    try:
        hello = json.loads(line)
    except ValueError:
        return {"ok": False, "error": "the first line is not JSON"}, None
    if hello.get("protocol") != PROTOCOL or hello.get("version") != VERSION:
        return {"ok": False, "error": "topics.py speaks %s version %d" % (PROTOCOL, VERSION)}, None
    config = hello.get("config") or {}
    topics = {name: set(words) for name, words in TOPICS.items()}
    for name, words in (config.get("topics") or {}).items():
        topics.setdefault(name, set()).update(word.lower() for word in words)
    settings = {"topics": topics, "min_hits": int(config.get("min_hits", 1))}
    return {"ok": True, "produces": ["topics"]}, settings


def annotate(request, settings):
    """The answer for one document request."""
    text = request["text"]
    sentences = request.get("layers", {}).get("sentences")
    if sentences is None:
        sentences = [{"start": 0, "end": len(text)}]
    spans = []
    totals = {}
    for sentence in sentences:
        start, end = sentence["start"], sentence["end"]
        words = [word.lower() for word in WORD.findall(text[start:end])]
        for topic in sorted(settings["topics"]):
            vocabulary = settings["topics"][topic]
            hits = sum(1 for word in words if word in vocabulary)
            if hits >= settings["min_hits"]:
                spans.append({"start": start, "end": end, "topic": topic, "hits": hits})
                totals[topic] = totals.get(topic, 0) + hits
    features = {}
    if totals:
        best = min(totals, key=lambda topic: (-totals[topic], topic))
        features = {"topic": best, "topic_hits": totals[best]}
    return {"id": request["id"], "layers": {"topics": spans}, "features": features}


def main():
    stdin, stdout = sys.stdin, sys.stdout
    first = stdin.readline()
    if not first:
        return 0
    answer, settings = handshake(first)
    stdout.write(json.dumps(answer) + "\n")
    stdout.flush()
    if settings is None:
        return 1
    for line in stdin:
        request = json.loads(line)
        try:
            response = annotate(request, settings)
        except Exception as error:  # report, do not die: TextMine fails only this document
            response = {"id": request.get("id"), "error": "%s: %s" % (type(error).__name__, error)}
        stdout.write(json.dumps(response, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
