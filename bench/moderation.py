"""Moderation benchmark: throughput, evaluation on external data, false positives on trainer questions.

Prints one JSON document:
- `throughput`: messages/s of `Moderator.check` in one process and in two processes (2 cores);
- `external`: toxic-class precision, recall and F1 per dataset and language on the data in
  ../shared/data (or $RAFIQ_SHARED_DATA): mlma_hate_speech (ar, fr; "normal" = clean, any other
  sentiment = toxic) and toxifrench_benchmark (fr; label 1 = toxic). Predicted toxic = the toxic score
  reaches the policy's threshold. The model never saw these data;
- `heldout`: precision, recall and F1 per class and language on the project's own held-out set
  (tests/data/moderation/heldout.jsonl, written apart from the training data);
- `questions_fp`: the share of ordinary teacher-training questions (tests/data/questions/*.jsonl)
  given any action other than publish (must stay below 2%).
Run: ``python bench/moderation.py [--limit N]``.
"""
from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from moderation import Moderator  # noqa: E402
from moderation.verdict import CLASSES  # noqa: E402


def shared_data_dir() -> Path:
    """The external data folder: $RAFIQ_SHARED_DATA or ../shared/data next to the repository."""
    env = os.environ.get("RAFIQ_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


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


def bench_messages() -> list[str]:
    """A mix of short and long messages in all languages for the throughput figure."""
    path = ROOT / "tests" / "data" / "moderation" / "heldout.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts.append(" ".join(texts[:20]))  # one long post
    return texts


def _throughput_worker(seconds: float) -> int:
    logging.disable(logging.CRITICAL)
    moderator = Moderator()
    moderator.warm_up()
    texts, done, end = bench_messages(), 0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        moderator.check(texts[done % len(texts)], context="forum")
        done += 1
    return done


def throughput(moderator: Moderator, seconds: float = 3.0) -> dict:
    """Messages per second in one process, and summed over two processes."""
    texts = bench_messages()
    for text in texts:
        moderator.check(text)
    start, done = time.perf_counter(), 0
    while time.perf_counter() - start < seconds:
        moderator.check(texts[done % len(texts)], context="forum")
        done += 1
    single = done / (time.perf_counter() - start)
    with ProcessPoolExecutor(2) as pool:
        counts = list(pool.map(_throughput_worker, [seconds, seconds]))
    return {"single_process_msgs_per_s": round(single, 1),
            "two_processes_msgs_per_s": round(sum(counts) / seconds, 1),
            "note": "two processes each warm up, then run for the same time; their sum depends on free cores"}


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def external(moderator: Moderator, data: Path, limit: int | None) -> dict:
    """Toxic-class figures on the external datasets, or why they could not be computed."""
    if not data.is_dir():
        return {"available": False, "reason": f"external data not found at {data} (set RAFIQ_SHARED_DATA)"}
    threshold = moderator.policy.rules["toxic"].threshold
    specs = [
        ("mlma_hate_speech", "ar", "ar_dataset.csv", "tweet", lambda r: r["sentiment"].strip() != "normal"),
        ("mlma_hate_speech", "fr", "fr_dataset.csv", "tweet", lambda r: r["sentiment"].strip() != "normal"),
        ("toxifrench_benchmark", "fr", "ToxiFrenchBalanced.csv", "content", lambda r: r["label"].strip() == "1"),
    ]
    table: dict = {"available": True, "class": "toxic", "threshold": threshold}
    for folder, lang, name, column, is_toxic in specs:
        path = data / folder / name
        if not path.exists():
            table[f"{folder}/{lang}"] = {"available": False, "reason": f"{path} missing"}
            continue
        rows = _read_csv(path)[:limit] if limit else _read_csv(path)
        scored, any_action = [], []
        for row in rows:
            verdict = moderator.check(row[column], lang=lang, context="forum")
            scored.append((is_toxic(row), verdict.labels["toxic"]))
            any_action.append((is_toxic(row), verdict.action != "publish"))
        curve = {str(t): prf([(truth, score >= t) for truth, score in scored]) for t in (0.3, 0.7)}
        table[f"{folder}/{lang}"] = {**prf([(truth, score >= threshold) for truth, score in scored]),
                                     "any_action": prf(any_action), "at_other_thresholds": curve}
    return table


def heldout(moderator: Moderator) -> dict:
    """Per class and language figures on the project's own held-out set."""
    path = ROOT / "tests" / "data" / "moderation" / "heldout.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for record in records:
        verdict = moderator.check(record["text"], context="forum")
        for cls in ("toxic", "spam", "distress", "personal_data"):
            truth, predicted = record["label"] == cls, verdict.verdict == cls
            pairs[cls][record["lang"]].append((truth, predicted))
            pairs[cls]["all"].append((truth, predicted))
    return {cls: {lang: prf(p) for lang, p in sorted(by_lang.items())} for cls, by_lang in pairs.items()}


def questions_fp(moderator: Moderator) -> dict:
    """Share of ordinary trainer questions that get any action other than publish."""
    files = sorted((ROOT / "tests" / "data" / "questions").glob("*.jsonl"))
    flagged, total = [], 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            total += 1
            verdict = moderator.check(record["question"], lang=record.get("lang"), context="forum")
            if verdict.action != "publish":
                flagged.append({"id": record.get("id"), "verdict": verdict.verdict, "action": verdict.action})
    if not total:
        return {"available": False, "reason": "no tests/data/questions/*.jsonl found"}
    return {"n": total, "false_positives": len(flagged), "rate": round(len(flagged) / total, 4),
            "below_2_percent": len(flagged) / total < 0.02, "flagged": flagged}


def main(argv: list[str] | None = None) -> int:
    """Run every part and print the JSON report."""
    parser = argparse.ArgumentParser(description="moderation benchmark")
    parser.add_argument("--limit", type=int, help="evaluate at most N rows per external file")
    parser.add_argument("--seconds", type=float, default=3.0, help="duration of each throughput run")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    moderator = Moderator()
    start = time.perf_counter()
    moderator.warm_up()
    report = {
        "warm_up_s": round(time.perf_counter() - start, 2),
        "throughput": throughput(moderator, args.seconds),
        "external": external(moderator, shared_data_dir(), args.limit),
        "heldout": heldout(moderator),
        "questions_fp": questions_fp(moderator),
        "classes": list(CLASSES),
    }
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
