"""What the `rafiq` command prints for its operator, in Arabic and French (both are printed)."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "cli_no_folder": {"ar": "المجلد غير موجود: {path}", "fr": "Dossier introuvable : {path}"},
    "cli_bad_questions": {"ar": "تعذرت قراءة ملف الأسئلة: {problem}", "fr": "Fichier de questions illisible : {problem}"},
    "cli_error": {"ar": "خطأ: {problem}", "fr": "Erreur : {problem}"},
}
