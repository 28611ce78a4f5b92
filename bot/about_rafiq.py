"""Questions about Rafiq itself, not the course, answered by Rafiq (a newcomer got tickets or unrelated pages):

    "t'es un robot ou une vraie personne ?", "واش انت روبو ولا بنادم؟" ─► what Rafiq is, and the way to a person
    "fin nl9a les statistiques dyal Rafiq?", "où voir les stats ?"  ─► the console's figures page (coordinators)
    "tu sais faire quoi ?", "tu utilises ChatGPT ?", "quelles données tu gardes ?" ─► what it does and not, how, /privacy

The first named a person and opened a ticket, or found nothing sure in the guide and opened one (the tutors were
asked to say Rafiq is a program); the second was heard as off topic."""
from __future__ import annotations

import re

from bot.texts import t
from bot.types import Button, Decision, Intent, Kind
from retrieval.normalize import normalize_text

_WHAT = r"(?:robots?|bot|chatbot|machine|programme|logiciel|ia|humain|humaine|etre humain|vraie? personne|personne reelle)"
_FRENCH = (r"\b(?:t ?'?es|tu es|es[- ]tu|vous etes|etes[- ]vous|c'?est)\s+(?:un |une |vraiment un |vraiment une )?" + _WHAT
           + r"\b|\bqui (?:es[- ]tu|etes[- ]vous)\b|\bje (?:parle|discute) (?:a|avec) (?:un robot|une machine|un humain|"
           r"une vraie personne|quelqu'un de reel)\b")
_ARABIZI = (r"(?:\b(?:wach|was|wech|wesh)\s+|^)(?:nta|nti|enta|anta|inta|ntia|ntiya|ntaya)\s+(?:robot|robo|bnadem|insan|machine|"
            r"bot|chatbot)\b|\b(?:chkoun|chkon|chkun|achkoun)\s+(?:nta|nti|enta|anta|ntaya|ntiya)\b")
_ARABIC = (r"(?:(?<!\w)(?:واش|هل)\s+|^)(?:انت|نتا|نتي|انتي|نتايا|نتيا)\s+(?:روبو|روبوت|بوت|بنادم|انسان|اله|ماكينه|شخص|برنامج)(?!\w)|"
           r"(?<!\w)(?:شكون|من)\s+(?:انت|نتا|نتي|انتي|نتايا)(?!\w)")
_WHO = re.compile("|".join((_FRENCH, _ARABIZI, _ARABIC)))
# the end of a sentence asking what Rafiq can do ("que pouvez-vous faire pour moi ?", not "… contre le plagiat ?")
_ALONE = r"(?:\s+(?:pour (?:moi|nous)|exactement|concretement|au juste|ici|rafiq|svp|stp|s'il vous plait))*\s*$"
# what Rafiq can do asked ("tu peux m'aider à quoi ?", "tu sers à quoi ?", "chno t9der tdir?", "بماذا يمكنك مساعدتي؟"):
# a newcomer got a ticket, or a choice between the rule on personal data and how to phrase a question
_CAN_DO = re.compile(
    r"\b(?:tu peux|vous pouvez|peux[- ]tu|pouvez[- ]vous) m'?\s?aider (?:a|pour|en|sur) quoi\b|"
    r"\b(?:tu sers|vous servez|rafiq sert|ce bot sert) a quoi\b|"
    r"\bqu'?est[- ]ce que (?:tu (?:peux|sais)|vous (?:pouvez|savez)) faire\b|"
    r"\bque (?:peux[- ]tu|sais[- ]tu|pouvez[- ]vous|savez[- ]vous|tu peux|vous pouvez) (?:faire|m'?\s?apporter)" + _ALONE +
    r"|\b(?:tu peux|vous pouvez|tu sais|vous savez) (?:faire|m'?\s?apporter) quoi\b|"
    r"\b(?:comment|en quoi) (?:peux[- ]tu|pouvez[- ]vous|tu peux|vous pouvez) m'?\s?(?:aider|etre utile)" + _ALONE + "|"
    r"\b(?:tu fais|vous faites) quoi\b|"
    r"\b(?:kifach|kifash|fach|fin) (?:t9der|tqder|kat9der|ymkn lik) (?:t3awni|t3awnni|t3awenni|tfidni)(?: 3afak)?\s*$|"
    r"(?<!\w)(?:كيف|كيفاش) (?:يمكنك|تقدر|كتقدر|تستطيع)(?: ان)? (?:تساعدني|تعاوني|مساعدتي|تفيدني)(?: عافاك| يا رفيق)?\s*$|"
    r"\b(?:chno|achno|ach|chnou) (?:t9der|tqder|kat9der|kt9der|kat3ref|kt3ref|t3ref) (?:tdir|dir|t3awni|t3awnni)\b|"
    r"\b(?:fach|f ach|fi ach) (?:t9der|tqder|kat9der|ymkn lik) (?:t3awni|t3awnni|t3awenni)\b|"
    r"(?<!\w)(?:شنو|اش|اشنو|ماذا|ما الذي) (?:تقدر|كتقدر|يمكنك|تستطيع|كتعرف|تعرف)(?: ان)? (?:دير|تدير|تفعل|تقدم|تعاوني|"
    r"تساعدني)(?!\w)|(?<!\w)(?:بماذا|فاش|فيما|في ماذا|في اش) (?:يمكنك|تقدر|كتقدر|تستطيع)(?: ان)? "
    r"(?:تساعدني|تعاوني|مساعدتي)(?!\w)|(?<!\w)(?:علاش|لماذا|لاش) (?:كتصلح|تصلح)(?!\w)|"
    # what it cannot do, and messages to others ("qu'est-ce que tu ne sais pas faire ?", "peux-tu envoyer des rappels à
    # ma cohorte ?": a ticket, the page on changing cohort)
    r"\bqu'?est[- ]ce que (?:tu ne (?:peux|sais)|vous ne (?:pouvez|savez)) pas faire\b|\bque ne (?:peux|sais)[- ]tu pas\b|"
    r"\b(?:tu peux|peux[- ]tu|vous pouvez|pouvez[- ]vous) (?:envoyer|ecrire|faire passer) (?:des |les )?(?:rappels?|"
    r"messages?|notifications?) (?:a|aux) (?:ma |mes |la |les |toute )?(?:cohorte|formateurs|stagiaires|groupe)\b|"
    r"(?<!\w)(?:شنو|اش|ماذا|ما الذي) (?:ما )?(?:ما كتقدرش|لا تستطيع|لا يمكنك|ما تقدرش)(?!\w)")
# how it works ("tu utilises ChatGPT ?", "واش كتخدم ب ChatGPT؟"): no generative model, passages of the guide found
_HOW_I_WORK = re.compile(
    r"\b(?:tu utilises|utilises[- ]tu|vous utilisez|tu es|t'?es|c'?est|tu marches avec|kat?khdem b|katsta3mel|"
    r"wach nta)\s+(?:un |une |de l'|l'|du )?(?:chat ?gpt|gpt|gemini|ia|intelligence artificielle|ai)\b|"
    r"(?<!\w)(?:كتخدم ب|تخدم ب|تستعمل|تستخدم|كتستعمل|هل انت|واش نتا|واش انت)\s?(?:ال)?(?:شات ?جي ?بي ?تي|chat ?gpt|gpt|"
    r"ذكاء اصطناعي|الذكاء الاصطناعي)", re.IGNORECASE)
# what it keeps on trainers ("quelles données tu gardes ?", "شنو المعطيات اللي كتحتافظ بيها عليا؟"): what /privacy says
_WHAT_KEPT = re.compile(
    r"\b(?:donnees|informations|infos|data|messages)\b.*\b(?:gardes?|gardez|conserves?|conservez|stockes?|stockez|"
    r"enregistres?|collectes?|kat7tafed|kat7tafd|katkhzen)\b|\b(?:qui|chkon|chkoun)\b.*\b(?:voit|lit|kaychof|kaychouf)\b.*"
    r"\bmessages?\b|(?<!\w)(?:ال)?(?:معطيات|بيانات|معلومات)(?!\w).*(?<!\w)(?:كتحتافظ|تحتفظ|تحتافظ|تخزن|كتخزن|تجمع|كتجمع)\w*")
MAX_WORDS = 12  # longer, the question is about something else too
# Rafiq's figures asked for ("les stats de la semaine", "الإحصائيات", "lstatistiques"): the guide has no such word
_FIGURES = re.compile(r"\b(?:statisti\w*|stats?|l?statistik\w*|lstats?|lis?tatisti\w*|dashboard)\b|"
                      r"(?<!\w)(?:ال|ل|لل|ب)?(?:احصا[ئي]ي\w*|احصاءات|احصاء|ستاتيستيك\w*)(?!\w)")


def asks_who_i_am(text: str) -> bool:
    """True when a short message asks whether Rafiq is a robot or a person, or who it is."""
    norm = normalize_text(text or "")
    return len(norm.split()) <= MAX_WORDS and bool(_WHO.search(norm))


def _short_sentence(pattern: re.Pattern, text: str) -> bool:
    """A sentence of the message of at most MAX_WORDS words matches `pattern` ("Bonjour Rafiq, je suis coordinateur
    régional. Qu'est-ce que tu sais faire exactement ?" is long, its question is not)."""
    return any(len(part.split()) <= MAX_WORDS and pattern.search(part)
               for part in re.split(r"[.!?؟\n]+", normalize_text(text or "")))


def asks_what_i_do(text: str) -> bool:
    """True when a short message (or sentence) asks what Rafiq can or cannot help with."""
    return _short_sentence(_CAN_DO, text)


def asks_for_figures(text: str) -> bool:
    """True when a short message asks for statistics (Rafiq's figures live in the console)."""
    norm = normalize_text(text or "")
    return len(norm.split()) <= MAX_WORDS and bool(_FIGURES.search(norm))


def about_rafiq(text: str, lang: str) -> Decision | None:
    """The reply to a question about Rafiq itself (see the module), or None."""
    if asks_who_i_am(text):
        return who_i_am(lang)
    if asks_what_i_do(text):
        return Decision(Kind.ANSWER, t("what_i_do", lang), lang, Intent.QUESTION, confidence=1.0,
                        buttons=(Button(t("ask_tutor", lang), "tutor"),))
    if _short_sentence(_HOW_I_WORK, text):
        return Decision(Kind.ANSWER, t("how_i_work", lang), lang, Intent.QUESTION, confidence=1.0,
                        buttons=(Button(t("ask_tutor", lang), "tutor"),))
    if _short_sentence(_WHAT_KEPT, text):
        return Decision(Kind.ANSWER, t("what_i_keep", lang), lang, Intent.QUESTION, confidence=1.0)
    if asks_for_figures(text):
        return Decision(Kind.ANSWER, t("figures_where", lang), lang, Intent.QUESTION, confidence=1.0,
                        buttons=(Button(t("ask_tutor", lang), "tutor"),))
    return None


def who_i_am(lang: str) -> Decision:
    """What Rafiq is (a program answering from the guide and the calendar) and the way to a person."""
    return Decision(Kind.ANSWER, t("who_i_am", lang), lang, Intent.QUESTION, confidence=1.0,
                    buttons=(Button(t("ask_tutor", lang), "tutor"),))
