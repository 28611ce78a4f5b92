"""corpus/check.py: every rule of `rafiq corpus check`, on a corpus written in tmp_path."""
import json
import re

import pytest

from corpus import check_corpus, run_check

ARABIC = re.compile(r"[\u0600-\u06FF]")
WORDS_FR = " ".join(["mot"] * 80)
WORDS_AR = " ".join(["كلمة"] * 80)
CALENDAR = """timezone: Africa/Casablanca
cohort: {id: c, name_ar: "فوج", name_fr: "Cohorte", start: 2026-11-02, end: 2027-03-19}
modules: [{id: m1, number: 1, title_ar: "و1", title_fr: "M1", opens: 2026-11-02, closes: 2026-11-22}]
assignments: [{id: a1, module: m1, title_ar: "و", title_fr: "D", due: "2026-11-20T23:59"}]
"""


def section(root, rel, id_, lang, body, title="Titre", extra=""):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\nid: {id_}\nlang: {lang}\ntitle: {title}\n{extra}---\n{body}\n", encoding="utf-8")
    return path


@pytest.fixture
def clean(tmp_path):
    section(tmp_path, "guide/a.fr.md", "a", "fr", WORDS_FR)
    section(tmp_path, "guide/a.ar.md", "a", "ar", WORDS_AR, title="عنوان")
    section(tmp_path, "charter/r.fr.md", "r", "fr", "Soyez courtois.")
    section(tmp_path, "charter/r.ar.md", "r", "ar", "كن مهذبا.")
    section(tmp_path, "faq/q.fr.md", "q", "fr", "Réponse.")
    section(tmp_path, "faq/q.ar.md", "q", "ar", "جواب.")
    (tmp_path / "calendar.yaml").write_text(CALENDAR, encoding="utf-8")
    return tmp_path


def found(report):
    return {(p.severity, p.path, p.code) for p in report.problems}


def test_clean_corpus_passes_with_stats(clean, capsys):
    report = check_corpus(clean)
    assert report.ok and report.problems == ()
    assert report.stats()["guide"] == {"fr": {"sections": 1, "words": 80}, "ar": {"sections": 1, "words": 80}}
    assert report.calendar is not None and len(report.calendar.modules) == 1
    assert run_check(clean, lang="fr") == 0
    out = capsys.readouterr().out
    assert "guide (fr) : 1 section(s), 80 mots" in out and "0 erreur(s), 0 avertissement(s)" in out
    assert "calendrier : 1 module(s), 1 devoir(s)" in out


def test_every_rule(clean):
    section(clean, "guide/b.fr.md", "b", "fr", WORDS_FR)  # no Arabic version
    section(clean, "guide/dup.fr.md", "a", "fr", WORDS_FR)  # id 'a' again in French
    section(clean, "guide/empty.fr.md", "empty", "fr", "")
    section(clean, "guide/empty.ar.md", "empty", "ar", "")
    section(clean, "guide/short.fr.md", "short", "fr", "Trop court.")
    section(clean, "guide/short.ar.md", "short", "ar", "قصير جدا.")
    section(clean, "guide/long.fr.md", "long", "fr", " ".join(["mot"] * 2100))
    section(clean, "guide/long.ar.md", "long", "ar", WORDS_AR)
    section(clean, "guide/big.fr.md", "big", "fr", " ".join(["x" * 60] * 1100))
    section(clean, "guide/big.ar.md", "big", "ar", WORDS_AR)
    section(clean, "guide/odd id.ar.md", "odd id", "ar", WORDS_AR)
    section(clean, "guide/odd id.fr.md", "odd id", "fr", WORDS_FR)
    (clean / "guide" / "latin1.fr.md").write_bytes("---\nid: l\nlang: fr\ntitle: É\n---\nété\n".encode("latin-1"))
    section(clean, "guide/notitle.fr.md", "nt", "fr", WORDS_FR, title="''")
    section(clean, "faq/only-fr.fr.md", "only-fr", "fr", "Réponse seulement en français.")
    section(clean, "faq/allowed.fr.md", "allowed", "fr", "Réponse.", extra="single_language: true\n")
    section(clean, "charter/c.ar.md", "c", "ar", "قاعدة.")
    section(clean, "charter/q.fr.md", "q", "fr", "Règle.", extra=f"questions: [\"{'pourquoi ' * 40}?\"]\n")
    section(clean, "charter/q.ar.md", "q", "ar", "قاعدة.", extra="questions: [\"لماذا؟\"]\n")
    section(clean, "charter/c.fr.md", "c", "fr", "Règle.", extra="questions: {a: 1}\n")
    (clean / "guide" / "notes.txt").write_text("brouillon", encoding="utf-8")
    (clean / "calendar.yaml").write_text(CALENDAR.replace("module: m1", "module: m7"), encoding="utf-8")
    report = check_corpus(clean)
    assert found(report) == {
        ("warning", "guide/b.fr.md", "chk-missing-translation"),
        ("error", "guide/dup.fr.md", "chk-duplicate-id"),
        ("error", "guide/empty.ar.md", "chk-empty-section"),
        ("error", "guide/empty.fr.md", "chk-empty-section"),
        ("warning", "guide/short.ar.md", "chk-too-short"),
        ("warning", "guide/short.fr.md", "chk-too-short"),
        ("error", "guide/long.fr.md", "chk-too-long"),
        ("error", "guide/big.fr.md", "chk-too-big"),
        ("warning", "guide/odd id.ar.md", "chk-bad-id"),
        ("warning", "guide/odd id.fr.md", "chk-bad-id"),
        ("error", "guide/latin1.fr.md", "encoding"),
        ("error", "guide/notitle.fr.md", "missing-key"),
        ("error", "faq/only-fr.fr.md", "chk-faq-single-language"),
        ("warning", "charter/c.ar.md", "chk-missing-translation"),
        ("warning", "charter/q.fr.md", "chk-long-question"),
        ("error", "charter/c.fr.md", "bad-questions"),
        ("warning", "guide/notes.txt", "chk-ignored-file"),
        ("error", "calendar.yaml", "cal-unknown-module"),
    }
    assert not report.ok
    assert [p.severity for p in report.problems] == sorted(p.severity for p in report.problems)  # errors first
    dup = next(p for p in report.problems if p.code == "chk-duplicate-id")
    assert "guide/a.fr.md" in dup.message_fr and "guide/a.fr.md" in dup.message_ar
    missing = next(p for p in report.problems if p.path == "guide/b.fr.md")
    assert "français" in missing.message_fr and "arabe" in missing.message_fr
    assert "الفرنسية" in missing.message_ar and "العربية" in missing.message_ar
    for p in report.problems:
        assert ARABIC.search(p.message_ar) and p.message_fr != p.message_ar


def test_exit_code_json_and_arabic_output(clean, capsys):
    section(clean, "faq/only-fr.fr.md", "only-fr", "fr", "Réponse.")
    assert run_check(clean, lang="ar") == 1
    out = capsys.readouterr().out
    assert "[خطأ] faq/only-fr.fr.md:" in out and "عدد الأخطاء: 1" in out
    assert run_check(clean, json_out=True) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["errors"] == 1 and data["warnings"] == 0
    assert data["problems"][0]["code"] == "chk-faq-single-language"
    assert set(data["problems"][0]["message"]) == {"fr", "ar"}
    assert data["stats"]["faq"]["fr"] == {"sections": 2, "words": 2}
    assert data["calendar"] == {"modules": 1, "assignments": 1, "live_sessions": 0}


def test_missing_or_empty_root(tmp_path):
    assert [p.code for p in check_corpus(tmp_path / "nowhere").problems] == ["chk-no-root"]
    assert [p.code for p in check_corpus(tmp_path).problems] == ["chk-no-sections"]
    assert run_check(tmp_path / "nowhere") == 1
