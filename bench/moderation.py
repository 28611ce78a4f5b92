"""Moderation benchmark: every figure of issue #16, on data the models were never trained on.

Prints one JSON document (``--markdown`` also prints the figures table):
- `external`: toxic precision, recall, F1 per language on the MLMA held-out half (ar, fr; the fixed
  stratified split of `moderation.external`) and on ToxiFrench (fr), from ../shared/data or
  $RAFIQ_SHARED_DATA; when the folder is absent it says so. Predicted toxic = verdict "toxic";
- `darija_abuse`: recall on the project's own Darija and Arabizi abuse set, false positives on its
  mentions and tricky lines (tests/data/moderation/darija_abuse.jsonl, never trained on);
- `off_topic`: precision, recall, F1 of verdict "off_topic" on tests/data/moderation/off_topic.jsonl
  (needs the built index: `rafiq index`; otherwise it says so);
- `blind`: the blind set (tests/data/moderation_blind/messages.jsonl) per label and variety: the share
  handled as its label expects, plus P/R/F1 of the toxic, spam, off_topic and distress verdicts;
- `questions_fp`: false positives per labelled trainer question set (tests/data/questions,
  tests/data/holdout, tests/data/blind*/ questions and dialogue turns; `bench/moderation_sets.py`): any
  action but publish, or any verdict but "ok" on an in-scope message (out-of-scope ones rightly called
  off_topic are counted apart);
- `heldout`: per class and language on the older own held-out set;
- `latency`: milliseconds per `Moderator.check` (p50, p95) with and without the off-topic scorer.
Run: ``python bench/moderation.py [--limit N] [--markdown]``.
"""
from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

from bench.moderation_sets import question_sets_fp  # noqa: E402
from moderation import Moderator, external  # noqa: E402
from moderation.verdict import CLASSES  # noqa: E402

DATA = ROOT / "tests" / "data"
# what a correct moderator does with each blind label: the verdicts that count as handled
BLIND_EXPECTED = {"toxic": {"toxic"}, "spam": {"spam"}, "off_topic": {"off_topic"}, "distress": {"distress"},
                  "ok_mentions": {"ok"}, "ok_commercial": {"ok", "personal_data", "off_topic"},
                  "ordinary": {"ok"}, "ok_tired": {"ok"}}


def prf(pairs: list[tuple[bool, bool]]) -> dict:
    """Precision, recall, F1 and counts from (truth, predicted) pairs."""
    tp = sum(1 for t, p in pairs if t and p)
    fp = sum(1 for t, p in pairs if not t and p)
    fn = sum(1 for t, p in pairs if t and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "n": len(pairs), "positives": tp + fn}


def jsonl(path: Path) -> list[dict]:
    """The records of a JSONL file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_topic_scorer():
    """The service's off-topic scorer over the built index, or (None, why not)."""
    from bot.app import build_engine
    from bot.settings import Settings
    from bot.topic_scorer import course_topic_scorer, index_ready
    from corpus.calendar import load_calendar
    from corpus.markdown import load_corpus

    settings = Settings()
    engine = build_engine(settings)
    problem = index_ready(engine, settings.corpus_dir)
    if problem:
        return None, f"{problem}: run `rafiq index` (off-topic is not computed without it)"
    engine.warm_up(load_corpus(settings.corpus_dir))
    calendar_file = settings.corpus_dir / "calendar.yaml"
    scorer = course_topic_scorer(engine, load_calendar(calendar_file) if calendar_file.exists() else None)
    scorer.warm_up()
    return scorer, ""


def external_figures(moderator: Moderator, data: Path, limit: int | None) -> dict:
    """Toxic P/R/F1 per language on the MLMA held-out half and on ToxiFrench, or why they are absent."""
    if not data.is_dir():
        return {"available": False, "reason": f"external data not found at {data}: no MLMA or ToxiFrench "
                                              "figures (put ../shared/data beside the repository or set "
                                              "RAFIQ_SHARED_DATA)"}
    present = external.available(data)
    table: dict = {"available": True, "predicted_toxic": "verdict toxic",
                   "mlma_split": f"stratified half held out, seed {external.MLMA_SEED}"}
    sets = {}
    for lang in ("ar", "fr"):
        if present[f"mlma_{lang}"]:
            sets[f"mlma_heldout/{lang}"] = external.mlma_split(data, lang)[1]
    if present["toxifrench"]:
        sets["toxifrench/fr"] = external.toxifrench(data)
    for name, rows in sets.items():
        rows = rows[:limit] if limit else rows
        table[name] = prf([(r.toxic, moderator.check(r.text, lang=r.lang, context="forum").verdict == "toxic")
                           for r in rows])
    for name, ok in present.items():
        if not ok:
            table[name] = {"available": False, "reason": "file missing"}
    return table


def darija_abuse(moderator: Moderator) -> dict:
    """Recall on the own Darija/Arabizi abuse set; false positives on its mentions and tricky lines."""
    rows = jsonl(DATA / "moderation" / "darija_abuse.jsonl")
    by_lang: dict[str, list] = defaultdict(list)
    for row in rows:
        flagged = moderator.check(row["text"], context="forum").verdict == "toxic"
        by_lang[row["lang"]].append((row["label"] == "toxic", flagged))
        by_lang["all"].append((row["label"] == "toxic", flagged))
    return {lang: {**prf(pairs), "false_positives": sum(1 for t, p in pairs if p and not t),
                   "negatives": sum(1 for t, _ in pairs if not t)} for lang, pairs in sorted(by_lang.items())}


def off_topic(moderator: Moderator, why_not: str) -> dict:
    """P/R/F1 of the off_topic verdict on the own off-topic set."""
    if why_not:
        return {"available": False, "reason": why_not}
    pairs: dict[str, list] = defaultdict(list)
    for row in jsonl(DATA / "moderation" / "off_topic.jsonl"):
        predicted = moderator.check(row["text"], context="forum").verdict == "off_topic"
        for key in (row["lang"], "all"):
            pairs[key].append((row["label"] == "off_topic", predicted))
    return {lang: prf(p) for lang, p in sorted(pairs.items())}


def blind(moderator: Moderator) -> dict:
    """Per label and variety: share handled as expected; P/R/F1 of the class verdicts."""
    path = DATA / "moderation_blind" / "messages.jsonl"
    if not path.exists():
        return {"available": False, "reason": f"{path} missing"}
    handled: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    classes: dict[str, list] = defaultdict(list)
    wrong: dict[str, Counter] = defaultdict(Counter)
    for row in jsonl(path):
        verdict = moderator.check(row["text"], context=row["context"])
        label = row["label"]
        good = verdict.verdict in BLIND_EXPECTED[label]
        if label == "spam":  # spam is to be hidden (held for review counts as flagged, reported apart)
            handled["spam_hidden"][row["variety"]].append(verdict.action == "hide")
        handled[label][row["variety"]].append(good)
        handled[label]["all"].append(good)
        if not good:
            wrong[label][f"{verdict.verdict}/{verdict.action}"] += 1
        for cls in ("toxic", "spam", "off_topic", "distress"):
            classes[cls].append((label == cls, verdict.verdict == cls))
    share = {label: {variety: {"share": round(sum(v) / len(v), 3), "n": len(v)} for variety, v in sorted(by.items())}
             for label, by in sorted(handled.items())}
    return {"handled_as_expected": share, "verdicts": {cls: prf(p) for cls, p in classes.items()},
            "mistakes": {label: dict(c.most_common()) for label, c in sorted(wrong.items())}}


def heldout(moderator: Moderator) -> dict:
    """Per class and language figures on the older own held-out set."""
    pairs: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for record in jsonl(DATA / "moderation" / "heldout.jsonl"):
        verdict = moderator.check(record["text"], context="forum")
        for cls in ("toxic", "spam", "distress", "personal_data"):
            truth, predicted = record["label"] == cls, verdict.verdict == cls
            pairs[cls][record["lang"]].append((truth, predicted))
            pairs[cls]["all"].append((truth, predicted))
    return {cls: {lang: prf(p) for lang, p in sorted(by_lang.items())} for cls, by_lang in pairs.items()}


def latency(moderators: dict[str, Moderator]) -> dict:
    """Milliseconds per check on the blind set's texts (after one warm pass)."""
    texts = [r["text"] for r in jsonl(DATA / "moderation_blind" / "messages.jsonl")][:200]
    out = {}
    for name, moderator in moderators.items():
        for text in texts[:20]:
            moderator.check(text)
        times = []
        for text in texts:
            start = time.perf_counter()
            moderator.check(text, context="forum")
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        out[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(0.95 * len(times))], 1),
                     "mean_ms": round(statistics.fmean(times), 1), "n": len(times)}
    out["note"] = "wall time on a shared 2-core machine; other processes add noise"
    return out


def markdown(report: dict) -> str:
    """The figures table."""
    lines = ["| figure | value | target |", "|---|---|---|"]
    ext = report["external"]
    for name in ("mlma_heldout/ar", "mlma_heldout/fr", "toxifrench/fr"):
        r = ext.get(name)
        target = "F1 ≥ 0.65" if name.startswith("toxi") else "F1 ≥ 0.6"
        value = (f"P {r['precision']} R {r['recall']} F1 {r['f1']} (n {r['n']})" if r and "f1" in r
                 else ext.get("reason", "absent"))
        lines.append(f"| {name} toxic | {value} | {target} |")
    d = report["darija_abuse"]["all"]
    lines.append(f"| own Darija/Arabizi abuse: recall | {d['recall']} ({d['positives']} toxic; "
                 f"{d['false_positives']}/{d['negatives']} mentions flagged) | ≥ 0.9 |")
    o = report["off_topic"].get("all", report["off_topic"])
    lines.append("| own off-topic set | " + (f"P {o['precision']} R {o['recall']} F1 {o['f1']}" if "f1" in o
                                               else o.get("reason", "")) + " | F1 ≥ 0.8 |")
    for name, q in report["questions_fp"]["sets"].items():
        lines.append(f"| trainer messages {name}: false positives | {q['false_positives']}/{q['n']} = {q['rate']} "
                     f"(and {q['out_of_scope_off_topic']}/{q['out_of_scope']} out-of-scope ones rightly "
                     f"off_topic) | < 0.02 |")
    b = report["blind"]
    if "verdicts" in b:
        for label, by in b["handled_as_expected"].items():
            lines.append(f"| blind {label}: handled as expected | {by['all']['share'] if 'all' in by else ''} "
                         f"(" + ", ".join(f"{k} {v['share']}" for k, v in by.items() if k != 'all') + ") | |")
        for cls, r in b["verdicts"].items():
            lines.append(f"| blind {cls} verdict | P {r['precision']} R {r['recall']} F1 {r['f1']} | |")
    for name, r in report["latency"].items():
        if isinstance(r, dict):
            lines.append(f"| latency {name} | p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run every part and print the JSON report."""
    parser = argparse.ArgumentParser(description="moderation benchmark")
    parser.add_argument("--limit", type=int, help="evaluate at most N rows per external file")
    parser.add_argument("--markdown", action="store_true", help="also print the figures table")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    bare = Moderator()
    start = time.perf_counter()
    bare.warm_up()
    warm = time.perf_counter() - start
    scorer, why_not = build_topic_scorer()
    full = Moderator(topic_scorer=scorer) if scorer else bare
    full.warm_up()
    report = {
        "warm_up_s": round(warm, 2), "learned_mode": bare._classifiers[0].mode,
        "off_topic_scorer": "index loaded" if scorer else why_not,
        "external": external_figures(bare, external.shared_data_dir(), args.limit),
        "darija_abuse": darija_abuse(full),
        "off_topic": off_topic(full, why_not),
        "blind": blind(full),
        "questions_fp": question_sets_fp(full),
        "heldout": heldout(full),
        "latency": latency({"without_off_topic": bare, "with_off_topic": full} if scorer else {"without_off_topic": bare}),
        "classes": list(CLASSES),
    }
    if not report["external"]["available"]:
        print(f"moderation bench: {report['external']['reason']}", file=sys.stderr)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if args.markdown:
        print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
