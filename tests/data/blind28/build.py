"""Writes questions.jsonl and dialogues.jsonl from the hand-written literal lists (numbering and ordering only)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import q_content_fr, q_content_msa, q_content_darija, q_content_arabizi, q_out_of_scope, q_short_kinds
import dialogues_a, dialogues_b

VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
content = {"fr": q_content_fr.ITEMS, "msa": q_content_msa.ITEMS, "darija": q_content_darija.ITEMS,
           "arabizi": q_content_arabizi.ITEMS}
oos = {"fr": q_out_of_scope.FR, "msa": q_out_of_scope.MSA, "darija": q_out_of_scope.DARIJA,
       "arabizi": q_out_of_scope.ARABIZI}

rows = []
for v in VARS:
    for q, exp in content[v]:
        rows.append((q, v, list(exp), "content"))
for v in VARS:
    for q in oos[v]:
        rows.append((q, v, [], "out_of_scope"))
for kind, table in (("calendar", q_short_kinds.CALENDAR), ("human", q_short_kinds.HUMAN), ("social", q_short_kinds.SOCIAL)):
    for v in VARS:
        for q in table[v]:
            rows.append((q, v, [], kind))

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, (q, v, exp, kind) in enumerate(rows, 1):
        f.write(json.dumps({"id": "q%03d" % i, "question": q, "lang": LANG[v], "variety": v,
                            "expected": exp, "kind": kind}, ensure_ascii=False) + "\n")

dialogues = dialogues_a.FR + dialogues_a.MSA + dialogues_b.DARIJA + dialogues_b.ARABIZI
with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
    for i, (v, turns) in enumerate(dialogues, 1):
        f.write(json.dumps({"id": "d%02d" % i, "lang": LANG[v], "variety": v,
                            "turns": [{"user": u, "expect": e} for u, e in turns]}, ensure_ascii=False) + "\n")
print(len(rows), "questions,", len(dialogues), "dialogues")
