"""The keys' spelling as a second opinion on a question's section (retrieval/key_ngrams.py)."""
from __future__ import annotations

from corpus.section import Section
from retrieval.key_ngrams import KeyNgrams

SECTIONS = [
    Section(id="late", lang="fr", title="Rendre un devoir en retard", text="…",
            questions=("ila t3tlt f devoir chno ndir?", "j'ai rendu mon devoir en retard", "فات الأجل ديال الواجب")),
    Section(id="password", lang="fr", title="Mot de passe oublié", text="…",
            questions=("nsit mot de passe", "j'ai oublié mon mot de passe", "نسيت كلمة السر")),
    Section(id="badges", lang="ar", title="الشارات الرقمية", text="…", questions=("chno homa les badges?",)),
]


def test_the_spelling_ranks_first_the_section_whose_keys_a_question_resembles():
    ngrams = KeyNgrams.fit(SECTIONS)
    mine = ngrams.reading("nsit l mot de passe dyali", "password")
    other = ngrams.reading("nsit l mot de passe dyali", "late")
    assert mine.first and not other.first and mine.probability > other.probability
    assert ngrams.reading("t3tlt f devoir", "late").first


def test_a_text_it_cannot_read_ranks_no_section_first():
    ngrams = KeyNgrams.fit(SECTIONS)
    assert not ngrams.reading("", "late").first and ngrams.reading("", "late").probability == 0.0
    assert not any(ngrams.reading("ωψω", sid).first for sid in ("late", "password", "badges"))
    assert ngrams.reading("nsit mot de passe", "no-such-section").probability == 0.0


def test_fewer_than_two_sections_with_keys_give_no_model():
    assert KeyNgrams.fit(SECTIONS[:1]) is None


def test_a_section_added_to_the_engine_counts_at_once(make_services):
    engine = make_services().engine
    added = Section(id="faq-parking", lang="fr", title="Stationnement au centre", text="Le parking du centre est ouvert.",
                    questions=("fin n7et tomobil f lmarkaz?", "où garer ma voiture au centre ?"))
    assert engine.key_ngrams is not None and engine.key_ngrams.reading("fin n7et tomobil", "faq-parking").probability == 0
    engine.add([added])
    assert engine.key_ngrams.reading("fin n7et tomobil f lmarkaz", "faq-parking").first
