"""Validates a blind set's folder (blind3, blind4): format, counts, coverage, dialogue rules, and no 8-word
overlap with the guide. Usage: ``python tests/data/validate_blind.py tests/data/blind4``.

The guide text is obtained only through scripts/guide_dump.py (fr and ar), as the writers read it."""
import json, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VARS = ["fr", "msa", "darija", "arabizi"]
LANG = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
KINDS = ["content", "out_of_scope", "calendar", "human", "social"]
PER = {"content": 50, "out_of_scope": 10, "calendar": 3, "human": 3, "social": 3}
N = 8
errors = []

def err(m): errors.append(m)

def dump(lang):
    return open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"guide_{lang}.txt"), encoding="utf-8").read()

AR_DIAC = re.compile("[\u064b-\u065f\u0670\u0640]")
def norm_tokens(t):
    t = unicodedata.normalize("NFKC", t).lower().replace("\u2019", "'")
    t = re.sub("[أإآ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    t = unicodedata.normalize("NFD", t)
    t = AR_DIAC.sub("", t)  # also drops the hamza marks split off by NFD (ؤ -> و, ئ -> ي)
    t = "".join(c for c in t if not (unicodedata.category(c) == "Mn" and c < "\u0600"))  # strip Latin accents
    return re.findall(r"\w+", t)

def grams(toks):
    return {tuple(toks[i:i + N]) for i in range(len(toks) - N + 1)}

guide_grams, sections = set(), []
for lang in ("fr", "ar"):
    text = dump(lang)
    for line in text.splitlines():
        if line.startswith("=== "):
            sid = line[4:].split(" | ")[0].strip()
            if lang == "fr":
                sections.append(sid)
            continue
        guide_grams |= grams(norm_tokens(line))
SECS = set(sections)

def check_copy(where, text):
    hit = grams(norm_tokens(text)) & guide_grams
    if hit:
        err(f"{where}: shares {N} consecutive words with the guide: {' '.join(sorted(hit)[0])}")

AR_LET = re.compile("[\u0600-\u06ff]")
def check_script(where, variety, text):
    if variety in ("fr", "arabizi") and AR_LET.search(text):
        err(f"{where}: Arabic letters in a {variety} text")
    if variety in ("msa", "darija"):
        ar = len(AR_LET.findall(text)); lat = len(re.findall("[A-Za-z]", text))
        if ar < lat:
            err(f"{where}: {variety} text is not mainly in Arabic script")

# ---------- questions ----------
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
order = [(k, v) for k in KINDS for v in VARS]
expected_seq = [kv for kv in order for _ in range(PER[kv[0]])]
if len(qs) != len(expected_seq):
    err(f"questions: {len(qs)} lines, expected {len(expected_seq)}")
seen = set(); table = Counter(); cover = Counter(); cover_primary = Counter()
for i, q in enumerate(qs):
    w = q.get("id", f"line{i+1}")
    if set(q) != {"id", "question", "lang", "variety", "expected", "kind"}:
        err(f"{w}: keys {sorted(q)}")
        continue
    if q["id"] != "q%03d" % (i + 1): err(f"{w}: id out of order")
    if q["variety"] not in VARS or q["kind"] not in KINDS: err(f"{w}: bad variety/kind"); continue
    if q["lang"] != LANG[q["variety"]]: err(f"{w}: lang {q['lang']} for variety {q['variety']}")
    if i < len(expected_seq) and (q["kind"], q["variety"]) != expected_seq[i]: err(f"{w}: order of kind/variety")
    if not isinstance(q["question"], str) or not q["question"].strip(): err(f"{w}: empty question")
    key = " ".join(norm_tokens(q["question"]))
    if key in seen: err(f"{w}: duplicate question")
    seen.add(key)
    table[(q["kind"], q["variety"])] += 1
    exp = q["expected"]
    if not isinstance(exp, list): err(f"{w}: expected not a list"); continue
    if q["kind"] == "content":
        if not 1 <= len(exp) <= 2 or len(set(exp)) != len(exp): err(f"{w}: content needs 1 or 2 distinct ids")
        for s in exp:
            if s not in SECS: err(f"{w}: unknown section {s}")
            cover[s] += 1
        if exp: cover_primary[exp[0]] += 1
    elif exp:
        err(f"{w}: expected must be [] for {q['kind']}")
    check_copy(w, q["question"]); check_script(w, q["variety"], q["question"])
for kv in order:
    if table[kv] != PER[kv[0]]: err(f"count {kv}: {table[kv]} != {PER[kv[0]]}")
for s in sections:
    if cover_primary[s] < 2: err(f"section {s} is the main expected id of only {cover_primary[s]} question(s)")
# rotation: each section should be asked in at least two different varieties
vars_by_sec = defaultdict(set)
for q in qs:
    if q["kind"] == "content":
        vars_by_sec[q["expected"][0]].add(q["variety"])
for s in sections:
    if len(vars_by_sec[s]) < 2: err(f"section {s} asked in only one variety")

# ---------- dialogues ----------
KEYS = {"answer": {"kind", "sections"}, "calendar": {"kind"}, "human": {"kind"}, "clarify": {"kind"},
        "confirm_clarification": {"kind", "sections"}, "same_topic_example": {"kind", "sections"},
        "same_topic_other_lang": {"kind", "lang", "sections"}}
ds = [json.loads(l) for l in open(os.path.join(HERE, "dialogues.jsonl"), encoding="utf-8") if l.strip()]
if len(ds) != 40: err(f"dialogues: {len(ds)} != 40")
dv = Counter(); turn_kinds = Counter(); turn_kinds_v = Counter(); nturns = 0
for i, d in enumerate(ds):
    w = d.get("id", f"dline{i+1}")
    if set(d) != {"id", "lang", "variety", "turns"}: err(f"{w}: keys {sorted(d)}"); continue
    if d["id"] != "d%02d" % (i + 1): err(f"{w}: id out of order")
    v = d["variety"]
    if v not in VARS: err(f"{w}: variety"); continue
    if i // 10 < 4 and v != VARS[i // 10]: err(f"{w}: variety order")
    if d["lang"] != LANG[v]: err(f"{w}: lang")
    dv[v] += 1
    T = d["turns"]
    if not 2 <= len(T) <= 4: err(f"{w}: {len(T)} turns")
    prev = None
    for j, t in enumerate(T):
        tw = f"{w}.t{j+1}"
        if set(t) != {"user", "expect"}: err(f"{tw}: keys"); prev = None; continue
        e = t["expect"]; k = e.get("kind")
        if k not in KEYS or set(e) != KEYS[k]: err(f"{tw}: bad expect {e}"); prev = e; continue
        nturns += 1; turn_kinds[k] += 1; turn_kinds_v[(k, v)] += 1
        for s in e.get("sections", []):
            if s not in SECS: err(f"{tw}: unknown section {s}")
        if "sections" in e and not 1 <= len(e["sections"]) <= 2: err(f"{tw}: 1 or 2 sections")
        if k == "clarify":
            if j != 0: err(f"{tw}: clarify only on the first turn")
            if j == len(T) - 1: err(f"{tw}: last turn is clarify")
            if len(norm_tokens(t["user"])) > 3: err(f"{tw}: clarify turn should be a short ambiguous message")
        if k == "confirm_clarification" and (prev is None or prev.get("kind") != "clarify"):
            err(f"{tw}: confirm_clarification not right after clarify")
        if prev is not None and prev.get("kind") == "clarify" and k != "confirm_clarification":
            err(f"{tw}: turn after clarify must be confirm_clarification")
        if k in ("same_topic_example", "same_topic_other_lang"):
            if prev is None or "sections" not in prev: err(f"{tw}: {k} needs a previous turn with sections")
            elif e["sections"] != prev["sections"]: err(f"{tw}: {k} sections differ from previous turn")
        if k == "same_topic_other_lang":
            want = {"fr": "ar", "msa": "fr", "darija": "fr", "arabizi": "fr"}[v]
            if e["lang"] != want: err(f"{tw}: other_lang {e['lang']} (want {want})")
        check_copy(tw, t["user"]); check_script(tw, v, t["user"])
        prev = e
for v in VARS:
    if dv[v] != 10: err(f"dialogues {v}: {dv[v]} != 10")

# ---------- report ----------
print("questions by kind x variety")
print("%-13s" % "kind" + "".join("%9s" % v for v in VARS) + "%8s" % "total")
for k in KINDS:
    print("%-13s" % k + "".join("%9d" % table[(k, v)] for v in VARS) + "%8d" % sum(table[(k, v)] for v in VARS))
print("%-13s" % "total" + "".join("%9d" % sum(table[(k, v)] for k in KINDS) for v in VARS) + "%8d" % len(qs))
print(f"sections: {len(sections)}; min/max as main expected id: {min(cover_primary[s] for s in sections)}/{max(cover_primary[s] for s in sections)}; content questions with two ids: {sum(1 for q in qs if q['kind']=='content' and len(q['expected'])==2)}")
print(f"\ndialogues: {len(ds)}, turns: {nturns}")
print("%-24s" % "expect kind" + "".join("%9s" % v for v in VARS) + "%8s" % "total")
for k in KEYS:
    print("%-24s" % k + "".join("%9d" % turn_kinds_v[(k, v)] for v in VARS) + "%8d" % turn_kinds[k])
print(f"\n{len(errors)} error(s)")
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
