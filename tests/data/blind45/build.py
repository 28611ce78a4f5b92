"""Numbers and orders the hand-written items into questions.jsonl and dialogues.jsonl (no content is generated here)."""
import importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
OTHER = [("out_of_scope", "OUT_OF_SCOPE"), ("calendar", "CALENDAR"), ("human", "HUMAN"), ("social", "SOCIAL")]

content = {v: importlib.import_module(f"content_{v}").ITEMS for v in VARS}
other = {v: importlib.import_module(f"other_{v}") for v in VARS}
dialogues = {v: importlib.import_module(f"dialogues_{v}").DIALOGUES for v in VARS}

rows = []
for v in VARS:
    for q, exp in content[v]:
        rows.append({"question": q, "lang": LANG[v], "variety": v, "expected": list(exp), "kind": "content"})
for kind, name in OTHER:
    for v in VARS:
        for q in getattr(other[v], name):
            rows.append({"question": q, "lang": LANG[v], "variety": v, "expected": [], "kind": kind})

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({"id": "q%03d" % i, **r}, ensure_ascii=False) + "\n")

n = 0
with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
    for v in VARS:
        for turns in dialogues[v]:
            n += 1
            f.write(json.dumps({"id": "d%02d" % n, "lang": LANG[v], "variety": v,
                                "turns": [{"user": u, "expect": e} for u, e in turns]}, ensure_ascii=False) + "\n")
