"""Numbers and orders the hand-written lists into questions.jsonl and dialogues.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content_fr, content_msa, content_darija, content_arabizi
import other_fr, other_msa, other_darija, other_arabizi
import dialogues_fr, dialogues_msa, dialogues_darija, dialogues_arabizi

VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
CONTENT = {"fr": content_fr, "msa": content_msa, "darija": content_darija, "arabizi": content_arabizi}
OTHER = {"fr": other_fr, "msa": other_msa, "darija": other_darija, "arabizi": other_arabizi}
DIAL = {"fr": dialogues_fr, "msa": dialogues_msa, "darija": dialogues_darija, "arabizi": dialogues_arabizi}

rows = []
for v in VARS:
    for q, exp in CONTENT[v].ITEMS:
        rows.append({"question": q, "lang": LANG[v], "variety": v, "expected": list(exp), "kind": "content"})
for kind, attr in [("out_of_scope", "OUT_OF_SCOPE"), ("calendar", "CALENDAR"), ("human", "HUMAN"), ("social", "SOCIAL")]:
    for v in VARS:
        for q in getattr(OTHER[v], attr):
            rows.append({"question": q, "lang": LANG[v], "variety": v, "expected": [], "kind": kind})
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        out = {"id": "q%03d" % i}
        out.update(r)
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

n = 0
with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
    for v in VARS:
        for turns in DIAL[v].DIALOGUES:
            n += 1
            f.write(json.dumps({"id": "d%02d" % n, "lang": LANG[v], "variety": v, "turns": turns}, ensure_ascii=False) + "\n")
print(len(rows), "questions,", n, "dialogues")
