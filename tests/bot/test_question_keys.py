"""Learning from use (#14 item 8): a helpful answer proposes its masked question as a key; approved keys
are searchable at once and after a restart; rejected ones change nothing; /forget removes them."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.privacy import Forgetter
from bot.question_keys import KeyProposals, approve, normalized, with_approved_keys
from bot.store import Store
from bot.store.schema import Interaction, KeyProposal
from corpus.markdown import load_corpus
from retrieval.engine import RetrievalEngine
from tests.bot.escalation_helpers import private_engine

# Words that find no section of the mini corpus first, cited as if they had found fac-group-work.
ODD_KEY = "Comment on fait pour le zbrouk du mardi soir avec les copains ?"
SECTION = "fac-group-work"


@pytest.fixture
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'keys.db'}")
    store.migrate()
    yield store
    store.dispose()


@pytest.fixture
def engine_and_corpus(tmp_path, mini_corpus_dir, mini_engine, embedder):
    return private_engine(tmp_path, mini_corpus_dir, embedder, mini_engine.index_dir)


def answered(store: Store, text: str, user: str = "42", section: str = SECTION, intent: str = "question",
             lang: str = "fr") -> Interaction:
    """An interaction as the recorder stores an answer citing `section`."""
    user_id = store.get_or_create_user("telegram", user).id
    return store.add_interaction(user_id=user_id, channel="telegram", thread=user, text=text, detected_lang=lang,
                                 reply_lang=lang, intent=intent, reply_text="…", confidence=0.9,
                                 citations=[{"id": section, "title": "t", "lang": lang}])


def top(engine: RetrievalEngine, text: str) -> str:
    return engine.search(text)[0].chunk.section_id


def test_a_helpful_answer_proposes_its_masked_question_once(store):
    proposals = KeyProposals(store)
    first = proposals.propose_from(answered(store, "Comment former un groupe ? appelez-moi au 06 12 34 56 78"))
    assert first is not None and (first.section_id, first.lang, first.state) == (SECTION, "fr", "pending")
    assert "06 12 34 56 78" not in first.question and "Comment former un groupe" in first.question
    again = answered(store, "comment  former un groupe ?! appelez-moi au 06 12 34 56 78", user="43")
    assert proposals.propose_from(again) is None, "the same question (normalized) is proposed once per section"
    assert proposals.propose_from(answered(store, "Comment former un groupe ?", section="ass-peer")) is not None
    assert normalized("Comment  FORMER un groupe ?") == normalized("comment former un groupe")


@pytest.mark.parametrize("text, intent", [("travail groupe ?", "question"), ("un exemple svp", "follow_up"),
                                          ("Comment former un groupe de travail ?", "greeting")])
def test_short_questions_follow_ups_and_non_answers_propose_nothing(store, text, intent):
    assert KeyProposals(store).propose_from(answered(store, text, intent=intent)) is None
    with store.session() as s:
        assert s.scalar(select(KeyProposal.id)) is None


def test_arabic_and_arabizi_questions_are_keys_of_the_arabic_version(store):
    proposals = KeyProposals(store)
    assert proposals.propose_from(answered(store, "كيفاش نخدمو فالمجموعة مزيان ؟", lang="ary")).lang == "ar"
    assert proposals.propose_from(answered(store, "kifach nkhdmo f lgroupe mzyan", lang="ary-Latn")).lang == "ar"


def test_approving_indexes_the_key_now_and_a_restart_keeps_it(store, engine_and_corpus, embedder):
    engine, corpus = engine_and_corpus
    assert top(engine, ODD_KEY) != SECTION, "the key must be what makes the section found"
    proposal = KeyProposals(store).propose_from(answered(store, ODD_KEY))
    assert approve(store, engine, corpus, proposal.id, "karim").state == "approved"
    assert top(engine, ODD_KEY) == SECTION
    assert any(c.role == "question" and c.section_id == SECTION and c.lang == "fr" and c.text == ODD_KEY
               for c in engine.index.chunks)
    assert approve(store, engine, corpus, proposal.id, "salma") is None, "decided once"
    assert not [p for p in corpus.rglob("*.md") if ODD_KEY in p.read_text(encoding="utf-8")], "corpus untouched"

    again = RetrievalEngine(embedder, engine.index_dir)  # a restart: corpus + approved rows, the saved index
    assert again.warm_up(with_approved_keys(load_corpus(corpus), KeyProposals(store).approved())) is False
    assert top(again, ODD_KEY) == SECTION
    bare = RetrievalEngine(embedder, engine.index_dir)
    bare.warm_up(load_corpus(corpus))
    assert top(bare, ODD_KEY) != SECTION, "the key comes from the store, not from the corpus files"


def test_rejecting_leaves_the_index_unchanged(store, engine_and_corpus):
    engine, corpus = engine_and_corpus
    before = [(c.section_id, c.lang, c.role, c.text) for c in engine.index.chunks]
    proposal = KeyProposals(store).propose_from(answered(store, ODD_KEY))
    assert KeyProposals(store).decide(proposal.id, "rejected", "karim").state == "rejected"
    assert [(c.section_id, c.lang, c.role, c.text) for c in engine.index.chunks] == before
    assert top(engine, ODD_KEY) != SECTION and KeyProposals(store).pending() == []
    assert with_approved_keys(load_corpus(corpus), KeyProposals(store).approved()) == load_corpus(corpus)


def test_forget_removes_proposals_pending_and_approved(store, engine_and_corpus):
    engine, corpus = engine_and_corpus
    keys = KeyProposals(store)
    approve(store, engine, corpus, keys.propose_from(answered(store, ODD_KEY, user="7301234567")).id, "karim")
    keys.propose_from(answered(store, "Comment former un groupe de travail ?", user="7301234567"))
    kept = keys.propose_from(answered(store, "Comment évaluer un travail de groupe ?", user="555"))
    report = Forgetter(store, b"secret").forget("telegram", "7301234567")
    assert report.deleted.get("key_proposals") == 2
    with store.session() as s:
        assert [r.id for r in s.scalars(select(KeyProposal))] == [kept.id]
    assert keys.approved() == [], "a restart indexes the section without the forgotten key"
