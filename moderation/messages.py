"""What the author is told, in Arabic or French, when moderation acts on a post, with the charter section.

The charter section ids are those of the forum charter in `corpus/` (charter-respect, charter-no-hate,
charter-no-spam, charter-personal-data, charter-on-topic, charter-welcome, charter-moderation,
charter-appeal). The titles below are defaults; the bot layer may pass the corpus titles instead.
Distress is never a moderation matter: no message here, the Tutor answers with care.
"""
from __future__ import annotations

from collections.abc import Mapping

from moderation.text import message_lang
from moderation.verdict import Verdict

APPEAL_SECTION = "charter-appeal"
# the bundled charter's own titles (notices named sections by titles of their own: "Respect mutuel" for the charter's
# "Respecter les autres participants", a newcomer)
CHARTER_TITLES: dict[str, dict[str, str]] = {
    "charter-welcome": {"fr": "Ce qui est bienvenu sur le forum", "ar": "ما نرحب به في المنتدى"},
    "charter-respect": {"fr": "Respecter les autres participants", "ar": "احترام المشاركين الآخرين"},
    "charter-no-hate": {"fr": "Ni discours de haine ni discrimination", "ar": "لا لخطاب الكراهية ولا للتمييز"},
    "charter-no-spam": {"fr": "Pas de publicité, d'arnaque ni de messages répétés", "ar": "لا للإشهار ولا للاحتيال ولا للرسائل المكررة"},
    "charter-personal-data": {"fr": "Ne pas publier de données personnelles", "ar": "عدم نشر المعطيات الشخصية"},
    "charter-on-topic": {"fr": "Rester dans les thèmes du cours", "ar": "الالتزام بمواضيع التكوين"},
    "charter-moderation": {"fr": "Comment fonctionne la modération", "ar": "كيف يعمل الإشراف على المنتدى"},
    "charter-appeal": {"fr": "Contester une décision de modération", "ar": "الطعن في قرار الإشراف"},
}
# The charter section each class breaks; a toxic post with a slur breaks charter-no-hate.
CLASS_SECTIONS = {
    "toxic": "charter-respect",
    "spam": "charter-no-spam",
    "personal_data": "charter-personal-data",
    "off_topic": "charter-on-topic",
    "distress": "",
}

_ACTION = {
    "hold": {"fr": "Votre message est en attente : un tuteur va le relire avant sa publication",
             "ar": "رسالتك في الانتظار: سيراجعها مؤطر قبل نشرها"},
    "hide": {"fr": "Votre message n'a pas été publié", "ar": "لم يتم نشر رسالتك"},
}
_BECAUSE = {
    "toxic": {"fr": "il semble contenir des propos blessants ou insultants",
              "ar": "تتضمن على ما يبدو كلاما جارحا أو مسيئا"},
    "hate": {"fr": "il semble contenir des propos haineux envers un groupe de personnes",
             "ar": "تتضمن على ما يبدو كلاما يحض على الكراهية تجاه فئة من الناس"},
    "spam": {"fr": "il ressemble à de la publicité, à une arnaque ou à un message répété",
             "ar": "تبدو إشهارا أو احتيالا أو رسالة مكررة"},
    "off_topic": {"fr": "il semble sans rapport avec la formation", "ar": "تبدو بعيدة عن موضوع التكوين"},
    "personal_data": {"fr": "il contient des données personnelles", "ar": "تتضمن معطيات شخصية"},
}
_KIND_NAMES = {
    "phone": {"fr": "un numéro de téléphone", "ar": "رقم هاتف"},
    "email": {"fr": "une adresse e-mail", "ar": "عنوان بريد إلكتروني"},
    "cin": {"fr": "un numéro de carte d'identité (CIN)", "ar": "رقم البطاقة الوطنية"},
    "massar": {"fr": "un code Massar", "ar": "رمز مسار"},
    "bank": {"fr": "un numéro bancaire", "ar": "رقما بنكيا"},
    "staff": {"fr": "un numéro de matricule (PPR)", "ar": "رقم التأجير"},
}


def section_title(section: str, lang: str, titles: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """The title of a charter section in "ar" or "fr" (the given titles first, then the defaults)."""
    for table in (titles or {}, CHARTER_TITLES):
        if section in table and lang in table[section]:
            return table[section][lang]
    return section


def _ref(section: str, lang: str, titles: Mapping | None) -> str:
    title = section_title(section, lang, titles)
    return f"« {title} » ({section})" if lang == "fr" else f"«{title}» ({section})"


def _appeal(lang: str, titles: Mapping | None) -> str:
    ref = _ref(APPEAL_SECTION, lang, titles)
    if lang == "fr":
        return f"Si vous pensez que c'est une erreur, vous pouvez faire appel : un tuteur réexaminera votre message (charte, section {ref})."
    return f"إذا كنت ترى أن في الأمر خطأ، يمكنك تقديم طعن وسيعيد مؤطر النظر في رسالتك (الميثاق، البند {ref})."


def moderator_note(verdict: Verdict | None, masked: bool = False,
                   titles: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """What the forum's moderators read on a flag, in French then Arabic: why, and the charter's section, then the
    model's own detail for whoever checks it (it was only "toxic 1.00 >= 0.50 -> hold (toxic:model…)")."""
    masked = masked or verdict is None or verdict.action == "mask" or verdict.verdict == "personal_data"
    key = "personal_data" if masked else "hate" if verdict.charter_section == "charter-no-hate" else verdict.verdict
    section = (verdict.charter_section if verdict else "") or ("charter-personal-data" if masked else "")
    detail = f"\n({verdict.reason})" if verdict is not None and verdict.reason else ""
    fr = _BECAUSE.get(key, _BECAUSE["toxic"])["fr"].replace("il ", "ce message ", 1)
    ar = _BECAUSE.get(key, _BECAUSE["toxic"])["ar"]
    return (f"Rafiq signale que {fr} (charte, section {_ref(section, 'fr', titles)}).\n"
            f"يشير رفيق إلى أن هذه الرسالة {ar} (الميثاق، البند {_ref(section, 'ar', titles)}).{detail}")


def author_message(verdict: Verdict, lang: str | None = None,
                   titles: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """Why the post was held, hidden or masked, in the author's language, citing the charter; "" otherwise."""
    lang = message_lang(lang or verdict.lang, verdict.masked_text)
    if verdict.action in ("publish", "escalate") or not verdict.charter_section:
        return ""
    ref = _ref(verdict.charter_section, lang, titles)
    if verdict.action == "mask":
        kinds = sorted({kind for _, _, kind in verdict.spans})
        what = (" ; " if lang == "fr" else "، ").join(_KIND_NAMES[k][lang] for k in kinds if k in _KIND_NAMES)
        if lang == "fr":
            what = what or "des données personnelles"
            return (f"Votre message est publié, mais nous avons masqué {what} pour protéger vos données "
                    f"personnelles (charte du forum, section {ref}). Pour échanger vos coordonnées, "
                    f"utilisez les messages privés. {_appeal(lang, titles)}")
        what = what or "معطيات شخصية"
        return (f"نشرت رسالتك، لكننا حجبنا {what} لحماية معطياتك الشخصية (ميثاق المنتدى، البند {ref}). "
                f"لتبادل معلومات الاتصال، استعمل الرسائل الخاصة. {_appeal(lang, titles)}")
    because_key = "hate" if verdict.charter_section == "charter-no-hate" else verdict.verdict
    because = _BECAUSE.get(because_key, _BECAUSE["toxic"])[lang]
    action = _ACTION.get(verdict.action, _ACTION["hold"])[lang]
    if lang == "fr":
        return f"{action}, car {because}, ce que la charte du forum ne permet pas (section {ref}). {_appeal(lang, titles)}"
    return f"{action}، لأنها {because}، وهذا ما لا يسمح به ميثاق المنتدى (البند {ref}). {_appeal(lang, titles)}"


def explanation(verdict: Verdict, lang: str, titles: Mapping[str, Mapping[str, str]] | None = None) -> dict[str, str]:
    """``because`` (why), ``ref`` (the charter section) and ``appeal``, in "ar" or "fr", for a channel's notice."""
    lang = "ar" if lang == "ar" else "fr"
    because_key = "hate" if verdict.charter_section == "charter-no-hate" else verdict.verdict
    return {"because": _BECAUSE.get(because_key, _BECAUSE["toxic"])[lang],
            "ref": _ref(verdict.charter_section or CLASS_SECTIONS.get(verdict.verdict, ""), lang, titles),
            "appeal": _appeal(lang, titles)}
