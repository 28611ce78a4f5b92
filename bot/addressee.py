"""Whether the trainer writes of herself in the feminine, so that a caring reply addresses her as she wrote.

"ما بقيتش باغية نعيش" got "أنا آسف حقا لما تمر به… اتصل بالرقم 15… أنت مهم(ة)": Arabic has no neutral "you", and
the masculine (or a bracketed ending) to a woman in distress reads as not listened to. A reply text may carry a
feminine variant (``"ar_f"``, ``"fr_f"`` beside ``"ar"``, ``"fr"`` in bot/texts); `t` takes it while a message
whose writer speaks of herself in the feminine is handled (`addressing`). Only self-descriptions count ("راني عيانة",
"ana 3yana", "je suis épuisée", "أنا أستاذة"): "زوجتي مريضة" says nothing of the writer, and when the message says
both, or nothing, the usual text stays.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # tashkeel, superscript alef, tatweel

# a word that puts the writer in what follows ("أنا", "راني", "كنحس راسي", "ما بقيتش"…)
_SELF_AR = frozenset("انا أنا راني بقيت بقيتش وليت ولّيت صرت أصبحت اصبحت أشعر اشعر أحس احس نحس كنحس "
                     "كنحس راسي لست لسنا حاسة حاسه مازال مازالني".split())
_FEMININE_AR = frozenset("""
باغية بغية عيانة عيّانة تعبانة متعبة مرهقة مقلقة مقلوقة قلقة محبطة مكتئبة وحيدة ضايعة ضائعة تايهة تائهة حزينة
مضغوطة مخنوقة فرحانة قادرة قادراش مستعدة خايفة خائفة مرعوبة يائسة مهمومة منهارة مصدومة مكسورة متوترة مشوشة
مريضة حاملة مسكينة مسكينه حاسة معطلة متأخرة متاخرة مكرفسة مقصرة فاشلة مكلفة مكلخة مزيرة مقهورة مدمرة ضعيفة عاجزة مستاءة متأسفة متاسفة
أستاذة استاذة مكونة مكوّنة متدربة متكونة مؤطرة مفتشة منسقة معلمة طالبة موظفة أم
""".split())
_MASCULINE_AR = frozenset("""
باغي عيان تعبان متعب مرهق مقلق مقلوق قلق محبط مكتئب وحيد ضايع ضائع تايه تائه حزين مضغوط مخنوق فرحان قادر قادرش
مستعد خايف خائف مرعوب يائس مهموم منهار مصدوم مكسور متوتر مريض أستاذ استاذ مكون مكوّن متدرب متكون مؤطر مفتش منسق
معلم طالب موظف أب
""".split())

_SELF_LATIN = frozenset("ana rani rah b9it b9itch wlit sert kan7ess kanhess kan7es n7ess 7assa hassa rassi raski".split())
_FEMININE_LATIN = frozenset("""
bghya baghya baghia bghia 3yana 3yiana 3iyana t3bana ta3bana m9al9a m9el9a mqalqa m9l9a khayfa khaifa wa7da wahda
7zina hzina mdghouta mkhnou9a mkhno9a fer7ana fr7ana 9adra 9adrach qadra mosta3ida mousta3ida mrida m9hora mdamra m3attla m3atla m3ttla m3tla mt2khra fachla
ostada ostadha oustada mkwna mkawna moukawina motakawina mo2atira
""".split())
_MASCULINE_LATIN = frozenset("""
bghit baghi 3yan t3ban ta3ban m9al9 m9el9 khayf khaif wa7di wa7ed 7zin mdghout mkhnou9 fer7an 9ader 9aderch qader
mrid ostad oustad mkwen moukawin mo2atir
""".split())

_FR_SELF = r"(?:je\s+suis|j'suis|chui|jsuis|suis|je\s+me\s+sens|je\s+me\s+suis\s+sentie?|je\s+deviens|je\s+reste)"
_FR_FILLER = r"(?:\s+(?:tr[eè]s|trop|tellement|vraiment|compl[eè]tement|totalement|si|tout|toute|un\s+peu|une|un|juste|" \
             r"encore|d[ée]j[aà]|hyper|super|grave))*"
_FR_FEMININE = re.compile(
    _FR_SELF + _FR_FILLER + r"\s+(fatigu[ée]e|[ée]puis[ée]e|perdue|d[ée]courag[ée]e|seule|d[ée]sol[ée]e|contente|"
    r"stress[ée]e|d[ée]pass[ée]e|d[ée]bord[ée]e|d[ée]motiv[ée]e|d[ée]prim[ée]e|inqui[eè]te|angoiss[ée]e|navr[ée]e|"
    r"paum[ée]e|lessiv[ée]e|nulle|pr[eê]te|s[uû]re|bloqu[ée]e|inscrite|formatrice|enseignante|professeure|stagiaire\s+"
    r"enceinte|enceinte|malade\s+et\s+seule|triste\s+et\s+seule|crev[ée]e|[ée]nerv[ée]e|d[ée]çue|d[ée]cue|abattue|"
    r"[ée]cras[ée]e|submerg[ée]e|noy[ée]e|heureuse|ravie|soulag[ée]e|oblig[ée]e|partie|tomb[ée]e|convaincue)\b")
_FR_MASCULINE = re.compile(
    _FR_SELF + _FR_FILLER + r"\s+(fatigu[ée]|[ée]puis[ée]|perdu|d[ée]courag[ée]|seul|d[ée]sol[ée]|content|"
    r"stress[ée]|d[ée]pass[ée]|d[ée]bord[ée]|d[ée]motiv[ée]|d[ée]prim[ée]|inquiet|angoiss[ée]|navr[ée]|paum[ée]|"
    r"formateur|enseignant|professeur|crev[ée]|heureux|ravi|soulag[ée]|oblig[ée])\b")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’]+", _MARKS.sub("", text.lower()))


def _self_described(words: list[str], self_words: frozenset[str], described: frozenset[str]) -> bool:
    """A described word within three words after one putting the writer in the sentence, or negated Darija-style
    ("ما قادراش")."""
    for i, word in enumerate(words):
        if word in described and (any(w in self_words for w in words[max(0, i - 3):i])
                                  or word.endswith(("اش", "ach"))):
            return True
    return False


@lru_cache(maxsize=1024)
def speaks_of_herself(text: str) -> bool | None:
    """True when the writer describes herself in the feminine, False in the masculine, None when the message
    does not tell (or tells both)."""
    words = _words(text)
    lowered = " ".join(words)
    feminine = (_self_described(words, _SELF_AR, _FEMININE_AR) or _self_described(words, _SELF_LATIN, _FEMININE_LATIN)
                or bool(_FR_FEMININE.search(lowered)))
    masculine = (_self_described(words, _SELF_AR, _MASCULINE_AR)
                 or _self_described(words, _SELF_LATIN, _MASCULINE_LATIN) or bool(_FR_MASCULINE.search(lowered)))
    return None if feminine == masculine else feminine


def writes_as_woman(texts: Iterator[str] | list[str]) -> bool:
    """The newest of `texts` (newest first) that tells the writer's gender says feminine."""
    for text in texts:
        told = speaks_of_herself(text)
        if told is not None:
            return told
    return False


_FEMININE: ContextVar[Callable[[], bool] | None] = ContextVar("rafiq_feminine_addressee", default=None)


@contextmanager
def addressing(is_woman: Callable[[], bool]) -> Iterator[None]:
    """While the block runs, texts with a feminine variant ask `is_woman` (read once, only if such a text is
    said) whether to use it."""
    answered: list[bool] = []

    def once() -> bool:
        if not answered:
            answered.append(bool(is_woman()))
        return answered[0]

    token = _FEMININE.set(once)
    try:
        yield
    finally:
        _FEMININE.reset(token)


def feminine_addressee() -> bool:
    """Whether the message being handled was written by a woman speaking of herself (False outside `addressing`)."""
    ask = _FEMININE.get()
    return bool(ask and ask())
