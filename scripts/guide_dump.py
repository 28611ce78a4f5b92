"""Print the bundled corpus's sections in one language without their question keys: what the writers of a
blind evaluation set read (they must not see the keys), and what the sets' validators check copying against.

    python scripts/guide_dump.py fr|ar
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from corpus.markdown import load_corpus  # noqa: E402

lang = sys.argv[1] if len(sys.argv) > 1 else "fr"
for s in load_corpus(ROOT / "corpus"):
    if s.lang != lang:
        continue
    print(f"=== {s.id} | {s.title} | {' > '.join(s.path)} | {s.kind}")
    print(s.text.strip())
    print()
