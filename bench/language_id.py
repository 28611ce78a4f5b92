"""Benchmark language identification: per-class accuracy and messages per second, as JSON.

Compares the bare libraries (langdetect and lingua, each restricted to ar/fr/en) with the final
rule detector on tests/data/lang_id.jsonl, and, when the shared evaluation data is present
(../shared/data next to the repository, or $RAFIQ_SHARED_DATA), on samples of NLLB-Seed
(ary_Arab, zgh_Tfng, eng_Latn), DODa (Latin-script Darija), ARCD (MSA questions) and PIAF
(French questions).

    python bench/language_id.py [--sample 500] [--seed 0]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from retrieval.language import (LangdetectDetector, LanguageDetector,  # noqa: E402
                                LinguaDetector, RuleLanguageDetector)


def shared_data_dir() -> Path:
    """Where the shared evaluation data lives (it may be absent)."""
    return Path(os.environ.get("RAFIQ_SHARED_DATA", ROOT.parent / "shared" / "data"))


def load_own_set() -> list[tuple[str, str]]:
    """(text, lang) pairs of the project's own labelled set."""
    path = ROOT / "tests" / "data" / "lang_id.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [(row["text"], row["lang"]) for row in rows]


def _squad_questions(path: Path) -> list[str]:
    data = json.loads(path.read_text("utf-8"))["data"]
    return [qa["question"] for article in data for para in article["paragraphs"] for qa in para["qas"]]


def load_shared_sets(base: Path, sample: int, rng: random.Random) -> dict[str, list[tuple[str, str]]]:
    """Samples of the shared corpora, labelled with our codes."""
    sets: dict[str, list[tuple[str, str]]] = {}
    nllb = base / "nllb_seed_ary_zgh"
    if nllb.is_dir():
        rows: list[tuple[str, str]] = []
        for name, code in (("ary_Arab", "ary"), ("zgh_Tfng", "zgh"), ("eng_Latn", "en")):
            lines = [l for l in (nllb / name).read_text("utf-8").splitlines() if l.strip()]
            rows += [(text, code) for text in rng.sample(lines, min(sample, len(lines)))]
        sets["nllb_seed"] = rows
    doda = base / "doda_darija_mit_2023" / "sentences.csv"
    if doda.is_file():
        with doda.open(encoding="utf-8", newline="") as handle:
            pairs = [(r["darija"], r["english"]) for r in csv.DictReader(handle) if r["darija"].strip()]
        picked = rng.sample(pairs, min(sample, len(pairs)))
        sets["doda"] = [(d, "ary-Latn") for d, _ in picked] + [(e, "en") for _, e in picked]
    squad = [("arcd", base / "arcd" / "arcd-test.json", "ar"),
             ("piaf", base / "piaf_fr_qa" / "piaf-v1.0.json", "fr")]
    for name, path, code in squad:
        if path.is_file():
            questions = _squad_questions(path)
            sets[f"{name}_questions"] = [(q, code) for q in rng.sample(questions, min(sample, len(questions)))]
    return sets


def evaluate(detector: LanguageDetector, rows: list[tuple[str, str]]) -> dict:
    """Per-class accuracy, the confusions, overall accuracy and throughput of one detector."""
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    confusions: dict[str, Counter[str]] = defaultdict(Counter)
    start = time.perf_counter()
    for text, gold in rows:
        got = detector.detect(text).code
        totals[gold] += 1
        hits[gold] += got == gold
        if got != gold:
            confusions[gold][got] += 1
    elapsed = time.perf_counter() - start
    return {
        "accuracy": {lang: round(hits[lang] / totals[lang], 3) for lang in sorted(totals)},
        "overall": round(sum(hits.values()) / max(1, len(rows)), 3),
        "errors": {lang: dict(c.most_common(4)) for lang, c in sorted(confusions.items())},
        "messages_per_s": round(len(rows) / elapsed) if elapsed > 0 else None,
    }


def main() -> None:
    """Run the benchmark and print the JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=500, help="lines drawn per shared-data class")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    lingua, langdetect = LinguaDetector(), LangdetectDetector()
    detectors: dict[str, LanguageDetector] = {
        "langdetect": langdetect,
        "lingua": lingua,
        "final[lingua]": RuleLanguageDetector(lingua),
        "final[langdetect]": RuleLanguageDetector(langdetect),
    }
    for detector in (lingua, langdetect):
        detector.warm_up()  # loading is not what we time

    own = load_own_set()
    report: dict = {"own_set": {"n": len(own), "per_class_n": dict(Counter(l for _, l in own))}}
    report["own_set"].update({name: evaluate(d, own) for name, d in detectors.items()})

    base = shared_data_dir()
    if base.is_dir():
        rng = random.Random(args.seed)
        for name, rows in load_shared_sets(base, args.sample, rng).items():
            report[name] = {"n": len(rows)}
            report[name].update({k: evaluate(d, rows) for k, d in detectors.items()})
    else:
        report["shared_data"] = f"absent: {base} not found (set RAFIQ_SHARED_DATA); own set only"
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
