"""Checks dialogues.jsonl: JSON per line, ids/order/varieties, expect kinds and keys (same rules as the
template checker's dialogue section), section ids exist in the guide dump, script of each turn, and
no 8 consecutive words shared with the guide (fr + ar dumps). Prints counts. Run from anywhere."""
import json, os, re, subprocess, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
OTHER = {"fr": "ar", "msa": "fr", "darija": "fr", "arabizi": "fr"}
KEYS = {"answer": {"kind", "sections"}, "calendar": {"kind"}, "human": {"kind"}, "clarify": {"kind"},
        "confirm_clarification": {"kind", "sections"}, "same_topic_example": {"kind", "sections"},
        "same_topic_other_lang": {"kind", "lang", "sections"}}
N = 8
errors = []
err = errors.append

def dump(lang):
    root = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    return subprocess.run([sys.executable, os.path.join(root, "scripts", "guide_dump.py"), lang],
                          capture_output=True, text=True, check=True).stdout

AR_DIAC = re.compile("[\u064b-\u065f\u0670\u0640]")
def toks(t):
    t = unicodedata.normalize("NFKC", t).lower().replace("\u2019", "'")
    t = re.sub("[أإآ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    t = AR_DIAC.sub("", unicodedata.normalize("NFD", t))
    t = "".join(c for c in t if not (unicodedata.category(c) == "Mn" and c < "\u0600"))
    return re.findall(r"\w+", t)
def grams(ts): return {tuple(ts[i:i + N]) for i in range(len(ts) - N + 1)}

G, SECS = set(), []
for lang in ("fr", "ar"):
    for line in dump(lang).splitlines():
        if line.startswith("=== "):
            if lang == "fr": SECS.append(line[4:].split(" | ")[0].strip())
            continue
        G |= grams(toks(line))
SECSET = set(SECS)
AR = re.compile("[\u0600-\u06ff]")

ds = []
for i, line in enumerate(open(os.path.join(HERE, "dialogues.jsonl"), encoding="utf-8")):
    try: ds.append(json.loads(line))
    except json.JSONDecodeError as e: err(f"line {i+1}: invalid JSON {e}")
if len(ds) != 80: err(f"{len(ds)} dialogues != 80")
kv, used, nt, lens = Counter(), Counter(), 0, Counter()
for i, d in enumerate(ds):
    w = d.get("id")
    if set(d) != {"id", "lang", "variety", "turns"}: err(f"{w}: keys"); continue
    if w != "v%02d" % (i + 1): err(f"{w}: id order")
    v = d["variety"]
    if v != VARS[i // 20]: err(f"{w}: variety order")
    if d["lang"] != LANG[v]: err(f"{w}: lang")
    T = d["turns"]; lens[len(T)] += 1
    if not 2 <= len(T) <= 4: err(f"{w}: {len(T)} turns")
    prev = None
    for j, t in enumerate(T):
        tw = f"{w}.t{j+1}"
        if set(t) != {"user", "expect"}: err(f"{tw}: keys"); prev = None; continue
        e = t["expect"]; k = e.get("kind")
        if k not in KEYS or set(e) != KEYS[k]: err(f"{tw}: bad expect {e}"); prev = e; continue
        nt += 1; kv[(k, v)] += 1
        for s in e.get("sections", []):
            if s not in SECSET: err(f"{tw}: unknown section {s}")
            used[s] += 1
        if "sections" in e and not 1 <= len(e["sections"]) <= 2: err(f"{tw}: 1-2 sections")
        if k == "clarify":
            if j != 0 or j == len(T) - 1: err(f"{tw}: clarify position")
            if len(toks(t["user"])) > 3: err(f"{tw}: clarify turn longer than 3 words")
        if k == "confirm_clarification" and (prev is None or prev.get("kind") != "clarify"): err(f"{tw}: confirm not after clarify")
        if prev is not None and prev.get("kind") == "clarify" and k != "confirm_clarification": err(f"{tw}: after clarify")
        if k in ("same_topic_example", "same_topic_other_lang"):
            if prev is None or "sections" not in prev or e["sections"] != prev["sections"]: err(f"{tw}: {k} sections")
        if k == "same_topic_other_lang" and e["lang"] != OTHER[v]: err(f"{tw}: other lang")
        hit = grams(toks(t["user"])) & G
        if hit: err(f"{tw}: 8-gram shared with guide: {' '.join(sorted(hit)[0])}")
        u = t["user"]
        if v in ("fr", "arabizi") and AR.search(u): err(f"{tw}: Arabic letters in {v}")
        if v in ("msa", "darija") and len(AR.findall(u)) < len(re.findall("[A-Za-z]", u)): err(f"{tw}: not mainly Arabic script")
        prev = e

print(f"dialogues: {len(ds)}  turns: {nt}  turns per dialogue: {dict(sorted(lens.items()))}")
print("%-24s" % "expect kind" + "".join("%9s" % v for v in VARS) + "%8s" % "total")
for k in KEYS:
    print("%-24s" % k + "".join("%9d" % kv[(k, v)] for v in VARS) + "%8d" % sum(kv[(k, v)] for v in VARS))
print("%-24s" % "total" + "".join("%9d" % sum(kv[(k, v)] for k in KEYS) for v in VARS) + "%8d" % nt)
missing = [s for s in SECS if not used[s]]
print(f"sections in guide: {len(SECS)}; referenced: {len(SECS) - len(missing)}; never referenced: {missing}")
print(f"{len(errors)} error(s)")
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
