"""Assembles the blind25 set. All texts are hand-typed literals in the items_*.py files; this script only
numbers the items (q001.., d01..), sets lang/variety/kind and writes questions.jsonl and dialogues.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from items_fr_c1 import FR_C1
from items_fr_c2 import FR_C2
from items_fr_o import FR_OOS, FR_CAL, FR_HUM, FR_SOC
from items_msa_c1 import MSA_C1
from items_msa_c2 import MSA_C2
from items_msa_o import MSA_OOS, MSA_CAL, MSA_HUM, MSA_SOC
from items_darija_c1 import DARIJA_C1
from items_darija_c2 import DARIJA_C2
from items_darija_o import DARIJA_OOS, DARIJA_CAL, DARIJA_HUM, DARIJA_SOC
from items_arabizi_c1 import ARABIZI_C1
from items_arabizi_c2 import ARABIZI_C2
from items_arabizi_o import ARABIZI_OOS, ARABIZI_CAL, ARABIZI_HUM, ARABIZI_SOC
from items_dialogues_fr import FR_DIALOGUES
from items_dialogues_msa import MSA_DIALOGUES
from items_dialogues_darija import DARIJA_DIALOGUES
from items_dialogues_arabizi import ARABIZI_DIALOGUES

VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
CONTENT = {"fr": FR_C1 + FR_C2, "msa": MSA_C1 + MSA_C2, "darija": DARIJA_C1 + DARIJA_C2,
           "arabizi": ARABIZI_C1 + ARABIZI_C2}
OTHER = {
    "out_of_scope": {"fr": FR_OOS, "msa": MSA_OOS, "darija": DARIJA_OOS, "arabizi": ARABIZI_OOS},
    "calendar": {"fr": FR_CAL, "msa": MSA_CAL, "darija": DARIJA_CAL, "arabizi": ARABIZI_CAL},
    "human": {"fr": FR_HUM, "msa": MSA_HUM, "darija": DARIJA_HUM, "arabizi": ARABIZI_HUM},
    "social": {"fr": FR_SOC, "msa": MSA_SOC, "darija": DARIJA_SOC, "arabizi": ARABIZI_SOC},
}
DIALOGUES = {"fr": FR_DIALOGUES, "msa": MSA_DIALOGUES, "darija": DARIJA_DIALOGUES, "arabizi": ARABIZI_DIALOGUES}

rows = []
for v in VARS:
    for text, exp in CONTENT[v]:
        rows.append(("content", v, text, list(exp)))
for kind in ["out_of_scope", "calendar", "human", "social"]:
    for v in VARS:
        for text in OTHER[kind][v]:
            rows.append((kind, v, text, []))

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, (kind, v, text, exp) in enumerate(rows, 1):
        f.write(json.dumps({"id": "q%03d" % i, "question": text, "lang": LANG[v], "variety": v,
                            "expected": exp, "kind": kind}, ensure_ascii=False) + "\n")

n = 0
with open(os.path.join(HERE, "dialogues.jsonl"), "w", encoding="utf-8") as f:
    for v in VARS:
        for turns in DIALOGUES[v]:
            n += 1
            f.write(json.dumps({"id": "d%02d" % n, "lang": LANG[v], "variety": v,
                                "turns": [{"user": u, "expect": e} for u, e in turns]},
                               ensure_ascii=False) + "\n")
print(len(rows), "questions,", n, "dialogues")
