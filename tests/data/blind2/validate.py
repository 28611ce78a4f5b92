#!/usr/bin/env python3
"""Validate the blind2 evaluation set (questions.jsonl, dialogues.jsonl).

Checks the schema and allowed values, the counts per kind and variety, that every
section id used exists in the guide (read through guide_dump.py for fr and ar), that
every guide section is expected by at least one content question, the dialogue
expectation rules, and that no question copies a long run of words from the guide.

Usage (from anywhere):
    /work/main/.venv/bin/python /work/main/tests/data/blind2/validate.py
Environment:
    RAFIQ_GUIDE_DUMP  path of guide_dump.py (default /tmp/rafiq/guide_dump.py)
    RAFIQ_REPO        repository root used as working directory (default /work/main)
Exit code 0 when there is no error (warnings do not fail).
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.environ.get("RAFIQ_REPO", "/work/main")
DUMP = os.environ.get("RAFIQ_GUIDE_DUMP", "/tmp/rafiq/guide_dump.py")

VARIETIES = ("fr", "msa", "darija", "arabizi")
LANG_OF = {"fr": "fr", "msa": "ar", "darija": "ar", "arabizi": "ar"}
KINDS = ("content", "out_of_scope", "calendar", "human", "social")
EXPECTED_COUNTS = {"content": 50, "out_of_scope": 10, "calendar": 3, "human": 3, "social": 3}
DIALOGUES_PER_VARIETY = 10
EXPECT_KEYS = {
    "answer": {"kind", "sections"},
    "calendar": {"kind"},
    "human": {"kind"},
    "clarify": {"kind"},
    "confirm_clarification": {"kind", "sections"},
    "same_topic_example": {"kind", "sections"},
    "same_topic_other_lang": {"kind", "lang", "sections"},
}
NGRAM = 8  # a question sharing this many consecutive words with the guide is an error

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def load_guide():
    """Return {lang: {section_id: body}} from guide_dump.py."""
    guide = {}
    for lang in ("fr", "ar"):
        python = os.path.join(REPO, ".venv", "bin", "python")
        if not os.path.exists(python):
            python = sys.executable
        try:
            out = subprocess.run([python, DUMP, lang], cwd=REPO, capture_output=True,
                                 text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError) as e:
            print(f"FATAL: cannot run guide dump for {lang}: {e}")
            sys.exit(2)
        sections, current = {}, None
        for line in out.splitlines():
            m = re.match(r"^=== id: (\S+) \| lang: (\S+) \|", line)
            if m:
                current = m.group(1)
                sections[current] = []
            elif current:
                sections[current].append(line)
        guide[lang] = {k: "\n".join(v) for k, v in sections.items()}
    return guide


def words(text):
    return re.findall(r"\w+", text.lower())


def ngrams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def load_jsonl(path):
    rows = []
    if not os.path.exists(path):
        err(f"{os.path.basename(path)}: missing")
        return rows
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{i}: empty line")
                continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{i}: invalid JSON ({e})")
    return rows


ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z\u00C0-\u00FF]")


def check_script(where, text, variety):
    n_ar, n_lat = len(ARABIC.findall(text)), len(LATIN.findall(text))
    if variety in ("fr", "arabizi") and n_ar:
        err(f"{where}: {variety} text contains Arabic script")
    if variety in ("msa", "darija") and n_lat > n_ar:
        err(f"{where}: {variety} text is mostly Latin script")
    if variety == "arabizi" and len(words(text)) > 3 and not re.search(r"[2379]", text) and not re.search(
            r"\b(wach|chno|kifach|bghit|imta|fin|ch7al|dyal|dyali|w|b|l|f|m3a|3afak)\b", text.lower()):
        warn(f"{where}: arabizi text has no digit letter nor common Darija word")


def check_sections(where, secs, known, min_n=1, max_n=2):
    if not isinstance(secs, list) or not all(isinstance(s, str) for s in secs):
        err(f"{where}: sections must be a list of strings")
        return False
    if not (min_n <= len(secs) <= max_n):
        err(f"{where}: expected {min_n}..{max_n} section ids, got {len(secs)}")
    if len(set(secs)) != len(secs):
        err(f"{where}: duplicate section id")
    for s in secs:
        if s not in known:
            err(f"{where}: unknown section id {s!r}")
    return True


def main():
    guide = load_guide()
    known = set(guide["fr"])
    if set(guide["ar"]) != known:
        err(f"guide: fr and ar section ids differ: {sorted(set(guide['ar']) ^ known)}")
    guide_grams = set()
    for lang in guide:
        for body in guide[lang].values():
            guide_grams |= ngrams(words(body), NGRAM)

    # ---------------- questions ----------------
    qrows = load_jsonl(os.path.join(HERE, "questions.jsonl"))
    counts = Counter()
    covered = Counter()
    seen_ids, seen_q = set(), {}
    two_id = 0
    for ln, q in qrows:
        where = f"questions.jsonl:{ln}"
        if not isinstance(q, dict):
            err(f"{where}: not an object")
            continue
        keys = set(q)
        want = {"id", "question", "lang", "variety", "expected", "kind"}
        if keys != want:
            err(f"{where}: keys {sorted(keys)} != {sorted(want)}")
            continue
        qid = q["id"]
        where = f"questions.jsonl:{ln} ({qid})"
        if not isinstance(qid, str) or not re.fullmatch(r"b\d{3}", qid):
            err(f"{where}: bad id format")
        if qid in seen_ids:
            err(f"{where}: duplicate id")
        seen_ids.add(qid)
        text = q["question"]
        if not isinstance(text, str) or not text.strip():
            err(f"{where}: empty question")
            continue
        norm = " ".join(words(text))
        if norm in seen_q:
            err(f"{where}: duplicate question text (same as {seen_q[norm]})")
        seen_q[norm] = qid
        if q["variety"] not in VARIETIES:
            err(f"{where}: bad variety {q['variety']!r}")
            continue
        if q["lang"] != LANG_OF[q["variety"]]:
            err(f"{where}: lang {q['lang']!r} inconsistent with variety {q['variety']!r}")
        if q["kind"] not in KINDS:
            err(f"{where}: bad kind {q['kind']!r}")
            continue
        check_script(where, text, q["variety"])
        counts[(q["kind"], q["variety"])] += 1
        exp = q["expected"]
        if q["kind"] == "content":
            if check_sections(where, exp, known, 1, 2):
                for s in exp:
                    covered[s] += 1
                two_id += len(exp) == 2
        elif exp != []:
            err(f"{where}: expected must be [] for kind {q['kind']}")
        copied = ngrams(words(text), NGRAM) & guide_grams
        if copied:
            err(f"{where}: shares a {NGRAM}-word run with the guide: {' '.join(sorted(copied)[0])!r}")

    for kind, n in EXPECTED_COUNTS.items():
        for v in VARIETIES:
            if counts[(kind, v)] != n:
                err(f"questions: {kind}/{v} count {counts[(kind, v)]} != {n}")
    missing = sorted(known - set(covered))
    if missing:
        err(f"questions: sections never expected by a content question: {missing}")

    # ---------------- dialogues ----------------
    drows = load_jsonl(os.path.join(HERE, "dialogues.jsonl"))
    dcount = Counter()
    kind_count = Counter()
    dseen = set()
    for ln, d in drows:
        where = f"dialogues.jsonl:{ln}"
        if not isinstance(d, dict) or set(d) != {"id", "lang", "variety", "turns"}:
            err(f"{where}: keys must be id, lang, variety, turns")
            continue
        where = f"dialogues.jsonl:{ln} ({d['id']})"
        if not isinstance(d["id"], str) or not re.fullmatch(r"bd\d{2}", d["id"]):
            err(f"{where}: bad id format")
        if d["id"] in dseen:
            err(f"{where}: duplicate id")
        dseen.add(d["id"])
        if d["variety"] not in VARIETIES:
            err(f"{where}: bad variety")
            continue
        if d["lang"] != LANG_OF[d["variety"]]:
            err(f"{where}: lang inconsistent with variety")
        dcount[d["variety"]] += 1
        turns = d["turns"]
        if not isinstance(turns, list) or not (2 <= len(turns) <= 4):
            err(f"{where}: needs 2..4 turns")
            continue
        prev = None
        for ti, t in enumerate(turns):
            tw = f"{where} turn {ti + 1}"
            if not isinstance(t, dict) or set(t) != {"user", "expect"}:
                err(f"{tw}: keys must be user, expect")
                prev = None
                continue
            if not isinstance(t["user"], str) or not t["user"].strip():
                err(f"{tw}: empty user message")
            else:
                check_script(tw, t["user"], d["variety"])
                copied = ngrams(words(t["user"]), NGRAM) & guide_grams
                if copied:
                    err(f"{tw}: shares a {NGRAM}-word run with the guide")
            e = t["expect"]
            k = e.get("kind") if isinstance(e, dict) else None
            if k not in EXPECT_KEYS:
                err(f"{tw}: bad expect kind {k!r}")
                prev = None
                continue
            kind_count[k] += 1
            if set(e) != EXPECT_KEYS[k]:
                err(f"{tw}: {k} expect keys {sorted(e)} != {sorted(EXPECT_KEYS[k])}")
                prev = e
                continue
            if k == "answer":
                check_sections(tw, e["sections"], known, 1, 2)
            elif k == "confirm_clarification":
                check_sections(tw, e["sections"], known, 1, 2)
                if not prev or prev.get("kind") != "clarify":
                    err(f"{tw}: confirm_clarification must follow a clarify turn")
            elif k == "clarify":
                if ti != 0:
                    err(f"{tw}: clarify is only used on a first, ambiguous question")
                if ti == len(turns) - 1:
                    err(f"{tw}: last turn cannot be clarify")
            elif k in ("same_topic_example", "same_topic_other_lang"):
                check_sections(tw, e["sections"], known, 1, 1)
                psecs = prev.get("sections") if prev else None
                if not psecs or e["sections"][0] not in psecs:
                    err(f"{tw}: {k} must refer to the previous turn's section")
                if k == "same_topic_other_lang":
                    if e["lang"] not in ("fr", "ar"):
                        err(f"{tw}: other_lang lang must be fr or ar")
                    elif e["lang"] == d["lang"]:
                        err(f"{tw}: other_lang lang equals the dialogue language")
            if prev and prev.get("kind") == "clarify" and k != "confirm_clarification":
                err(f"{tw}: the turn after clarify must be confirm_clarification")
            prev = e
    for v in VARIETIES:
        if dcount[v] != DIALOGUES_PER_VARIETY:
            err(f"dialogues: {v} count {dcount[v]} != {DIALOGUES_PER_VARIETY}")

    # ---------------- report ----------------
    print("questions by kind x variety:")
    print("  " + "kind".ljust(14) + "".join(v.rjust(9) for v in VARIETIES) + "total".rjust(8))
    for kind in KINDS:
        row = [counts[(kind, v)] for v in VARIETIES]
        print("  " + kind.ljust(14) + "".join(str(n).rjust(9) for n in row) + str(sum(row)).rjust(8))
    print(f"  total questions: {len(qrows)}; content with 2 ids: {two_id}; "
          f"sections covered: {len(covered)}/{len(known)} (min {min(covered.values()) if covered else 0}, "
          f"max {max(covered.values()) if covered else 0} per section)")
    print(f"dialogues: {sum(dcount.values())} "
          f"({', '.join(f'{v} {dcount[v]}' for v in VARIETIES)}); turns by expect kind: "
          + ", ".join(f"{k} {kind_count[k]}" for k in EXPECT_KEYS))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
