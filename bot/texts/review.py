"""The console's moderation page (decisions, what decided them, overturning), in Arabic and French; and what the author
of a held forum post is told when a tutor finds it acceptable (bot/closing.py, bot/relay.py)."""
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
    # "aucun problème" on a held forum post: its review ticket is closed (bot/closing.py clear_reviews)
    "mw_review_closed": {"ar": "أُغلقت تذكرة مراجعة المنشور (رقم {numbers}) وأُخبر صاحبه.",
                         "fr": "Le ticket de relecture du message (n° {numbers}) est clos ; son auteur est prévenu."},
    "mw_review_kept": {
        "ar": "تبقى التذكرة رقم {numbers} مفتوحة: صاحب(ة) المنشور يطعن في القرار ولم يقرأ أحد طعنه بعد. اقرأ(ي) الطعن في "
              "صفحة التذكرة ثم أغلقها.",
        "fr": "Le ticket n° {numbers} reste ouvert : l'auteur conteste la décision et personne n'a encore lu sa "
              "contestation. Lisez-la sur la page du ticket, puis closez-le.",
    },
    "ev_post_cleared": {"ar": "وجد مؤطر المنشور مقبولا", "fr": "message jugé acceptable par un tuteur"},
    "tutor_cleared_review": {
        "ar": "راجع(ت) مؤطر(ة) رسالتك «{question}»: إنها تحترم ميثاق المنتدى، وقد رُفع قرار الإشراف (أخطأ رفيق، فعذرا). "
              "وإذا كانت ما تزال مخفية في المنتدى، فبإمكان مشرفي المنتدى إظهارها من جديد: راسلهم عند الحاجة.",
        "fr": "Un tuteur a relu votre message « {question} » : il respecte bien la charte du forum, et la décision de "
              "modération est levée (Rafiq s'était trompé, excusez-nous). S'il est encore masqué sur le forum, ses "
              "modérateurs peuvent le rétablir : écrivez-leur si besoin.",
    },
}
