"""Teaching concepts trainers ask about that the guide only mentions in passing, if at all ("pédagogie
différenciée", "pédagogie de projet", "gestion de classe", "carte mentale", "الذكاءات المتعددة"…).

Their words are common ones, so `bot.unnamed_subject`'s test (a name no text of the index holds) cannot see them,
and retrieval places such a question on the nearest page with confidence: "cmt differencier pr des eleves de
niveaux differents" got the page on evaluating a training scheme, "c quoi la pedagogie de projet" the one on adult
learning (a newcomer; about twelve such answers in one evening). A concept is treated by the guide when a section
names it in its title or in two places of its text (the index is read, so a tutor's FAQ entry on it counts): then
the question goes to retrieval as usual; otherwise the reply says the guide does not treat it (and offers a tutor).
The list is written from the field's vocabulary, not from any evaluation question."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from retrieval.normalize import normalize_text

_AL = r"(?:ال)?"
# (name, French display, Arabic display, pattern over normalized text)
CONCEPTS: tuple[tuple[str, str, str, re.Pattern[str]], ...] = tuple(
    (name, fr, ar, re.compile(pattern)) for name, fr, ar, pattern in (
        ("differentiation", "la pédagogie différenciée", "البيداغوجيا الفارقية",
         r"\bpedagogies? differencie\w*|\benseignement differencie\w*|\bdifferencier (?:l'enseignement|les "
         rf"apprentissages|sa pedagogie|son enseignement)|(?<!\w){_AL}(?:بيداغوجيا|بيداغوجيه|تربيه) {_AL}فارقي\w*"
         rf"|(?<!\w){_AL}(?:تعليم|تدريس|تعلم) {_AL}متمايز\w*|(?<!\w){_AL}تفريق {_AL}بيداغوجي\w*"),
        ("project", "la pédagogie de projet", "بيداغوجيا المشروع",
         rf"\bpedagogies? (?:de|du|par) projets?\b|\bapprentissage par projets?\b|(?<!\w){_AL}بيداغوجيا {_AL}مشاري?ع"
         rf"|(?<!\w){_AL}تعلم ب{_AL}مشاري?ع"),
        ("classroom_management", "la gestion de classe", "تدبير القسم",
         rf"\bgestion de (?:la )?classe\b|\bgestion du groupe[- ]classe\b|(?<!\w)(?:تدبير|اداره|إدارة) {_AL}(?:قسم|فصل|صف)"
         r"(?!\w)|\btadbir l?(?:9ism|qism)\b"),
        ("mind_map", "la carte mentale", "الخريطة الذهنية",
         rf"\bcartes? (?:mentales?|heuristiques?)\b|\bmind ?maps?\b|(?<!\w){_AL}(?:خريطه|خرائط) {_AL}ذهني\w*"),
        ("multiple_intelligences", "les intelligences multiples", "الذكاءات المتعددة",
         rf"\bintelligences multiples\b|(?<!\w){_AL}ذكاءات {_AL}متعدد\w*"),
        ("gamification", "la ludification", "التلعيب",
         rf"\bgamification\b|\bludification\b|\bjeux? serieux\b|(?<!\w){_AL}تلعيب(?!\w)"),
        ("multigrade", "les classes multiniveaux", "الأقسام المشتركة",
         rf"\bmulti-?niveaux?\b|\bmultigrades?\b|(?<!\w){_AL}(?:اقسام|قسم) {_AL}مشترك\w*"),
        ("constructivism", "le socioconstructivisme", "البنائية الاجتماعية",
         rf"\bsocio-?constructivis\w*|(?<!\w){_AL}بنائيه {_AL}اجتماعيه(?!\w)"),
        ("virtual_class", "l'animation d'une classe virtuelle", "تنشيط الحصص المباشرة عن بعد",
         r"\b(?:animer|anime|animez|animation|mener|conduire|rendre interactive?s?) (?:d'|de |d'une |de la |des |une |la "
         r"|les |ma |mes |sa |ses )?(?:classes? virtuelles?|visio-?conferences?|seances? (?:en ligne|a distance|en direct"
         r"|synchrones?))\b|\bclasses? virtuelles? (?:interactives?|dynamiques?|vivantes?)\b|"
         rf"(?<!\w)(?:ن|ت|ي)?(?:نشط|ننشط|انشط|تنشيط|ادير|ندير|تسيير|اسير|نسير) {_AL}(?:حصه|حصص|قسم|اقسام|فصل) {_AL}"
         r"(?:مباشره|افتراضي\w*|عن بعد|اونلاين)|\b(?:nanachat|nnachat|tanchit|n?sayer|ndir) (?:l ?)?(?:classe "
         r"virtuelle|live|7i?ss?a (?:online|mobachira))\b"),
        ("interactive_board", "le tableau blanc interactif", "السبورة التفاعلية",
         rf"\btableaux? (?:blancs?|numeriques?) interactifs?\b|(?<!\w){_AL}سبوره {_AL}تفاعلي\w*"),
    ))
MARKER = "concept:"  # how a treated concept is marked in the guide's vocabulary (`treated_markers`)
MIN_MENTIONS = 2  # places in one section's text that make it a section on the concept
# a guide answer this sure stands whatever concept the message names: there the concept is a setting, not the subject
# ("je prépare une séance de 3h sur la gestion de classe, comment la structurer ?": the page on preparing a session);
# the answers beside the point that prompted this module came at 0.16-0.57, the dev questions naming a concept as
# their setting at 0.7 and more
CONCEPT_SURE = 0.65
# ...except for a concept whose words a treated page shares: animating a virtual class and the FAQ on a missed live
# session ("كيف أنشط حصة مباشرة عن بعد؟" found it at 0.76)
SURE_FOR = {"virtual_class": 0.9}


def concept_sure(text: str) -> float:
    """The retrieval confidence from which a guide answer stands whatever concept the message names."""
    norm = normalize_text(text or "")
    return max([CONCEPT_SURE] + [SURE_FOR[name] for name, _, _, pattern in CONCEPTS
                                 if name in SURE_FOR and pattern.search(norm)])


def treated_markers(sections: Iterable[tuple[str, str, str]]) -> set[str]:
    """MARKER + name for each concept some section treats: (section version, title, text) triples, a version's
    chunks given one by one (overlapping passages count once; each language's version counts on its own)."""
    mentions: dict[tuple[str, str], set[str]] = defaultdict(set)
    treated: set[str] = set()
    for section_id, title, text in sections:
        norm_title, norm_text = normalize_text(title or ""), normalize_text(text or "")
        for name, _, _, pattern in CONCEPTS:
            if pattern.search(norm_title):
                treated.add(MARKER + name)
            for sentence in re.split(r"[.!?؟\n]+", norm_text):  # the sentences naming it (a passage in two
                if pattern.search(sentence):  # overlapping chunks is one mention)
                    mentions[(name, section_id)].add(sentence.strip())
    return treated | {MARKER + name for (name, _), places in mentions.items() if len(places) >= MIN_MENTIONS}


def untreated_concept(text: str, vocabulary: frozenset[str]) -> str | None:
    """The concept the message names that no section of the guide treats, shown in the message's script; None."""
    norm = normalize_text(text or "")
    for name, fr, ar, pattern in CONCEPTS:
        if MARKER + name not in vocabulary and pattern.search(norm):
            return ar if re.search("[\u0600-\u06ff]", text) else fr
    return None


def quoted_by(text: str, passage: str) -> bool:
    """The concept the message names is in the passage found for it ("on peut faire une carte mentale collective ?"
    with the closing of a session: the guide's line on it answers)."""
    norm, found = normalize_text(text or ""), normalize_text(passage or "")
    return any(pattern.search(norm) and pattern.search(found) for _, _, _, pattern in CONCEPTS)

