"""The console's moderation review in words (bot/channels/web/console/moderation_words.py): what decided, the cues,
channels, languages and models named in the page's language instead of the engine's codes, and the review's own
actions (the decision is right, a correction that never reaches the forum), in Arabic and French."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # what decided: "toxic 1.00 >= 0.50 -> hold (toxic:model, toxic:vocative_insult)" read out
    "mw_reason": {
        "ar": "«{verdict}»: الدرجة {score} تبلغ العتبة {limit}، لذلك: {action}.",
        "fr": "« {verdict} » : score {score}, au moins le seuil de {limit}, donc : {action}.",
    },
    "mw_cues": {"ar": "المؤشرات: {cues}.", "fr": "Indices : {cues}."},
    "mw_raw": {"ar": "السطر التقني كما كتبه المحرك", "fr": "La ligne technique telle que le moteur l'a écrite"},
    "mw_cue_model": {"ar": "النموذج المتعلَّم", "fr": "le modèle appris"},
    "mw_cue_mention": {"ar": "كلمة مسيئة مقتبسة (لم تُحتسب)", "fr": "un mot injurieux cité (mis de côté)"},
    "mw_cue_insult": {"ar": "شتيمة", "fr": "une insulte"},
    "mw_cue_vulgar_insult": {"ar": "شتيمة بذيئة", "fr": "une insulte grossière"},
    "mw_cue_vocative_insult": {"ar": "شتيمة موجهة إلى شخص", "fr": "une insulte adressée à quelqu'un"},
    "mw_cue_predicate_insult": {"ar": "وصف شخص بشتيمة", "fr": "une personne traitée d'un nom injurieux"},
    "mw_cue_slur": {"ar": "عبارة كراهية", "fr": "un terme haineux"},
    "mw_cue_contempt": {"ar": "احتقار", "fr": "du mépris"},
    "mw_cue_threat": {"ar": "تهديد", "fr": "une menace"},
    "mw_cue_death_wish": {"ar": "تمني الموت لشخص", "fr": "un souhait de mort"},
    "mw_cue_ready_made_work": {"ar": "بيع أعمال جاهزة (تقارير، مذكرات)",
                               "fr": "vente de travaux tout faits (rapports, mémoires)"},
    "mw_cue_money_bait": {"ar": "إغراء بالمال", "fr": "promesse d'argent"},
    "mw_cue_sale": {"ar": "عرض بيع", "fr": "une offre de vente"},
    "mw_cue_contact_bait": {"ar": "دعوة إلى التواصل خارج المنصة", "fr": "une invitation à un contact hors plateforme"},
    "mw_cue_links>=3": {"ar": "ثلاثة روابط أو أكثر", "fr": "trois liens ou plus"},
    "mw_cue_links>=5": {"ar": "خمسة روابط أو أكثر", "fr": "cinq liens ou plus"},
    "mw_cue_chat_invite": {"ar": "دعوة إلى مجموعة دردشة", "fr": "une invitation à un groupe de discussion"},
    "mw_cue_shortener": {"ar": "رابط مختصر", "fr": "un lien raccourci"},
    "mw_cue_repeat": {"ar": "النص نفسه منشور {n} مرات", "fr": "le même texte publié {n} fois"},
    "mw_cue_sincere_question": {"ar": "سؤال حقيقي (يخفض درجة الإشهار)",
                                "fr": "une vraie question (baisse le score de publicité)"},
    "mw_cue_suicidal": {"ar": "كلام عن الانتحار", "fr": "des propos suicidaires"},
    "mw_cue_self_harm": {"ar": "إيذاء النفس", "fr": "de l'automutilation"},
    "mw_cue_hopeless": {"ar": "يأس", "fr": "du désespoir"},
    "mw_cue_suicide_verb": {"ar": "فعل يدل على الانتحار", "fr": "un verbe de suicide"},
    "mw_cue_topic_word": {"ar": "ذكر موضوع الانتحار", "fr": "le sujet du suicide nommé"},
    "mw_cue_far_from_course": {"ar": "بعيد عن مواضيع التكوين", "fr": "loin des sujets de la formation"},
    "mw_cue_phone": {"ar": "رقم هاتف", "fr": "un numéro de téléphone"},
    "mw_cue_email": {"ar": "بريد إلكتروني", "fr": "une adresse e-mail"},
    "mw_cue_cin": {"ar": "رقم البطاقة الوطنية", "fr": "un numéro de CIN"},
    "mw_cue_massar": {"ar": "رمز مسار", "fr": "un code Massar"},
    "mw_cue_bank": {"ar": "رقم بنكي", "fr": "un numéro bancaire"},
    "mw_cue_staff": {"ar": "رقم التأجير", "fr": "un matricule"},
    # where and in which language
    "mw_channel_forum": {"ar": "المنتدى", "fr": "forum"},
    "mw_channel_chat": {"ar": "المحادثة", "fr": "discussion"},
    "mw_lang_ar": {"ar": "العربية", "fr": "arabe"},
    "mw_lang_fr": {"ar": "الفرنسية", "fr": "français"},
    "mw_lang_ary": {"ar": "الدارجة", "fr": "darija"},
    "mw_lang_ary-Latn": {"ar": "الدارجة بحروف لاتينية", "fr": "darija en lettres latines"},
    "mw_lang_en": {"ar": "الإنجليزية", "fr": "anglais"},
    "mw_lang_zgh": {"ar": "الأمازيغية", "fr": "amazighe"},
    "mw_lang_other": {"ar": "لغة أخرى", "fr": "autre langue"},
    "mw_family_ar": {"ar": "الحرف العربي", "fr": "écriture arabe"},
    "mw_family_fr": {"ar": "الفرنسية", "fr": "français"},
    "mw_family_ary-Latn": {"ar": "الدارجة بحروف لاتينية", "fr": "darija en lettres latines"},
    "mw_family_mixed": {"ar": "حروف عربية ولاتينية معا", "fr": "lettres arabes et latines mêlées"},
    "mw_model_ngram": {"ar": "نموذج المقاطع الحرفية", "fr": "modèle des suites de lettres"},
    "mw_model_e5": {"ar": "نموذج المعنى", "fr": "modèle du sens"},
    "mw_mode_ngram": {"ar": "نموذج المقاطع الحرفية وحده", "fr": "modèle des suites de lettres seul"},
    "mw_mode_ngram+e5": {"ar": "معدل النموذجين", "fr": "moyenne des deux modèles"},
    # the review itself
    "mw_choose": {"ar": "— اختر —", "fr": "— choisir —"},
    "mw_confirm": {"ar": "القرار صائب", "fr": "La décision est juste"},
    "mw_or_correct": {"ar": "أو صححه:", "fr": "ou corrigez-la :"},
    "mw_confirmed_note": {"ar": "أكد {tutor} أن القرار صائب.", "fr": "{tutor} a confirmé que la décision est juste."},
    "mw_confirm_done": {"ar": "حُفظ تأكيدك: القرار صائب.", "fr": "Votre accord est enregistré : la décision est juste."},
    "mw_choose_first": {
        "ar": "لم يُحفظ شيء: اختر التصنيف الصحيح قبل «تصحيح القرار»، أو اضغط «القرار صائب» إذا كان القرار صحيحا.",
        "fr": "Rien n'a été enregistré : choisissez le bon classement avant « Corriger la décision », ou cliquez "
              "« La décision est juste » si elle l'est.",
    },
    "mw_forum_stays": {
        "ar": "في المنتدى يبقى المنشور كما هو: رفيق لم يخفه بنفسه بل أبلغ مشرفي المنتدى، وهذا التصحيح لا يُرسل "
              "إليهم (لا توجد وسيلة لسحب الإبلاغ). إذا وجب إظهار المنشور من جديد، فاطلب ذلك من مشرفي المنتدى.",
        "fr": "Sur le forum, le message reste tel quel : Rafiq ne l'a pas caché lui-même, il l'a signalé aux "
              "modérateurs du forum, et cette correction ne leur est pas envoyée (aucun retrait de signalement "
              "n'existe). S'il doit être rétabli, demandez-le aux modérateurs du forum.",
    },
}
