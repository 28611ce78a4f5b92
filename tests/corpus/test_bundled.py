"""The bundled trainer guide: parallel languages, sizes, and question keys a trainer would type."""
from __future__ import annotations

import re
from collections import defaultdict

import pytest

from corpus import check_corpus, load_corpus
from tests.conftest import BUNDLED

ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture(scope="module")
def sections():
    return load_corpus(BUNDLED, strict=True)


def test_the_corpus_check_finds_nothing(sections):
    report = check_corpus(BUNDLED)
    assert report.ok and report.problems == ()


def test_every_section_exists_in_arabic_and_french(sections):
    langs = defaultdict(set)
    for s in sections:
        langs[(s.kind, s.id)].add(s.lang)
    assert {key for key, found in langs.items() if found != {"ar", "fr"}} == set()
    guide_ids = {section_id for kind, section_id in langs if kind == "guide"}
    assert len(guide_ids) >= 60
    assert len({section_id for kind, section_id in langs if kind == "faq"}) >= 10


def test_guide_sections_are_between_120_and_350_words(sections):
    sizes = {(s.id, s.lang): s.word_count for s in sections if s.kind == "guide"}
    assert {key: n for key, n in sizes.items() if not 120 <= n <= 350} == {}


def test_versions_share_title_chapter_and_arabic_is_written_in_arabic(sections):
    for s in sections:
        assert s.title and s.path, s.key
        if s.lang == "ar":
            assert len(ARABIC.findall(s.text)) > 0.5 * len(re.findall(r"\w", s.text)), s.key
        else:
            assert not ARABIC.search(s.text), s.key


def test_every_section_has_question_keys_in_the_ways_trainers_write(sections):
    for s in sections:
        assert len(s.questions) >= 3, s.key
        if s.lang == "ar":
            arabic_script = [q for q in s.questions if ARABIC.search(q)]
            arabizi = [q for q in s.questions if LATIN.search(q) and not ARABIC.search(q)]
            assert len(arabic_script) >= 2 and arabizi, f"{s.key}: MSA/Darija and Arabizi keys expected"
        else:
            assert not any(ARABIC.search(q) for q in s.questions), s.key


def test_no_question_key_points_at_two_sections(sections):
    owner: dict[str, str] = {}
    for s in sections:
        for q in s.questions:
            assert owner.setdefault(q.casefold(), s.id) == s.id, f"{q!r}: {owner[q.casefold()]} and {s.id}"


def test_question_keys_do_not_copy_the_evaluation_questions(sections):
    """Keys that near-copy a labelled question would inflate `rafiq eval`; 0.8 similarity is the limit."""
    import json
    from difflib import SequenceMatcher

    from tests.conftest import ROOT

    labelled = [json.loads(line)["question"].casefold()
                for folder in ("questions", "holdout")
                for path in sorted((ROOT / "tests" / "data" / folder).glob("*.jsonl"))
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(labelled) > 300

    def similar(a: str, b: str) -> bool:
        match = SequenceMatcher(None, a, b)  # the quick upper bounds first: ratio() is slow
        return match.real_quick_ratio() >= 0.8 and match.quick_ratio() >= 0.8 and match.ratio() >= 0.8

    copies = [(key, q) for s in sections for key in s.questions for q in labelled if similar(key.casefold(), q)]
    assert copies == []
