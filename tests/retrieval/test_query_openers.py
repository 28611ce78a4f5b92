"""A question's opening "and" is not searched: "وكيف …" is read as "كيف …", "Et pour …" as "pour …"; words that
only start like a conjunction ("واش", "واحد", "وزارة", "Puis-je") are kept."""
from __future__ import annotations

import json

import pytest

from retrieval.evaluate import read_questions
from retrieval.query_openers import without_opener


@pytest.mark.parametrize("text, expected", [
    ("وكيف أقيس أثر التكوين بعد انتهائه؟", "كيف أقيس أثر التكوين بعد انتهائه؟"),
    ("وشحال د السوايع خاصني فالسيمانة؟", "شحال د السوايع خاصني فالسيمانة؟"),
    ("والدور البيداغوجي؟", "الدور البيداغوجي؟"),
    ("وإلا ما لحقتش؟", "إلا ما لحقتش؟"),
    ("وواش كتنفع فالترقية؟", "واش كتنفع فالترقية؟"),
    ("Et pour bien lancer la séance ?", "pour bien lancer la séance ?"),
    ("du coup je les combine comment ?", "je les combine comment ?"),
    ("w ch7al kayakhd bach yjawb?", "ch7al kayakhd bach yjawb?"),
])
def test_the_opening_conjunction_is_dropped(text, expected):
    assert without_opener(text) == expected


@pytest.mark.parametrize("text", [
    "واش نقدر نكتب فالمنتدى بالدارجة؟",  # "whether", not "and" + "ش"
    "واحد المتدرب كيبقى فالتيليفون، كيفاش نتعامل معاه؟",
    "وزارة التربية الوطنية",
    "وضعية مشكلة",
    "Puis-je reprendre la grille officielle ?",
    "Ou se trouve la grille ?",
    "Comment préparer une séance ?",
    "et ?",  # nothing would be left
    "wach kayn chi tariqa?",
])
def test_words_that_only_start_like_a_conjunction_are_kept(text):
    assert without_opener(text) == text


def test_a_question_is_searched_without_its_opener(real_mini_engine):
    mini_engine = real_mini_engine
    plain = mini_engine.search("comment préparer une séance de formation ?")
    opened = mini_engine.search("Et comment préparer une séance de formation ?")
    assert [(p.chunk.section_id, round(p.confidence, 6)) for p in opened] == \
        [(p.chunk.section_id, round(p.confidence, 6)) for p in plain]


def test_messages_routed_before_retrieval_are_not_read_as_retrieval_questions(tmp_path):
    rows = [{"id": "q1", "question": "Comment préparer une séance ?", "lang": "fr", "expected": ["eng-x"],
             "kind": "content"},
            {"id": "q2", "question": "Quelle heure est-il à Tokyo ?", "lang": "fr", "expected": [],
             "kind": "out_of_scope"},
            {"id": "q3", "question": "Quand est le prochain live ?", "lang": "fr", "expected": [], "kind": "calendar"},
            {"id": "q4", "question": "Je veux parler à un tuteur", "lang": "fr", "expected": [], "kind": "human"},
            {"id": "q5", "question": "Merci beaucoup !", "lang": "fr", "expected": [], "kind": "social"},
            {"id": "q6", "question": "C'est quoi l'andragogie ?", "lang": "fr", "expected": ["prof-x"]}]
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [q.id for q in read_questions([path])] == ["q1", "q2", "q6"]


def test_a_darija_follow_up_opening_on_and_finds_its_section(full_engine):
    # with its "و" searched, "وشحال" ranked the ethics section first and the weekly hours second (0.787 / 0.781)
    found = full_engine.search("وشحال د السوايع خاصني فالسيمانة؟", k=3)
    assert found[0].chunk.section_id == "faq-weekly-hours"
