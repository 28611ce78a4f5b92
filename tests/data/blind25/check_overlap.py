"""Helper used while writing: reports 8-word overlaps with the guide for every string in items_*.py."""
import glob, importlib, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
N = 8
AR_DIAC = re.compile("[\u064b-\u065f\u0670\u0640]")
def norm_tokens(t):
    t = unicodedata.normalize("NFKC", t).lower().replace("\u2019", "'")
    t = re.sub("[أإآ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    t = unicodedata.normalize("NFD", t); t = AR_DIAC.sub("", t)
    t = "".join(c for c in t if not (unicodedata.category(c) == "Mn" and c < "\u0600"))
    return re.findall(r"\w+", t)
def grams(toks): return {tuple(toks[i:i + N]) for i in range(len(toks) - N + 1)}
G = set()
for lang in ("fr", "ar"):
    for line in open(f"/tmp/b25kit/guide_{lang}.txt", encoding="utf-8"):
        if not line.startswith("=== "): G |= grams(norm_tokens(line))
def strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, (list, tuple)):
        for x in o: yield from strings(x)
    elif isinstance(o, dict):
        for k, x in o.items():
            if k in ("user",): yield x
            elif k in ("turns",): yield from strings(x)
n = 0
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "items_*.py"))):
    m = importlib.import_module(os.path.basename(f)[:-3])
    for name in dir(m):
        if name.isupper():
            for s in strings(getattr(m, name)):
                h = grams(norm_tokens(s)) & G
                if h: n += 1; print(os.path.basename(f), name, "::", " ".join(sorted(h)[0]))
print(n, "overlaps")
