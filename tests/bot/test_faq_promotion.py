"""A tutor's answer promoted to the FAQ: files in the corpus, the live index updated, a restart agrees."""
from __future__ import annotations

import pytest

from bot.knowledge import FaqError, KnowledgeBase, entry_from_fields
from corpus.check import check_corpus
from corpus.markdown import load_corpus
from retrieval.engine import RetrievalEngine
from tests.bot.escalation_helpers import private_engine

Q_FR = "Les frais de déplacement pour la journée présentielle au CRMEF sont-ils remboursés ?"
A_FR = ("Oui. Remplissez le formulaire de remboursement remis par votre centre, joignez vos titres de "
        "transport, et déposez le tout au secrétariat dans les quinze jours qui suivent la journée.")
Q_AR = "هل تُعوَّض مصاريف التنقل لحضور اليوم الحضوري في المركز الجهوي؟"
A_AR = "نعم. املأ استمارة التعويض التي يسلمها لك المركز، وأرفق تذاكر النقل، وسلّمها إلى الكتابة خلال خمسة عشر يوما بعد اليوم الحضوري."


@pytest.fixture
def engine_and_corpus(tmp_path, mini_corpus_dir, mini_engine, embedder):
    return private_engine(tmp_path, mini_corpus_dir, embedder, mini_engine.index_dir)


def test_both_languages_make_two_parallel_files_and_the_index_finds_them(engine_and_corpus, embedder):
    engine, corpus = engine_and_corpus
    kb = KnowledgeBase(corpus, engine)
    before = engine.index.manifest.n_chunks
    entry = entry_from_fields(7, {"question_fr": Q_FR, "answer_fr": A_FR, "question_ar": Q_AR, "answer_ar": A_AR},
                              added_by="karim")
    sections = kb.promote(entry)
    assert sorted(s.lang for s in sections) == ["ar", "fr"] and {s.id for s in sections} == {"faq-t7"}
    assert [p.name for p in kb.paths("faq-t7")] == ["faq-t7.ar.md", "faq-t7.fr.md"]
    text = (corpus / "faq" / "faq-t7.fr.md").read_text(encoding="utf-8")
    assert text.startswith("---\nid: faq-t7\nlang: fr\n") and "source_ticket: 7" in text
    assert "single_language" not in text and A_FR in text
    assert all(s.kind == "faq" for s in sections)
    assert {s.lang: s.questions for s in sections} == {"fr": (Q_FR,), "ar": (Q_AR,)}  # the question is a key
    assert engine.index.manifest.n_chunks > before
    assert check_corpus(corpus).ok
    for question in ("Est-ce qu'on me rembourse le transport pour venir à la journée en présentiel ?", Q_AR):
        assert engine.search(question)[0].chunk.section_id == "faq-t7", question
    # after a restart, the corpus on disk matches the saved index: nothing is rebuilt
    again = RetrievalEngine(embedder, engine.index_dir)
    assert again.warm_up(load_corpus(corpus)) is False
    assert again.index.has_version("faq-t7", "ar") and again.index.has_version("faq-t7", "fr")


def test_one_language_is_marked_single_language(engine_and_corpus):
    engine, corpus = engine_and_corpus
    kb = KnowledgeBase(corpus, engine)
    kb.promote(entry_from_fields(8, {"question_ar": Q_AR, "answer_ar": A_AR}))
    assert [p.name for p in kb.paths("faq-t8")] == ["faq-t8.ar.md"]
    assert "single_language: true" in (corpus / "faq" / "faq-t8.ar.md").read_text(encoding="utf-8")
    assert check_corpus(corpus).ok, "a single-language FAQ entry marked as such passes the corpus check"
    assert engine.index.has_version("faq-t8", "ar") and not engine.index.has_version("faq-t8", "fr")


def test_promoting_again_replaces_the_files(engine_and_corpus):
    engine, corpus = engine_and_corpus
    kb = KnowledgeBase(corpus, engine)
    kb.promote(entry_from_fields(9, {"question_fr": Q_FR, "answer_fr": "Première version."}))
    kb.promote(entry_from_fields(9, {"question_fr": Q_FR, "answer_fr": A_FR}))
    assert [p.name for p in kb.paths("faq-t9")] == ["faq-t9.fr.md"]
    assert [c.text for c in engine.index.section_chunks("faq-t9", "fr")] != []
    assert "Première version" not in " ".join(c.text for c in engine.index.section_chunks("faq-t9", "fr"))


@pytest.mark.parametrize("fields, code", [
    ({}, "faq_empty"),
    ({"question_fr": "   ", "answer_fr": ""}, "faq_empty"),
    ({"question_fr": Q_FR}, "faq_incomplete"),
    ({"answer_ar": A_AR}, "faq_incomplete"),
    ({"question_fr": "x" * 301, "answer_fr": "ok"}, "faq_too_long"),
])
def test_incomplete_entries_are_refused(fields, code):
    with pytest.raises(FaqError) as info:
        entry_from_fields(1, fields)
    assert info.value.code == code


def test_yaml_special_characters_survive(engine_and_corpus):
    engine, corpus = engine_and_corpus
    question = 'Module 2 : "devoir" --- rendu # avant: vendredi ?'
    sections = KnowledgeBase(corpus, engine).write(entry_from_fields(10, {"question_fr": question,
                                                                          "answer_fr": "---\nOui."}))
    assert sections[0].title == question and sections[0].text == "---\nOui."
