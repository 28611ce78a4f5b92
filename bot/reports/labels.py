"""The reports' words in Arabic and French (their own catalogue: charts, tables and the CLI's errors)."""
from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "title": {"ar": "التقرير الأسبوعي لرفيق", "fr": "Rapport hebdomadaire de Rafiq"},
    "week": {"ar": "الأسبوع {week} (من {start} إلى {end})", "fr": "Semaine {week} (du {start} au {end})"},
    "questions": {"ar": "الأسئلة", "fr": "Questions"},
    "answered": {"ar": "أجاب عنها رفيق", "fr": "Répondues par Rafiq"},
    "clarified": {"ar": "طلب توضيح", "fr": "Clarifiées"},
    "escalated": {"ar": "أحيلت على مؤطر", "fr": "Transmises à un tuteur"},
    "out_of_scope": {"ar": "خارج الموضوع", "fr": "Hors sujet"},
    "helpful": {"ar": "مفيد", "fr": "Utile"},
    "not_helpful": {"ar": "غير مفيد", "fr": "Pas utile"},
    "tickets": {"ar": "طلبات مفتوحة", "fr": "Tickets ouverts"},
    "tickets_answered": {"ar": "طلبات أجيب عنها", "fr": "Tickets répondus"},
    "sla_breaches": {"ar": "تجاوز أجل الرد", "fr": "Délais dépassés"},
    "wall": {"ar": "أول رد (دقائق، الوقت الفعلي): الوسيط / ع90", "fr": "1re réponse (min, horloge) : médiane / p90"},
    "working": {"ar": "أول رد (دقائق، ساعات العمل): الوسيط / ع90",
                "fr": "1re réponse (min, heures ouvrées) : médiane / p90"},
    "by_variety": {"ar": "حسب اللغة", "fr": "Par variété de langue"},
    "by_channel": {"ar": "حسب القناة", "fr": "Par canal"},
    "msa": {"ar": "العربية الفصحى", "fr": "Arabe standard"},
    "darija": {"ar": "الدارجة", "fr": "Darija"},
    "arabizi": {"ar": "العربيزي", "fr": "Arabizi"},
    "french": {"ar": "الفرنسية", "fr": "Français"},
    "other": {"ar": "أخرى", "fr": "Autre"},
    "telegram": {"ar": "تيليغرام", "fr": "Telegram"},
    "web": {"ar": "الويب", "fr": "Web"},
    "forum": {"ar": "المنتدى", "fr": "Forum"},
    "cli": {"ar": "سطر الأوامر", "fr": "Ligne de commande"},
    "trend": {"ar": "تطور الأسئلة أسبوعا بعد أسبوع", "fr": "Évolution des questions, semaine après semaine"},
    "funnel": {"ar": "من السؤال إلى الجواب", "fr": "De la question à la réponse"},
    "votes": {"ar": "تقييمات المتكونين حسب اللغة", "fr": "Votes des formés par langue"},
    "moderation": {"ar": "إجراءات الإشراف حسب الصنف", "fr": "Actions de modération par classe"},
    "toxic": {"ar": "مسيء", "fr": "Toxique"},
    "spam": {"ar": "رسائل مزعجة", "fr": "Spam"},
    "personal_data": {"ar": "معطيات شخصية", "fr": "Données personnelles"},
    "distress": {"ar": "ضيق نفسي", "fr": "Détresse"},
    "off_topic": {"ar": "خارج الموضوع", "fr": "Hors sujet"},
    "trainers": {"ar": "المتكونون", "fr": "Formés"},
    "registered": {"ar": "المسجلون", "fr": "Inscrits"},
    "active": {"ar": "النشطون هذا الأسبوع", "fr": "Actifs cette semaine"},
    "inactive": {"ar": "صامتون منذ {days} يوما", "fr": "Silencieux depuis {days} jours"},
    "none": {"ar": "—", "fr": "—"},
    "bad_week": {"ar": "أسبوع غير صالح: {value}. اكتب مثلا 2026-W48.",
                 "fr": "Semaine invalide : {value}. Écrivez par exemple 2026-W48."},
    "bad_since": {"ar": "تاريخ غير صالح: {value}. اكتب مثلا 2026-11-01.",
                  "fr": "Date invalide : {value}. Écrivez par exemple 2026-11-01."},
    "written": {"ar": "كُتب التقرير في {path}", "fr": "Rapport écrit dans {path}"},
}


def label(key: str, lang: str, **values: object) -> str:
    """The label in Arabic (ar, ary...) or French (anything else), with `values` filled in."""
    text = LABELS[key]["ar" if lang.startswith("ar") else "fr"]
    return text.format(**values) if values else text
