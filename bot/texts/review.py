"""The console's moderation page (decisions, what decided them, overturning), in Arabic and French."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "moderation_page": {"ar": "قرارات المراقبة", "fr": "Décisions de modération"},
    "moderation_help": {
        "ar": "كل رسالة وجدت فيها المراقبة شيئا: الدرجات، والقاعدة أو النموذج الذي قرر، والنص بعد حجب المعطيات "
              "الشخصية. إذا كان القرار خاطئا، صححه: يُحفظ المثال (محجوبا) للتدريب.",
        "fr": "Chaque message où la modération a trouvé quelque chose : les scores, la règle ou le modèle qui a "
              "décidé, le texte une fois les données personnelles masquées. Si la décision est fausse, corrigez-la : "
              "l'exemple est gardé (masqué) pour l'entraînement.",
    },
    "moderation_none": {"ar": "لا توجد قرارات بعد.", "fr": "Aucune décision pour l'instant."},
    "decided_by": {"ar": "ما قرر", "fr": "Ce qui a décidé"},
    "rules_fired": {"ar": "القواعد", "fr": "Règles"},
    "model_scores": {"ar": "النماذج (قبل المعايرة)", "fr": "Modèles (avant calibrage)"},
    "language_family": {"ar": "عائلة اللغة", "fr": "Famille de langue"},
    "mentions_set_aside": {"ar": "كلمات مقتبسة لم تُحتسب", "fr": "mots cités mis de côté"},
    "nearest_section": {"ar": "أقرب قسم من الدليل", "fr": "Section du guide la plus proche"},
    "relevance": {"ar": "القرب من التكوين", "fr": "proximité avec la formation"},
    "overturn": {"ar": "تصحيح القرار", "fr": "Corriger la décision"},
    "overturn_to": {"ar": "التصنيف الصحيح", "fr": "Bon classement"},
    "overturned_note": {"ar": "صُحح إلى «{label}» بواسطة {tutor}", "fr": "Corrigé en « {label} » par {tutor}"},
    "overturn_done": {"ar": "حُفظ التصحيح كمثال للتدريب.", "fr": "Correction enregistrée comme exemple d'entraînement."},
    "show_overturned": {"ar": "المصححة فقط", "fr": "Corrigées seulement"},
    "candidates_download": {"ar": "تنزيل أمثلة التدريب (JSONL)", "fr": "Télécharger les exemples d'entraînement (JSONL)"},
    "no_text_kept": {"ar": "(لم يُحفظ النص)", "fr": "(texte non conservé)"},
    "unknown_label": {"ar": "تصنيف غير معروف.", "fr": "Classement inconnu."},
}
