"""Coverage against precision of the answer confidence, per language variety, on a labelled question set.

For each threshold: `answered` = share of the variety's questions whose first section's confidence reaches
it; `right` = share of its in-scope questions answered with an expected section; `precision` = right
answers / answers; `oos` = share of its out-of-scope questions answered. Varieties come from each line's
`variety` (msa, ary, ary-Latn, fr). The calibrated threshold is marked `*`.
Run: ``python bench/confidence_curve.py [--questions tests/data/holdout] [--calibration FILE] [--markdown]``
(`--calibration` reads another calibration.json, e.g. ``git show HEAD~1:retrieval/calibration.json``).
The index is built from the bundled vectors in --data (default /tmp/rafiq-confidence-curve).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)  # not bench/: its telegram.py would hide python-telegram-bot

from bot.app import build_engine  # noqa: E402
from bot.settings import Settings  # noqa: E402
from corpus.markdown import load_corpus  # noqa: E402
from retrieval.confidence import load_calibrations  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
ORDER = ("msa", "ary", "darija", "ary-Latn", "arabizi", "fr")  # the blind sets name Darija and Arabizi by their words


def read(path: Path) -> list[dict]:
    """Question lines of a file or of every *.jsonl of a folder."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    return [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]


def point(rows: list[tuple[dict, str, float]], t: float) -> dict:
    """The figures of one threshold over (question, first section, confidence) rows."""
    answered = [(q, s) for q, s, c in rows if c >= t]
    right = sum(1 for q, s in answered if s in (q.get("expected") or ()))
    in_scope = [q for q, _, _ in rows if q.get("expected")]
    oos = len(rows) - len(in_scope)
    oos_answered = sum(1 for q, _ in answered if not q.get("expected"))
    return {"threshold": t, "answered": round(len(answered) / len(rows), 3),
            "right": round(right / len(in_scope), 3) if in_scope else None,
            "precision": round(right / len(answered), 3) if answered else None,
            "oos": round(oos_answered / oos, 3) if oos else None, "n": len(rows), "n_oos": oos}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=ROOT / "tests" / "data" / "holdout")
    parser.add_argument("--calibration", type=Path, help="a calibration.json to read instead of the committed one")
    parser.add_argument("--data", type=Path, default=Path("/tmp/rafiq-confidence-curve"))
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table, not JSON")
    args = parser.parse_args()
    settings = Settings()
    settings.data_dir = args.data
    settings.ensure_dirs()
    engine = build_engine(settings)
    if args.calibration:
        engine._calibration = load_calibrations(args.calibration)[engine.embedder.name]
    engine.warm_up(load_corpus(settings.corpus_dir))
    rows = []
    for q in read(args.questions):
        found = engine.search(q["question"], k=5)
        rows.append((q, found[0].chunk.section_id if found else "", found[0].confidence if found else 0.0))
    calibrated = engine.threshold
    thresholds = sorted(set(THRESHOLDS) | {calibrated})
    varieties = [v for v in ORDER if any(q.get("variety") == v for q, _, _ in rows)]
    groups = {v: [r for r in rows if r[0].get("variety") == v] for v in varieties} | {"all": rows}
    curve = {v: [point(g, t) for t in thresholds] for v, g in groups.items()}
    if not args.markdown:
        print(json.dumps({"embedder": engine.embedder.name, "threshold": calibrated, "curve": curve}))
        return 0
    print("| threshold | " + " | ".join(f"{v} (n={len(groups[v])})" for v in groups) + " |")
    print("|---|" + "---|" * len(groups))
    for i, t in enumerate(thresholds):
        cells = [f"{p['right']:.2f} / {p['precision'] if p['precision'] is not None else '–'} / {p['oos']}"
                 for p in (curve[v][i] for v in groups)]
        print(f"| {t:.2f}{' *' if t == calibrated else ''} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
