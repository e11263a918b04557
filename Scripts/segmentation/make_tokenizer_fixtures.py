#!/usr/bin/env python3
"""Generates Tests/TextSegmentationTests/Fixtures/tokenizer_cases.jsonl with spaCy as the oracle.

    /work/scratch/venv-spacy/bin/python Scripts/make_tokenizer_fixtures.py [--corpus DIR] [--check BIN]

Each line: {"text": ..., "tokens": [...], "source": "hand"|"bbc:<file>"}; `tokens` are the texts of
spaCy's non-whitespace tokens (spacy.blank("en")). With --check, also runs
`BIN strings` (SegmentationDump) and prints the cases where the Swift tokenizer disagrees.
"""
import argparse
import json
import os
import random
import re
import subprocess

import spacy


def _repo_root(here):
    """Scratch package (Scripts/) or main repo (Scripts/segmentation/): the dir holding Tests/TextSegmentationTests."""
    d = here
    for _ in range(4):
        d = os.path.dirname(d)
        if os.path.isdir(os.path.join(d, "Tests", "TextSegmentationTests")):
            return d
    return os.path.dirname(here)

HAND = [
    # contractions, straight and curly
    "I don't know.", "We've been there; they'd gone.", "You can't, won't, shouldn't!", "Don’t worry, it’s fine.",
    "She'll say she's right.", "It's John's car, isn't it?", "Y'all ain't seen nothin' yet.", "gonna wanna gotta",
    "I'm, you're, they're, we'd, he'll", "DON'T SHOUT", "Don't", "cannot", "Let's go", "let’s go",
    "the boys' toys", "James' book", "the ’90s", "rock 'n' roll", "'Cause I said so", "o'clock",
    # possessives
    "Boynton's contract", "Boynton's.", "BBC’s coverage", "the firm's, the firms'", "Sainsbury's shares",
    # abbreviations and initials
    "U.S. and U.K. officials", "Mr. Smith met Mrs. Jones and Dr. Who.", "e.g. this, i.e. that", "Jan. 5, 2004",
    "Inc. Corp. Ltd. Co.", "J. K. Rowling", "Gen. Powell", "Gov. Schwarzenegger", "the U.S.-led coalition",
    "Ph.D. students", "vs. them", "5 a.m. and 6 p.m.", "10am, 3pm", "St. Paul's", "Mt. Everest",
    "a.k.a. the boss", "U.S.A.", "the E.U.", "No. 10", "etc.", "Mr.Smith", "approx. 5", "Sept. 11",
    # numbers, money, units
    "$1.13bn", "£522,000", "€5m", "¥100", "US$5", "C$10", "A$20", "27%", "1,000.5", "3.5%", "-5", "+5", "5+",
    "£5m", "$1m (£522,000)", "20km", "5kg", "100mph", "2.5GB", "12:30", "9-5", "1990-91", "1990s", "2004/05",
    "3-1 win", "3x3", "1/2", "10,000-strong", "£1.2bn-a-year", "£82.7m.", "$100.00.", "(25%)", "5°C.", "30°F",
    "1st 2nd 3rd 4th", "#1", "No.1", "7.5bn", "0.5%.", "$4", "£", "€", "5m.", "1m-payoff",
    # hyphens, dashes
    "ex-finance chief", "mother-in-law", "state-of-the-art", "well—known", "well – known", "2004–05", "a--b",
    "pre-tax", "e-mail", "co-operation", "anti-war", "—hello—", "– dash", "word-", "-word", "A-level", "X-Men",
    "24-hour", "1.5-million", "non-U.S.", "pro-EU", "T-shirt", "up-to-date.", "one---two", "~approx",
    # quotes and brackets
    "\"Hello,\" he said.", "“Hello,” he said.", "'single' quotes", "‘curly single’", "(in brackets)",
    "[square]", "{curly}", "\"Why?\"", "\"regime.\"", "“regime.”", "said: \"No.\"", "(see above).",
    "«guillemets»", "\"\"", "''quoted''", "``tex''", "(\"nested\")", "('x')",
    # ellipses and punctuation runs
    "wait... what", "wait…what", "end...", "Hello!!", "Really?!", "what?!?", "...and", "....", ". . .", "so….",
    "yes;no", "a:b", "a/b", "and/or", "w/o", "A.B.C", "this.That", "end.Start", "a,b", "1,2", "hello,world",
    "x=y", "a<b>c", "foo;", "bar:", "50:50", "Tel:0800",
    # URLs, emails, handles, hashtags
    "www.bbc.co.uk", "http://news.bbc.co.uk/1/hi/business/4096897.stm", "https://example.com/a?b=c#d",
    "Visit www.bbc.co.uk/news.", "(www.example.org)", "jane.doe@example.com", "mail jane@bbc.co.uk.",
    "@BBCNews", "#hashtag", "ftp://files.example.net/x", "example.com", "EXAMPLE.COM", "192.168.1.1",
    "8.8.8.8", "user:pass@host.org", "bbc.co.uk/sport/football",
    # emoticons and symbols
    ":)", ":-(", ";)", "<3", "(:", "^_^", "©2004", "Yahoo!", "AT&T", "R&D", "Marks & Spencer", "™", "♥love♥",
    "°C", "§5", "%", "=", "*", "**bold**", "_under_",
    # non-ASCII text
    "café au lait", "naïve coöperation", "Zürich's", "Ångström", "São Paulo", "Москва и Санкт-Петербург",
    "Ελληνικά.", "東京で", "München—Berlin", "straße.", "Ærø", "résumé,", "İstanbul", "Œuvre", "façade-like",
    "Ⅻ", "ﬁne", "½", "x²", "5km²", "10µm",
    # whitespace variety
    "two  spaces", "tab\tseparated", "line\nbreak", "non\u00a0breaking", "trailing ", " leading", "a \n\n b",
    "thin\u2009space", "",
    # special-case sensitive
    "Gov.", "gov.", "Sen. McCain", "Rep.", "Messrs. Smith", "Calif.", "Mass.", "Ill.", "Wash.", "Va.",
    "Mr", "Mrs", "Dr", "Ms.", "Jr.", "Sr.", "Bros.", "Adm.", "Prof.", "Rev.", "a.", "b.", "z.",
    "He's", "he’s", "There's", "what's", "Who’s", "Ol' Man", "lovin'", "goin’", "'em", "’bout", "'s", "’S",
    "Ill", "well", "were", "Were", "Its", "its", "shell", "hell", "wont", "dont", "cant", "im", "Im",
]


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default="/work/shared/corpora/bbc-news")
    ap.add_argument("--out", default=os.path.join(_repo_root(here), "Tests", "TextSegmentationTests", "Fixtures", "tokenizer_cases.jsonl"))
    # Corpus text is never committed: corpus snippets are for local runs only; the committed fixture uses
    # --bbc 0 (the whole corpus is compared through bbc_spacy_cuts.tsv, which holds offsets only).
    ap.add_argument("--bbc", type=int, default=0, help="number of corpus snippets")
    ap.add_argument("--check")
    args = ap.parse_args()

    cases = [(t, "hand") for t in HAND]
    # Corpus snippets: short windows around tricky characters, deterministic sample.
    tricky = re.compile(r"[^\sA-Za-z0-9,.]|\.\S|\d[a-z%]|[A-Z]\.[A-Z]|n't|'s\b")
    pool = []
    for dirpath, _, files in sorted(os.walk(args.corpus)):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(dirpath, name)
            text = open(path, encoding="utf-8").read()
            for m in tricky.finditer(text):
                a = text.rfind(" ", 0, max(0, m.start() - 25))
                b = text.find(" ", m.end() + 25)
                snippet = text[a + 1 if a >= 0 else 0: b if b >= 0 else len(text)].strip()
                if "\n" not in snippet and 10 < len(snippet) < 120:
                    pool.append((snippet, "bbc:" + os.path.relpath(path, args.corpus)))
    rng = random.Random(4)
    seen = set(t for t, _ in cases)
    by_feature = {}
    for snippet, src in pool:
        key = re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "0", snippet))[:40]
        by_feature.setdefault(key, []).append((snippet, src))
    keys = sorted(by_feature)
    rng.shuffle(keys)
    for k in keys:
        if sum(1 for _, s in cases if s != "hand") >= args.bbc:
            break
        snippet, src = by_feature[k][0]
        if snippet not in seen:
            seen.add(snippet)
            cases.append((snippet, src))

    nlp = spacy.blank("en")
    with open(args.out, "w", encoding="utf-8") as f:
        for text, src in cases:
            toks = [t.text for t in nlp.tokenizer(text) if not t.is_space]
            f.write(json.dumps({"text": text, "tokens": toks, "source": src}, ensure_ascii=False) + "\n")
    print("wrote", len(cases), "cases to", args.out)

    if args.check:
        inp = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t, _ in cases)
        out = subprocess.run([args.check, "strings"], input=inp, capture_output=True, text=True, check=True).stdout
        ours = {}
        for line in out.splitlines():
            o = json.loads(line)
            ours[o["text"]] = o["tokens"]
        bad = 0
        for text, _ in cases:
            exp = [t.text for t in nlp.tokenizer(text) if not t.is_space]
            if ours.get(text) != exp:
                bad += 1
                print(repr(text), "\n   spaCy:", exp, "\n   ours: ", ours.get(text))
        print(f"{len(cases) - bad}/{len(cases)} agree")


if __name__ == "__main__":
    main()
