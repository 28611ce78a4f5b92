"""Build messages.jsonl from the hand-written per-label source files (variety|context|note|text)."""
import json, pathlib, random, collections, unicodedata
here = pathlib.Path(__file__).parent
VAR = {"D": "darija", "Z": "arabizi", "M": "msa", "F": "fr"}
CTX = {"c": "chat", "f": "forum"}
LABELS = ["toxic", "ok_mentions", "spam", "ok_commercial", "off_topic", "ordinary", "distress", "ok_tired"]
rows, seen = [], {}
for label in LABELS:
    for n, line in enumerate((here / f"{label}.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        v, c, note, text = line.split("|", 3)
        text = unicodedata.normalize("NFC", text.strip())
        key = text.casefold()
        assert key not in seen, f"duplicate: {text!r} ({label}:{n} and {seen[key]})"
        seen[key] = f"{label}:{n}"
        variety = VAR[v]
        rows.append({"text": text, "lang": "fr" if variety == "fr" else "ar", "variety": variety,
                     "label": label, "context": CTX[c], "note": note.strip()})
random.Random(20261102).shuffle(rows)
with open(here.parent / "messages.jsonl", "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"bm-{i:04d}", **r}, ensure_ascii=False) + "\n")
print(len(rows))
by = collections.Counter
print(by(r["label"] for r in rows))
for key in ("lang", "variety", "context"):
    print(key, dict(by(r[key] for r in rows)))
print("label x variety")
for label in LABELS:
    print(f"{label:14}", {v: sum(1 for r in rows if r["label"] == label and r["variety"] == v) for v in VAR.values()},
          {c: sum(1 for r in rows if r["label"] == label and r["context"] == c) for c in CTX.values()})
