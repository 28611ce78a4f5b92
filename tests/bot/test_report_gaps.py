"""`rafiq report gaps`: two uncovered topics form two topics, covered questions stay out, privacy holds."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import numpy as np
import pytest

from sqlalchemy import select, update

from bot.reports.gaps import cluster, gap_questions, to_csv, to_markdown, topics
from bot.store.schema import Interaction, Ticket

UTC = timezone.utc
WHEN = datetime(2026, 11, 10, 10, 0, tzinfo=UTC)
TRAVEL = ["Est-ce que les frais de déplacement pour la session présentielle sont remboursés ?",
          "Les frais de transport pour la journée en présentiel seront-ils remboursés ?",
          "Va-t-on nous rembourser les frais de déplacement de la session en présentiel ?"]
MISSION = ["Quand le ministère publiera-t-il la liste des formateurs retenus pour la mission à l'étranger ?",
           "La liste des formateurs sélectionnés pour la mission à l'étranger sera publiée quand ?"]
COVERED = ["Qu'est-ce que l'évaluation formative ?", "Comment préparer une fiche pédagogique ?"]


def ask(store, user, text, escalate=False, confidence=0.9, feedback=None, when=WHEN):
    uid = store.get_or_create_user("telegram", str(user)).id
    row = store.add_interaction(user_id=uid, channel="telegram", thread="t", text=text, detected_lang="fr",
                                reply_lang="fr", intent="question", reply_text="…", confidence=confidence,
                                citations=[], escalate=escalate, reason="low_confidence" if escalate else "",
                                created_at=when)
    if feedback:
        store.set_feedback(row.id, feedback)
    return row.id


def seed(store):
    ask(store, 1, TRAVEL[0], escalate=True, confidence=0.2)
    ask(store, 2, TRAVEL[1], confidence=0.3)  # unsure, answered anyway
    ask(store, 3, TRAVEL[2], feedback="down")  # sure, voted not helpful
    for text in MISSION:  # one trainer asked twice; a tutor answered both
        iid = ask(store, 4, text, escalate=True, confidence=0.1)
        with store.session() as s:
            s.add(Ticket(interaction_id=iid, channel="telegram", question=text, lang="fr", reason="low_confidence",
                         created_at=WHEN, answered_at=WHEN, answer="…", state="answered"))
    for n, text in enumerate(COVERED):
        ask(store, 10 + n, text, feedback="up")  # answered, sure, helpful: not a gap
    ask(store, 1, TRAVEL[0], escalate=True, when=datetime(2026, 10, 1, tzinfo=UTC))  # before the period


def test_gap_questions_select_escalated_unsure_and_not_helpful(store):
    seed(store)
    found = gap_questions(store, datetime(2026, 11, 1, tzinfo=UTC))
    assert [q.text for q in found] == TRAVEL + MISSION
    assert [q.tutor_answered for q in found] == [False, False, False, True, True]


@pytest.mark.slow  # paraphrases must be close: the real model
def test_two_uncovered_topics_form_two_topics(store, mini_engine):
    seed(store)
    found = topics(gap_questions(store, datetime(2026, 11, 1, tzinfo=UTC)), mini_engine)
    assert [(t.size, t.trainers, t.tutor_answers, t.languages) for t in found] == [(3, 3, 0, ("french",)),
                                                                               (2, 1, 2, ("french",))]
    assert set(found[0].examples) == set(TRAVEL) and found[1].examples == ()  # one trainer: no example text
    assert all(t.section_id and 0 < t.score for t in found)
    md, table = to_markdown(found), to_csv(found)
    assert "## Sujet 1 — 3 question(s), 3 formé(s), Français" in md and MISSION[0] not in md
    assert table.splitlines()[0].startswith("topic,size,trainers") and len(table.splitlines()) == 3
    assert "الموضوع 2: 2 سؤال" in to_markdown(found, "ar")


def test_cluster_cuts_at_the_distance():
    a, b = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])
    near = np.array([0.99, 0.05, 0.0])
    assert cluster(np.stack([a, b, near])) == [[0, 2], [1]]
    assert cluster(np.zeros((0, 3))) == [] and cluster(np.stack([a])) == [[0]]


def test_nothing_to_report():
    assert "Aucune question" in to_markdown([]) and to_csv([]).count("\n") == 1


def test_a_text_with_nothing_to_embed_belongs_to_no_topic(mini_engine):
    """FakeEmbedder gives '…' a zero vector: cosine clustering refused it and the whole report failed."""
    from bot.reports.gaps import GapQuestion

    questions = [GapQuestion(1, "…", "french", False)] + [GapQuestion(n, TRAVEL[0], "french", False) for n in (2, 3, 4)]
    found = topics(questions, mini_engine)
    assert [(t.size, t.trainers, t.examples) for t in found] == [(3, 3, (TRAVEL[0],))]


class Counting:
    """The FakeEmbedder, counting the texts it is asked to embed."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.dim, self.embedded = inner, inner.name, inner.dim, []

    def embed_query(self, texts):
        self.embedded += list(texts)
        return self.inner.embed_query(texts)


class EngineWith:
    """The mini engine seen through another embedder (search and index are the engine's own)."""

    def __init__(self, engine, embedder, index=None) -> None:
        self.engine, self.embedder, self.searched = engine, embedder, []
        self.index = index if index is not None else engine.index  # another object: a FAQ entry was published

    def search(self, text, k=5):
        self.searched.append(text)
        return self.engine.search(text, k)


def test_the_memo_embeds_and_searches_each_question_once(store, mini_engine, fake_embedder):
    from bot.reports.memo import VectorMemo

    seed(store)
    questions = gap_questions(store, datetime(2026, 11, 1, tzinfo=UTC))
    engine = EngineWith(mini_engine, Counting(fake_embedder))
    memo = VectorMemo()
    first = topics(questions, engine, memo=memo)
    assert sorted(engine.embedder.embedded) == sorted(q.text for q in questions)
    assert len(engine.searched) == len(first)
    assert topics(questions, engine, memo=memo) == first  # the page again: nothing embedded nor searched
    assert len(engine.embedder.embedded) == len(questions) and len(engine.searched) == len(first)
    more = questions + [questions[0].__class__(99, "Une toute nouvelle question sur le badge", "french", False)]
    topics(more, engine, memo=memo)
    assert engine.embedder.embedded[len(questions):] == ["Une toute nouvelle question sur le badge"]
    assert topics(questions, engine) == first  # without the memo: the same topics
    small = VectorMemo(size=2)
    small.embed(engine.embedder, ["a b", "c d", "e f"])
    assert len(small._vectors) == 2


def test_the_memo_forgets_nearest_sections_when_the_index_changes(mini_engine, fake_embedder):
    from bot.reports.memo import VectorMemo

    engine = EngineWith(mini_engine, fake_embedder)
    memo = VectorMemo()
    memo.nearest(engine, TRAVEL[0])
    memo.nearest(engine, TRAVEL[0])
    assert engine.searched == [TRAVEL[0]]
    other = EngineWith(mini_engine, fake_embedder, index=object())
    memo.nearest(other, TRAVEL[0])
    assert other.searched == [TRAVEL[0]]


def test_a_tickets_stored_vector_is_used_for_french_and_msa_only(store, mini_engine, fake_embedder):
    """Retrieval kept each escalated question's vector on its ticket: French and MSA ones are not embedded again
    (the same vector); a Darija ticket's is that of its MSA rewrite, so a Darija question is embedded."""
    seed(store)
    darija = "wach kayn chi t3wid dyal l'frais de déplacement?"
    iid = ask(store, 7, darija, escalate=True, confidence=0.1)
    with store.session() as s:
        s.execute(update(Interaction).where(Interaction.id == iid).values(detected_lang="ary-Latn"))
        s.add(Ticket(interaction_id=iid, channel="telegram", question=darija, lang="ar", reason="low_confidence",
                     created_at=WHEN, question_vector=[0.5] * 384))
        for ticket in s.scalars(select(Ticket).where(Ticket.question_vector.is_(None))):
            ticket.question_vector = [float(x) for x in fake_embedder.embed_query([ticket.question])[0]]
    questions = gap_questions(store, datetime(2026, 11, 1, tzinfo=UTC))
    assert [q.vector is not None for q in questions] == [False, False, False, True, True, True]
    engine = EngineWith(mini_engine, Counting(fake_embedder))
    found = topics(questions, engine)
    assert engine.embedder.embedded == TRAVEL + [darija]  # the two MISSION tickets' vectors were kept
    assert found == topics([replace(q, vector=None) for q in questions], mini_engine)


def test_cluster_makes_the_same_topics_as_scikit_learns_agglomerative_clustering():
    """The SciPy linkage on BLAS distances replaced AgglomerativeClustering(cosine, average, threshold):
    the same partition on questions-like data (tight paraphrase groups, loose ones, strays)."""
    from sklearn.cluster import AgglomerativeClustering

    rng = np.random.default_rng(17)
    centres = rng.normal(size=(40, 384))
    vectors = np.concatenate([centres[rng.integers(0, 40, 600)] + rng.normal(scale=s, size=(600, 384))
                              for s in (0.2, 0.3)] + [rng.normal(size=(50, 384))])  # pairs ~0.04 and ~0.09 apart
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=0.09).fit_predict(vectors)
    expected: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        expected.setdefault(int(lab), []).append(i)
    found = cluster(vectors)
    assert sorted(found) == sorted(expected.values())
    assert 40 < len(found) < 600 and len(found[0]) > 1 and any(len(g) == 1 for g in found)  # groups, cut ones, strays


def test_only_the_largest_topics_are_searched_for_their_section_when_asked(store, mini_engine, fake_embedder):
    """The console shows the 100 largest topics: only those cost a search for their nearest section."""
    seed(store)
    questions = gap_questions(store, datetime(2026, 11, 1, tzinfo=UTC))
    engine = EngineWith(mini_engine, fake_embedder)
    every = topics(questions, engine)
    first = topics(questions, engine, sections=1)
    assert len(engine.searched) == len(every) + 1 and len(every) > 1
    assert first[0] == every[0] and all((t.section_id, t.section_title, t.score) == ("", "", 0.0) for t in first[1:])
    assert [t.size for t in first] == [t.size for t in every]


def test_the_warmer_embeds_ahead_what_the_page_would_embed(store, mini_engine, fake_embedder):
    """The console's first load after a start embedded every question: the warmer does it before, in chunks."""
    from bot.reports.memo import VectorMemo
    from bot.reports.warmer import GapWarmer

    seed(store)
    with store.session() as s:  # the MISSION tickets carry their vectors, as retrieval keeps them
        for ticket in s.scalars(select(Ticket)):
            ticket.question_vector = [float(x) for x in fake_embedder.embed_query([ticket.question])[0]]
    engine, memo = EngineWith(mini_engine, Counting(fake_embedder)), VectorMemo()
    engine.ready = True
    warmer = GapWarmer(store, engine, memo=memo, clock=lambda: datetime(2026, 11, 20, tzinfo=UTC))
    assert warmer.tick() == 3 and sorted(engine.embedder.embedded) == sorted(TRAVEL)
    assert warmer.tick() == 0  # nothing new
    found = topics(gap_questions(store, datetime(2026, 11, 1, tzinfo=UTC)), engine, memo=memo)
    assert len(engine.embedder.embedded) == 3 and sum(t.size for t in found) == 5  # the page embedded nothing
    assert GapWarmer(store, engine, memo=VectorMemo(), days=1,
                     clock=lambda: datetime(2026, 11, 20, tzinfo=UTC)).tick() == 0  # older than the period
    engine.ready = False
    assert GapWarmer(store, engine, memo=VectorMemo()).tick() == 0  # the index is still loading


def test_rafiq_serve_warms_the_gap_page_only_with_a_console(tmp_path, mini_corpus_dir):
    from bot.app import build
    from bot.settings import Settings

    base = {"data_dir": tmp_path, "corpus_dir": mini_corpus_dir, "embedder": "fake"}
    assert "gap-warmer" not in build(Settings(**base)).lifecycle.names
    assert "gap-warmer" in build(Settings(**base, console_tokens="nadia:coordinator:n-token-0001")).lifecycle.names


def test_the_console_clusters_the_most_recent_questions_of_a_long_period():
    """Clustering holds n²/2 distances: the page keeps the MAX_QUESTIONS most recent (and says so)."""
    from bot.channels.web.console.gaps import MAX_QUESTIONS, recent

    assert recent([1, 2, 3, 4], limit=2) == [3, 4] and recent([1, 2], limit=2) == [1, 2]
    assert recent(list(range(MAX_QUESTIONS + 5)))[0] == 5


def test_held_insults_recipes_and_giving_up_are_not_gaps(store):
    # the coordinator's list held insults held on the forum and a couscous recipe (a newcomer)
    seed(store)
    uid = store.get_or_create_user("discourse", "t2-x").id
    for n, reason in enumerate(("forum_review", "off_topic", "discouraged", "toxic")):
        store.add_interaction(user_id=uid, channel="discourse", thread="t", text=f"not a gap {n}", detected_lang="fr",
                              reply_lang="fr", intent="question", reply_text="", confidence=0.0, citations=[],
                              escalate=True, reason=reason, created_at=WHEN)
    found = gap_questions(store, datetime(2026, 11, 1, tzinfo=UTC))
    assert [q.text for q in found] == TRAVEL + MISSION


def test_a_salutation_naming_the_trainer_is_left_out_of_a_tutors_answer():
    from bot.reports.gaps import without_salutation
    assert without_salutation("Salam Youssef, pour la prolongation je peux t'accorder mercredi.") == \
        "pour la prolongation je peux t'accorder mercredi."
    assert without_salutation("Bonjour Mme Alaoui : voici la liste.") == "voici la liste."
    assert without_salutation("السلام عليكم أستاذة سعاد، الجواب هو نعم.") == "الجواب هو نعم."
    assert without_salutation("Le guide ne le dit pas.") == "Le guide ne le dit pas."


@pytest.mark.slow
def test_a_topic_a_published_entry_now_answers_is_marked_covered(store, mini_engine):
    # the topic stayed listed with its "FAQ draft" button after the tutor's entry was published (a newcomer)
    from types import SimpleNamespace

    seed(store)

    class Published:  # the search finds the tutor's entry, sure of it
        embedder, threshold = mini_engine.embedder, mini_engine.threshold

        def search(self, text, k=1):
            chunk = SimpleNamespace(section_id="faq-t35", title="Liste des formateurs retenus")
            return [SimpleNamespace(chunk=chunk, score=0.95, confidence=0.99)]

    found = topics(gap_questions(store, datetime(2026, 11, 1, tzinfo=UTC)), Published())
    assert found and all(topic.covered for topic in found)
    assert not any(topic.covered for topic in topics(gap_questions(store, datetime(2026, 11, 1, tzinfo=UTC)),
                                                     mini_engine))


def test_the_weekly_gaps_leave_out_held_posts(store):
    from bot.stats import gap_report

    vector = tuple([1.0] + [0.0] * 7)
    tickets = [SimpleTicket(1, "low_confidence", vector), SimpleTicket(2, "forum_review", vector),
               SimpleTicket(3, "discouraged", vector)]
    [gap] = gap_report(tickets)
    assert gap.ticket_ids == (1,)


class SimpleTicket:
    def __init__(self, id, reason, vector):
        self.id, self.reason, self.question_vector, self.priority = id, reason, vector, 2
        self.question, self.lang, self.answered_at = f"question {id}", "fr", None
