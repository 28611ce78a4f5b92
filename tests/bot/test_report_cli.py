"""`rafiq report week` on the command line: JSON on stdout, a self-contained HTML file, a clear bad-week error."""
from __future__ import annotations

import json

import pytest

from bot.cli import main
from bot.store import Store
from tests.bot.report_week_data import seed_week


@pytest.fixture
def seeded(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/r.db"
    store = Store(url)
    store.migrate()
    seed_week(store)
    store.dispose()
    monkeypatch.setenv("RAFIQ_DATABASE_URL", url)
    monkeypatch.setenv("RAFIQ_DATA_DIR", str(tmp_path))
    return tmp_path


def test_week_json(seeded, capsys):
    assert main(["report", "week", "--week", "2026-W48", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["schema"] == "rafiq.report.week/1" and report["week"] == "2026-W48"
    assert report["total"]["questions"] == 7 and report["by_channel"]["forum"]["sla_breaches"] == 1


def test_week_html_is_self_contained_and_bilingual(seeded, capsys):
    out = seeded / "week.html"
    assert main(["report", "week", "--week", "2026-W48", "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") == 8  # trend, funnel, votes, delays in each language
    assert '<section class="rafiq-report" lang="ar" dir="rtl">' in page
    assert '<section class="rafiq-report" lang="fr" dir="ltr">' in page
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "Transmises à un tuteur" in page and "أحيلت على مؤطر" in page
    assert str(out) in capsys.readouterr().err


def test_bad_week_is_a_bilingual_error(seeded, capsys):
    assert main(["report", "week", "--week", "48"]) == 2
    err = capsys.readouterr().err
    assert "Semaine invalide : 48" in err and "أسبوع غير صالح: 48" in err


def test_bad_since_is_a_bilingual_error(seeded, capsys):
    assert main(["report", "gaps", "--since", "novembre"]) == 2
    err = capsys.readouterr().err
    assert "Date invalide : novembre" in err and "تاريخ غير صالح: novembre" in err


def test_gaps_markdown_and_csv_from_the_command_line(seeded, mini_corpus_dir, monkeypatch, capsys):
    """The whole path: settings, store, engine over the guide, clustering, export (FakeEmbedder: same text, same topic)."""
    from datetime import datetime, timezone

    from bot.store import Store

    monkeypatch.setenv("RAFIQ_EMBEDDER", "fake")
    monkeypatch.setenv("RAFIQ_CORPUS_DIR", str(mini_corpus_dir))
    store = Store(f"sqlite:///{seeded}/r.db")
    question = "Qui rembourse les frais de transport de la session présentielle ?"
    for n in range(3):
        uid = store.get_or_create_user("telegram", f"gap{n}").id
        store.add_interaction(user_id=uid, channel="telegram", thread="t", text=question, detected_lang="fr",
                              reply_lang="fr", intent="question", reply_text="…", confidence=0.1, citations=[],
                              escalate=True, reason="low_confidence",
                              created_at=datetime(2026, 11, 24, 10, tzinfo=timezone.utc))
    store.dispose()
    assert main(["report", "gaps", "--since", "2026-11-20", "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Sujets que le guide ne couvre pas") and f"  - {question}" in md
    assert main(["report", "gaps", "--since", "2026-11-25", "--format", "csv"]) == 0  # after every question
    assert capsys.readouterr().out.splitlines() == ["topic,size,trainers,languages,section_id,section_title,score,"
                                                    "tutor_answers,example_1,example_2,example_3"]
