"""Assemble the hand-typed item files into questions.jsonl and dialogues.jsonl.
Only imports the item lists, numbers them and writes JSON: no text is generated or changed."""
import importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
KINDS = ["content", "out_of_scope", "calendar", "human", "social"]

def load(name):
    return importlib.import_module(name)

# content: items_<v>_c1 and items_<v>_c2 define CONTENT = [(question, [ids]), ...]
# other kinds: items_<v>_o defines OUT_OF_SCOPE, CALENDAR, HUMAN, SOCIAL = [question, ...]
by = {(k, v): [] for k in KINDS for v in VARS}
for v in VARS:
    for part in ("c1", "c2"):
        for q, exp in load(f"items_{v}_{part}").CONTENT:
            by[("content", v)].append((q, list(exp)))
    o = load(f"items_{v}_o")
    for k, attr in (("out_of_scope", "OUT_OF_SCOPE"), ("calendar", "CALENDAR"), ("human", "HUMAN"), ("social", "SOCIAL")):
        for q in getattr(o, attr):
            by[(k, v)].append((q, []))

n = 0
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for k in KINDS:
        for v in VARS:
            for q, exp in by[(k, v)]:
                n += 1
                f.write(json.dumps({"id": "q%03d" % n, "question": q, "lang": LANG[v], "variety": v,
                                    "expected": exp, "kind": k}, ensure_ascii=False) + "\n")

# dialogues: items_dialogues_<v> defines DIALOGUES = [[(user, expect), ...], ...]
n = 0
with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
    for v in VARS:
        for turns in load(f"items_dialogues_{v}").DIALOGUES:
            n += 1
            f.write(json.dumps({"id": "d%02d" % n, "lang": LANG[v], "variety": v,
                                "turns": [{"user": u, "expect": e} for u, e in turns]}, ensure_ascii=False) + "\n")
print("questions and dialogues written")
