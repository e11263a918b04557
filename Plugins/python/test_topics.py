"""Tests for the example exec plugin (stdlib unittest): `python3 -m unittest Plugins/python/test_topics.py`.

Runs topics.py as TextMine does, as a co-process over pipes, so the protocol itself is tested, not only the
functions. The Swift tests (Tests/ExecStageTests) run it through the real exec stage as well.
"""

import json
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "topics.py")
HELLO = {"protocol": "textmine-exec", "version": 1, "stage": "exec", "consumes": ["sentences"],
         "produces": ["topics"], "config": {}}


def converse(lines):
    """Sends lines to a fresh topics.py and returns its answers, parsed."""
    result = subprocess.run([sys.executable, SCRIPT], input="".join(json.dumps(line) + "\n" for line in lines),
                            capture_output=True, text=True, timeout=30)
    return [json.loads(line) for line in result.stdout.splitlines()], result.returncode


class TopicsProtocolTest(unittest.TestCase):
    def test_handshake_names_the_layer(self):
        answers, status = converse([HELLO])
        self.assertEqual(answers, [{"ok": True, "produces": ["topics"]}])
        self.assertEqual(status, 0)

    def test_refuses_another_protocol_version(self):
        answers, status = converse([dict(HELLO, version=2)])
        self.assertFalse(answers[0]["ok"])
        self.assertEqual(status, 1)

    def test_tags_sentences_in_code_points(self):
        text = "Café owners cheered. The council vote on the budget passed."
        request = {"id": "a.txt", "group": "", "text": text,
                   "layers": {"sentences": [{"start": 0, "end": 20}, {"start": 21, "end": len(text)}]}}
        answers, _ = converse([HELLO, request])
        answer = answers[1]
        self.assertEqual(answer["id"], "a.txt")
        self.assertEqual(answer["layers"]["topics"], [
            {"start": 21, "end": len(text), "topic": "economy", "hits": 1},
            {"start": 21, "end": len(text), "topic": "politics", "hits": 2},
        ])
        self.assertEqual(answer["features"], {"topic": "politics", "topic_hits": 2})

    def test_config_adds_topics(self):
        hello = dict(HELLO, config={"topics": {"weather": ["Storm"]}, "min_hits": 1})
        request = {"id": "b", "group": "", "text": "A storm hit.", "layers": {}}
        answers, _ = converse([hello, request])
        self.assertEqual(answers[1]["features"], {"topic": "weather", "topic_hits": 1})


if __name__ == "__main__":
    unittest.main()
