"""Write retrieval/french_words.txt: the French words (4 letters or more, lower case, accents removed) of the
bundled guide's French sections, titles included. An Arabizi writer keeps such words in Latin letters
("statut mazal brouillon"); retrieval.darija keeps them whole instead of spelling them in Arabic letters.

    python scripts/build_french_words.py

Run it again after a large change to the French guide (the list is a vocabulary, not an index: a stale one
only misses new words). Running it twice writes the same bytes.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from corpus.markdown import load_corpus  # noqa: E402
from retrieval.darija import ARABIZI_WORDS  # noqa: E402
from retrieval.french_loans import FRENCH_WORDS_FILE, french_vocabulary  # noqa: E402

texts = [f"{s.title}\n{s.text}" for s in load_corpus(ROOT / "corpus") if s.lang == "fr"]
words = french_vocabulary(texts, ARABIZI_WORDS)
FRENCH_WORDS_FILE.write_text("\n".join(words) + "\n", encoding="utf-8")
print(f"wrote {len(words)} words to {FRENCH_WORDS_FILE.relative_to(ROOT)}")
