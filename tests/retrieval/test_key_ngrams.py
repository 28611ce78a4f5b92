"""The keys' spelling as a second opinion on a question's section (retrieval/key_ngrams.py)."""
from __future__ import annotations

import shutil

from corpus.section import Section
from retrieval.engine import RetrievalEngine
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


def test_a_section_added_to_the_engine_counts_at_once(fake_mini_engine, tmp_path):
    folder = tmp_path / "index"  # a copy: the shared engine stays as it is
    shutil.copytree(fake_mini_engine.index_dir, folder)
    engine = RetrievalEngine(fake_mini_engine.embedder, folder)
    engine.warm_up(fake_mini_engine._sections)
    added = Section(id="faq-car-park", lang="fr", title="Stationnement au centre", text="Le parking est ouvert.",
                    questions=("fin n7et tomobil f lmarkaz?", "où garer ma voiture au centre ?"))
    assert engine.key_ngrams is not None and engine.key_ngrams.reading("fin n7et tomobil", "faq-car-park").probability == 0
    engine.add([added])
    assert engine.key_ngrams.reading("fin n7et tomobil f lmarkaz", "faq-car-park").first


def test_the_weights_are_scikit_learns_char_wb_tf_idf_written_out():
    """Written out so that serving imports no training library; checked against the library itself."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    from retrieval.key_ngrams import NGRAMS, SHARPNESS
    from retrieval.normalize import normalize_text

    texts = [(s.id, normalize_text(t)) for s in SECTIONS for t in (s.title, *s.questions)]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=True)
    matrix = vectorizer.fit_transform([t for _, t in texts])
    ids = sorted({sid for sid, _ in texts})
    owner = np.array([ids.index(sid) for sid, _ in texts])
    centroids = normalize(np.vstack([np.asarray(matrix[owner == i].mean(axis=0)).ravel() for i in range(len(ids))]))
    ngrams = KeyNgrams.fit(SECTIONS)
    for question in ("nsit l mot de passe dyali", "فات الأجل", "a b", "badges ?"):
        cosines = np.asarray(vectorizer.transform([normalize_text(question)]) @ centroids.T).ravel()
        expected = np.exp(SHARPNESS * (cosines - cosines.max()))
        assert np.allclose(ngrams.probabilities(question), expected / expected.sum(), atol=1e-6)
