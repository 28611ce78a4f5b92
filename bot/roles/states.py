"""Socio-cognitive states in a trainer's message: discouraged, anxious, isolated, overloaded, confused
about what to do next, thankful, or in distress, in Arabic, Darija (Arabic script and Arabizi) and
French. Rules over normalized text (`retrieval.normalize.normalize_text`), so the patterns are
written normalized (no accents; ا for أ إ آ, ه for ة, ي for ى). Distress uses the moderation
lexicon, the same cues that make the moderation layer flag a message.

    >>> detect_state("je n'arrive plus à suivre, trop de travail, je pense abandonner le MOOC")
    'discouraged'
    >>> detect_state("3yit, bghit n7bes had l'formation")
    'discouraged'
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from retrieval.normalize import normalize_text

DISTRESS, DISCOURAGED, ANXIOUS, ISOLATED, OVERLOADED, CONFUSED, THANKS = (
    "distress", "discouraged", "anxious", "isolated", "overloaded", "confused", "thanks")
STATES = (DISTRESS, DISCOURAGED, OVERLOADED, ANXIOUS, ISOLATED, CONFUSED, THANKS)  # priority order

_PATTERNS: dict[str, str] = {
    # First-person cues only: "l'abandon scolaire", "les zones isolées" or "le stress des élèves" are
    # pedagogical questions for the guide, not a trainer's state.
    DISCOURAGED: (
        r"decourag|demotiv|demoralis|abandonner\b|j'abandonne|laisser tomber|je laisse (tout )?tomber|je lache|baisser les bras|"
        r"je n'y arrive (pas|plus)|je n'arrive (plus|jamais)|n'y arriverai|j'y arriverai jamais|"
        r"pas a la hauteur|je suis nulle?\b|ca ne sert a rien|envie d'arreter|je veux arreter|j'arrete|"
        r"j'en ai marre|ras le bol|plus (de )?motivation|plus motive|"
        r"محبط|(اشعر|كنحس) بالاحباط|احباط كبير|فقدت (الحماس|الرغبه|الامل)|(اريد|افكر في) الانسحاب|"
        r"سانسحب|انسحب من|لا استطيع (الاستمرار|المواصله)|لن انجح|ييست|استسلم|عييت|فشلت|قنطت|مقنط|"
        r"ما قادرش نكمل|ماقادرش نكمل|ما بقيتش قادر|ما بقاش عندي (الخاطر|الجهد)|بغيت نوقف|بغيت نحبس|"
        r"غادي نحبس|غانحبس|نتخلي|نخرج من (التكوين|المساق)|"
        r"\b3a?yit\b|m9ad?rch n?kmel|ma ?9adrch|ma ?qadrch|bghit n(w9f|wqf|7bes|hbes|khrej)|"
        r"gha?n7bes|ghadi n7bes|ma ?b9itch ?9ad(?:e)?r(?:a|ah)?\b|ma ?bqitch ?qader|\b9nt\b|m9net|m7bat|mhbat|\bfchlt\b|"
        r"n(kh|5)a?li (had )?(l ?mooc|l ?formation|t+a?kwin)|نخلي (هاد )?(المساق|الموك|التكوين)|"
        # whether to go on at all, or far behind the others ("ماعرفتش واش نكمل", "je ne sais pas si je vais continuer")
        r"(?:ما ?عرفتش|ما ?نعرفش|لا اعرف|لست متاكدا?) (?:واش|هل|اش) (?:غادي |سوف )?(?:ن|ا)?(?:كمل|واصل|استمر)|"
        r"متاخره? بزاف (?:علي|على) (?:الاخرين|الناس|صحابي|الزملاء|الباقي)|"
        r"je (?:ne )?sais (?:pas|plus) si je (?:vais |peux )?(?:continuer|poursuivre|tenir)|"
        r"(?:trop|tellement|tres) en retard (?:sur|par rapport aux?) (?:les )?autres|"
        r"ma ?3reftch wach n?kml|m3[ae]9[ae]l bzaf 3la (?:lakhrin|nas|s7abi)|"
        # worth nothing, said of herself ("je me sens nulle", "حاسة براسي ما كنسواش", "kan7ess rassi nulla"): not a
        # question on the guide's page about learners' anxiety
        r"\bje me (?:sens|trouve) (?:tellement |trop |vraiment |si |tres |completement )?(?:nulle?|bete|incapable|"
        r"inutile|stupide)s?\b|\bj'ai l'impression d'etre (?:une? )?(?:nulle?|incapable|bonne? a rien|stupide)\b|"
        r"\bje suis (?:une? )?(?:incapable|bonne? a rien|moins que rien)\b|"
        r"(?:حاس|حاسه|كنحس|احس|اشعر) (?:براسي|بنفسي|انني|اني|باني)? ?(?:ما (?:كنسوا|نسوا|كنسواش|نسواش)|فاشل|"
        r"فاشله|عاجز|عاجزه|لا اساوي)(?!\w)|ما (?:كنسوا|نسوا) (?:والو|حتي حاجه|شي حاجه)|لا اساوي شيئا|"
        r"\b(?:kan7[ae]s+|7as+a?|kanhess) (?:b ?)?ras+i (?:nul(?:le|la)?|fach[e]?la?|ma kanswa(?:ch| walo))\b|"
        r"\bma kanswa(?:ch| walo)\b|"
        # left behind by the others ("الناس كاملين سبقوني", "alors que les autres avancent")
        r"(?:الناس|صحابي|الاخرين|الزملاء|زملائي|الباقي) (?:كاملين |كلهم |جميعا )?(?:سبقوني|فاتوني|سبقوني بزاف)|"
        r"\b(?:alors que|pendant que|et) les autres (?:avancent|ont (?:deja )?(?:fini|termine)|sont (?:deja )?(?:loin|devant))\b|"
        r"\bnas (?:kamlin |kolhom )?(?:sab9oni|fatouni|fatoni)\b")
    ,
    OVERLOADED: (
        r"trop de (travail|choses|taches|boulot)|debordee?\b|submergee?\b|surchargee?\b|pas le temps|"
        r"plus le temps|manque de temps|ma charge de travail|epuisee?\b|crevee?\b|je cours partout|"
        r"كثره (العمل|الاعمال|المهام)|ضغط العمل|مثقل|منهك|مرهق|ليس لدي (الوقت|وقت)|ضيق الوقت|"
        r"بزاف (ديال )?(الخدمه|الخدمات)|الخدمه بزاف|ما عنديش (الوقت|الوقيت)|ماعنديش (الوقت|الوقيت)|"
        r"ما لقيتش الوقت|مضغوط|مزير|تعبان|تعبت|"
        r"bzaf (dyal )?(l?khedma|l?khdma)|l?khdma bzaf|ma3ndich l?w[ae][9q]t|mal9itch l?w[ae]9t|"
        r"madghout|mad8out|mdghout|mzyer|t3ban|t3bt|bzaf 3l(?:i|y)?(?:a|ya)\b|"
        r"je (suis|me sens) (tres |trop |tellement |vraiment |un peu )?fatiguee?\b|"
        # the course itself is heavy ("pfff ce module est vraiment lourd"), not a file ("le fichier est trop lourd")
        r"\b(module|cours|mooc|programme|formation|rythme)( \w+)? (est|reste|devient) (vraiment |trop |tres |super |"
        r"un peu |tellement )?(lourde?|chargee?|dense|intense)s?\b|"
        r"(اشعر|احس|كنحس) ب(بعض |شويه د?)?(ال)?(تعب|ارهاق)|انا (متعب|مرهق)|عيان|\b3yana?\b")
    ,
    ANXIOUS: (
        r"je (suis|me sens) (tres |trop |un peu )?(stresse|angoisse|anxieu|inquiet|nerveu)|je stresse|"
        r"ca me stresse|m'angoisse|j'angoisse|je m'inquiete|je panique|j'ai peur|peur de (ne pas|rater)|"
        r"sous pression|"
        r"(اشعر|كنحس) ب(القلق|التوتر|الخوف)|انا (قلق|متوتر)|قلقان|متوتره?\b|خايف|اخاف (ان|من|ما)|"
        r"كنخاف|مخلوع|الخلعه|ستريس|مستريسي|مقلق|"
        r"khayef|khayfa|kankhaf|mkhlo3|khal3a|m9ale9|9al9an|mstressi|stressi|mtwater")
    ,
    ISOLATED: (
        r"je (me sens|suis) (tout |toute |tres )?seule?\b|tout seul|toute seule|"
        r"je (me sens|suis) (tres )?isolee?\b|personne ne (me )?(repond|aide|comprend)|"
        r"personne pour m'aider|je ne connais personne|livree? a moi-meme|"
        r"(اشعر|كنحس) (ب)?(انني |اني |براسي )?(وحيد|بالوحده|بالعزله|معزول|بوحدي)|انا وحيد|"
        r"لا احد (يساعدني|يجيب|يفهمني)|لا اعرف احدا|(?<!\w)[بل]?وحدي(?!\w)|"
        r"حتي واحد ما|ماكاين لي (يعاوني|يجاوب)|ما كاين لي|ما عرفت حتي واحد|"
        r"\bbo[7h]di\b|\bwa[7h]di\b|[7h]ta wa[7h]ed ma|makayn li y3awni|ma kayn li|m3zoul|m3zol")
    ,
    CONFUSED: (
        r"je ne sais (pas|plus) (quoi faire|par ou commencer|ou j'en suis)|je sais pas (quoi faire|par ou)|"
        r"par ou commencer|je (suis|me sens) (completement |un peu |tout )?perdue?\b|je m'y perds|"
        r"(qu'est-ce que je dois|que dois-je|je dois) faire (maintenant|ensuite|apres)|"
        r"je ne comprends rien|quoi faire maintenant|"
        r"لا اعرف ماذا (افعل|اعمل)|من اين ابدا|(انا|اشعر انني) (ضايع|تايه)|ماذا علي ان افعل الان|"
        r"ما عرفتش (شنو|اش) ندير|ماعرفتش (شنو|اش) ندير|شنو (خاصني|خصني) ندير|منين نبدا|ضايع|تالف|تلفت|"
        r"ما فاهم والو|ما فهمت والو|شنو ندير دابا|"
        r"ma3reftch (chno|ach|chnou) ndir|chn?o?u? (khass?ni|khsni) ndir|mnin nbda|\btlft\b|\btalef\b|"
        r"\bdaye3\b|mdaye3|ma fhamt walo|mafhemt walo|mafhamt walo|ma ?fah?(?:e|a)?ma? walo|chno ndir daba")
    ,
    THANKS: (
        r"\bmerci\b|\bmrc\b|thank|choukran|chokran|shukran|baraka ?llah ?fik|"
        r"شكرا|بارك الله فيك|الله يجازيك|جزاك الله|تبارك الله عليك")
    ,
}


# Signs of a hard time beyond the course, by kind: sleep lost, drowning or suffocating, the whole of life, everything
# weighing on her, crying all the time, no appetite ("حتى النعاس ما بقيتش كنعس، كنحس براسي غارقة" got the course's
# encouragement: a small step in module 2). Drowning "in work" ("غارقة فالخدمة", "noyée sous le travail") is overload.
_BEYOND_COURSE: dict[str, str] = {
    "sleep": (
        r"(?<!\w)ما (?:بقيتش |بقاش |عادش |كنقدرش |قدرتش |نقدرش )?(?:كن|ك|كي|ن)?(?:نعس|رقد|ننعس|نرقد)(?:ش)?(?!\w)|"
        r"(?:ما|ماشي) (?:كيجيني|جاني|كيجينيش|جانيش)\w* النعاس|النعاس (?:ما|مابقا|ما بقا|مشا|طار)|"
        r"لا (?:استطيع|اقدر|اتمكن من) (?:ان )?(?:انام|النوم)|لم (?:اعد )?(?:انام|انم)|لا انام|قله النوم|"
        r"(?<!\w)(?:ال)?ارق(?!\w)|"
        r"\bma ?(?:b9itch |bqitch )?(?:kan?|ka|n)?(?:n?3[ae]*s+t?|r9[ou]+d)(?:ch)?\b|\bn3as (?:ma|mcha|tar)\b|"
        r"\bje (?:ne )?dors (?:plus|pas|presque plus|mal|tres mal)\b|\bje n'arrive (?:plus|pas) a dormir|"
        r"\binsomnies?\b|"
        r"\bnuits? blanches?\b|ferme(?:r)? l'oeil|\bsans dormir\b|\b(?:je ne trouve plus|perdu) le sommeil\b"),
    "drowning": (
        r"(?<!\w)(?:غارق|غارقه|كنغرق|غانغرق|نغرق|اغرق|غرقت|غرقانه?)(?!\w)(?!\s+(?:ف|ب|تحت|وسط|مع)\S*)|"
        r"(?<!\w)(?:مخنوق|مخنوقه|كنختانق|كنتخنق|اختنق|مخنوقين)(?!\w)|"
        r"\b(?:ghar9(?:a|ana)?|ghare9|kanghr[ae]9|mkhn[ou]+9a?|m5n[ou]+9a?)\b(?!\s+(?:f|b|fi|bi|m3a)\b)|"
        r"\bje (?:me noie|coule|sombre|suffoque|m'effondre|craque)\b(?!\s+(?:sous|dans|de|avec)\b)|\bj'etouffe\b|"
        r"\bau fond du trou\b|\bje me sens (?:couler|sombrer|m'effondrer)\b"),
    "life": (
        r"(?:ماشي|مشي|ليس|لا|machi|mashi|non|pas) (?:غير|فقط|ghir|ghi|seulement|que|juste)\s+"
        r"(?:ال)?(?:كورس|التكوين|المساق|"
        r"الموك|الدروس|الخدمه|le cours|la formation|le mooc|les cours|l ?cours|l ?formation|l ?mooc)\b|"
        r"حياتي (?:كامله|كلها|كاع)|(?:فكل|كل|ف) حياتي|\b(?:7|h)yati (?:kamla|kolha|ga3)\b|"
        r"\b(?:tout|rien) (?:dans|de) ma vie\b|\bma vie (?:entiere|est (?:devenue|foutue|un enfer))|"
        r"\btoute ma vie (?:est|va)\b"),
    "heavy": (
        r"(?:كلشي|كل شيء|كل شي|كولشي) (?:ولا |رجع |ولي |اصبح )?(?:تقيل|ثقيل|تقاد|صعيب|ساخن) (?:عليا|علي)(?!\w)|"
        r"\bkolchi (?:wla |rje3 )?(?:t9il|t9al|t9ad|s3ib) 3l(?:i|y)y?a\b|\btout me pese\b|\btout pese sur moi\b|"
        r"\btout (?:est|devient) (?:trop )?lourd a porter\b"),
    "crying": (
        r"كنبكي (?:ديما|بزاف|كل نهار|كل ليله|بلا سباب|بوحدي)|\bkanbki (?:dima|bzaf|kol nhar)\b|"
        r"\bje pleure (?:tout le temps|sans arret|souvent|chaque (?:jour|soir|nuit)|tous les (?:jours|soirs))\b|"
        r"ما (?:بقيتش|بقاش) (?:كناكل|كنكل)|\bje ne mange plus\b|\bma ?b9itch kan(?:akol|kol)\b"),
}
# "can't go on" ("ما بقيتش قادرة", "je n'en peux plus"), with one sign beyond the course, is distress in words
_CANNOT_GO_ON = re.compile(r"ما ?بقيتش قادر|ما ?بقاتش فيا|ما ?عنديش الجهد|\bje n'en peux plus\b|\bje ne tiens plus\b|"
                           r"\bma ?b9itch (?:9|q)adr|\bma ?b9at fiya\b|لا استطيع التحمل|لم اعد احتمل")
COURSE_HARD_TIMES = (DISCOURAGED, OVERLOADED, ANXIOUS, ISOLATED)


@functools.lru_cache(maxsize=1)
def _beyond() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(pattern) for kind, pattern in _BEYOND_COURSE.items()}


def signs_beyond_the_course(text: str) -> tuple[str, ...]:
    """The kinds of signs of a hard time beyond the course in `text` (sleep, drowning, life, heavy, crying)."""
    norm = normalize_text(_QUOTED.sub(" ", text or ""))
    found = tuple(kind for kind, pattern in _beyond().items() if pattern.search(norm))
    # everything weighing on her, alone, is as often the course's weight ("3yit, ma9aderch nkmel had lmooc, kolchi t9al
    # 3liya": the course's encouragement, as before): a sign only beside another
    return () if found == ("heavy",) else found


def _distress_in_words(text: str, found: list[str]) -> bool:
    """Two kinds of signs beyond the course, or one with "can't go on" or a hard time with the course."""
    signs = signs_beyond_the_course(text)
    return len(signs) >= 2 or (len(signs) == 1 and (bool(_CANNOT_GO_ON.search(normalize_text(text or "")))
                                                    or any(state in found for state in COURSE_HARD_TIMES)))


@functools.lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    return {state: re.compile(pattern) for state, pattern in _PATTERNS.items()}


@functools.lru_cache(maxsize=1)
def _lexicon_distress() -> Callable[[str], float]:
    from moderation.lexicon import LexiconClassifier

    classifier = LexiconClassifier()
    return lambda text: classifier.classify(text).get("distress", 0.0)


def is_distress(text: str, threshold: float = 0.5) -> bool:
    """True when the moderation lexicon's distress score reaches `threshold`."""
    return _lexicon_distress()(text) >= threshold


# Words a trainer quotes are someone else's ("chi participants kaykteb liya 'ana découragé, bghit n7bes', kifach
# njawbhom?" asks how to answer them): the states other than distress are read without them.
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|(?:^|(?<=\s))'[^']{3,}'(?=[\s.,;:!?؟]|$)")


def detect_states(text: str) -> list[str]:
    """Every state recognised in `text`, in priority order (distress first, even in quoted words)."""
    norm = normalize_text(_QUOTED.sub(" ", text or ""))
    found = [state for state, pattern in _compiled().items() if pattern.search(norm)]
    if is_distress(text or "") or _distress_in_words(text, found):
        found.insert(0, DISTRESS)
    return [s for s in STATES if s in found]


def detect_state(text: str) -> str | None:
    """The main state of `text` (the first in priority order), or None."""
    states = detect_states(text)
    return states[0] if states else None
