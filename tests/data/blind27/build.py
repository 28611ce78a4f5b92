"""Assemble the hand-written items into questions.jsonl and dialogues.jsonl.

Only imports the literal lists in items_*.py, numbers them and writes JSON lines.
It does not generate, template, translate or vary any text."""
import importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
KINDS = ["content", "out_of_scope", "calendar", "human", "social"]

def load(name):
    return importlib.import_module(name).ITEMS

rows = []  # (kind, variety, text, expected)
for v in VARS:
    for part in ("c1", "c2"):
        for text, exp in load(f"items_{v}_{part}"):
            rows.append(("content", v, text, list(exp)))
    for kind, text in load(f"items_{v}_o"):
        rows.append((kind, v, text, []))

# order required by the format: kind, then variety
ordered = [r for k in KINDS for v in VARS for r in rows if r[0] == k and r[1] == v]
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, (kind, v, text, exp) in enumerate(ordered, 1):
        f.write(json.dumps({"id": "q%03d" % i, "question": text, "lang": LANG[v], "variety": v,
                            "expected": exp, "kind": kind}, ensure_ascii=False) + "\n")

n = 0
with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
    for v in VARS:
        for turns in load(f"items_dialogues_{v}"):
            n += 1
            f.write(json.dumps({"id": "d%02d" % n, "lang": LANG[v], "variety": v,
                                "turns": [{"user": u, "expect": dict(e)} for u, e in turns]},
                               ensure_ascii=False) + "\n")
print(f"questions: {len(ordered)}, dialogues: {n}")
