"""Query variants for Darija: Darija words mapped to MSA, and Arabizi transliterated to Arabic script.

The embedder reads MSA and French well but Darija, and above all Arabizi, poorly. Searching with the
original text AND a rewritten variant (keeping the best score of the two) recovers many of those
questions. The word lists are general Darija, not taken from any evaluation set.
"""
from __future__ import annotations

import re

from retrieval.darija_lexicon import EVERYDAY_ARABIZI, EVERYDAY_DARIJA
from retrieval.darija_loans import joined_loans, loanword, loanwords_to_msa
from retrieval.french_loans import fold_latin, looks_french
from retrieval.normalize import normalize_arabic
from retrieval.verb_nouns import with_noun

# Darija (Arabic script, normalized form) → MSA.
DARIJA_TO_MSA = {
    "شنو": "ما", "اشنو": "ما", "شنهو": "ما", "شنوه": "ما", "اش": "ماذا", "شكون": "من",
    "كيفاش": "كيف", "كيفاه": "كيف", "علاش": "لماذا", "علاه": "لماذا", "فين": "اين", "فاين": "اين",
    "منين": "من اين", "امتي": "متي", "امتا": "متي", "فوقاش": "متي", "شحال": "كم", "واش": "هل",
    "بغيت": "اريد", "بغينا": "نريد", "بغيتي": "تريد", "باغي": "اريد", "بغا": "اراد",
    "ديال": "", "ديالي": "", "ديالك": "", "ديالو": "", "ديالها": "", "ديالنا": "", "ديالكم": "",
    "ديالهم": "", "ديل": "", "دابا": "الان", "بزاف": "كثيرا", "مزيان": "جيد", "مزيانه": "جيده",
    "خاصني": "يجب علي", "خصني": "يجب علي", "خاصك": "يجب عليك", "خاصنا": "يجب علينا",
    "خاصو": "يجب عليه", "خاصها": "يجب عليها", "نقدر": "استطيع", "نقدرو": "نستطيع", "تقدر": "تستطيع",
    "ندير": "افعل", "نديرو": "نفعل", "تدير": "تفعل", "دير": "افعل", "كيدير": "يفعل", "كاين": "يوجد",
    "كاينه": "توجد", "كاينين": "يوجدون", "ماكاينش": "لا يوجد", "مكاينش": "لا يوجد",
    "هاد": "هذا", "هادي": "هذه", "هادا": "هذا", "هادو": "هولاء", "هادشي": "هذا", "داك": "ذلك",
    "ديك": "تلك", "بلا": "بدون", "ملي": "عندما", "فاش": "عندما", "باش": "لكي", "حيت": "لان",
    "غير": "فقط", "بحال": "مثل", "شي": "بعض", "والو": "لا شيء", "ماشي": "ليس", "ديما": "دائما",
    "الخدمه": "العمل", "خدمه": "عمل", "خدام": "يعمل", "نتسني": "انتظر", "نتسنا": "انتظر",
    "يجاوبني": "يجيبني", "جاوبني": "اجابني", "نخلص": "ادفع", "فلوس": "مال", "الفلوس": "المال",
    "نشوف": "اري", "شفت": "رايت", "شوف": "انظر", "نهضر": "اتحدث", "هضر": "تحدث", "نصيفط": "ارسل",
    "صيفط": "ارسل", "صيفطت": "ارسلت", "السيمانه": "الاسبوع", "سيمانه": "اسبوع", "راسي": "نفسي",
    "راسهم": "انفسهم", "راسو": "نفسه", "راسك": "نفسك", "عاوني": "ساعدني", "يعاونو": "يساعده",
    "لقيت": "وجدت", "معاه": "معه", "معاهم": "معهم", "معايا": "معي", "ليهم": "لهم", "ليه": "له",
    "ليا": "لي", "عليا": "علي", "بوحدي": "وحدي", "بزز": "بالقوه", "واخا": "حسنا", "صافي": "انتهي",
    "دغيا": "بسرعه", "مورا": "بعد", "قبل ما": "قبل ان", "كيفما": "كما", "اللي": "الذي",
    "دراري": "اطفال", "نقرا": "ادرس", "كنقرا": "ادرس", "القرايه": "الدراسه", "الوقت": "الوقت",
    "كيتفوتني": "يفوتني", "نتعامل": "اتعامل", "غادي": "سوف", "كنحس": "اشعر", "عييت": "تعبت",
    "ولات": "اصبحت", "بغيتو": "تريدون", "المتدربين": "المتدربين", "نصحح": "اصحح",
}

# The everyday vocabulary (retrieval.darija_lexicon), keys normalized; the entries above win.
DARIJA_TO_MSA = {**{normalize_arabic(k): v for k, v in EVERYDAY_DARIJA.items()}, **DARIJA_TO_MSA}
# "ف"/"ب" glued to a word Darija knows ("فالسيمانة", "فكاع"): the preposition, then the word read alone.
_GLUED_PREPOSITIONS = (("فال", "في ", "ال"), ("بال", "ب", "ال"), ("ف", "في ", ""))
# Object pronouns and "to me / to him" glued to a Darija verb ("نصيفطو", "صيفطتها", "قاليا"): the verb alone is
# looked up when the whole word is not.
_GLUED_SUFFIXES = ("ليها", "ليهم", "ليه", "ليا", "هم", "ها", "ني", "و", "ه")


def darija_word(norm: str) -> str | None:
    """The MSA rewrite of one normalized Darija word ("" to drop it), or None when it is not known: the
    word, else "و" + the word, else a glued preposition + the word, else the verb without a glued pronoun."""
    if norm in DARIJA_TO_MSA:
        return DARIJA_TO_MSA[norm]
    if norm.startswith("و") and len(norm) > 3 and DARIJA_TO_MSA.get(norm[1:]):
        return "و" + DARIJA_TO_MSA[norm[1:]]
    for prefix, said, article in _GLUED_PREPOSITIONS:
        rest = norm[len(prefix):]
        if norm.startswith(prefix) and len(rest) >= 3 and (
                known := DARIJA_TO_MSA.get(article + rest) or DARIJA_TO_MSA.get(rest)):
            return said + known
    for suffix in _GLUED_SUFFIXES:
        stem = norm[:-len(suffix)]
        if norm.endswith(suffix) and len(stem) >= 3 and DARIJA_TO_MSA.get(stem):
            return DARIJA_TO_MSA[stem]
    return None


# Arabizi words whose spelling varies too much for letter-by-letter transliteration.
ARABIZI_WORDS = {
    "kifach": "كيف", "kifash": "كيف", "kifech": "كيف", "chno": "ما", "chnou": "ما", "achno": "ما",
    "chnahowa": "ما هو", "chkoun": "من", "wach": "هل", "wash": "هل", "wech": "هل", "3lach": "لماذا",
    "fin": "اين", "fen": "اين", "imta": "متي", "fo9ach": "متي", "ch7al": "كم", "chhal": "كم",
    "bghit": "اريد", "baghi": "اريد", "dyal": "", "dial": "", "dyali": "", "diali": "", "dyalo": "",
    "dyalk": "", "dyalhom": "", "daba": "الان", "bzaf": "كثيرا", "bezaf": "كثيرا", "mzyan": "جيد",
    "khassni": "يجب علي", "khasni": "يجب علي", "khsni": "يجب علي", "n9der": "استطيع",
    "n9dar": "استطيع", "nqder": "استطيع", "ndir": "افعل", "ndiro": "نفعل", "kayn": "يوجد",
    "kayen": "يوجد", "makaynch": "لا يوجد", "had": "هذا", "hadi": "هذه", "hada": "هذا",
    "hadchi": "هذا", "bla": "بدون", "mli": "عندما", "bach": "لكي", "7it": "لان", "ghir": "فقط",
    "chi": "بعض", "walo": "لا شيء", "machi": "ليس", "dima": "دائما", "m3a": "مع", "m3ak": "معك",
    "3la": "علي", "ma": "ما", "f": "في", "fi": "في", "o": "و", "w": "و", "wla": "او", "li": "الذي",
    "ana": "انا", "nta": "انت", "nti": "انت", "homa": "هم", "lkhdma": "العمل", "lkhedma": "العمل",
    "khdma": "عمل", "ntsna": "انتظر", "njawb": "اجيب", "ijawbni": "يجيبني", "flouss": "مال",
    "flous": "مال", "simana": "اسبوع", "smana": "اسبوع", "rasi": "نفسي", "9ra": "درس",
    "n9ra": "ادرس", "lwe9t": "الوقت", "lw9t": "الوقت", "lfar9": "الفرق", "far9": "فرق",
    "takwim": "التقويم", "ta9wim": "التقويم", "takwini": "التكويني", "ijmali": "الاجمالي",
    "tachkhissi": "التشخيصي", "mo2atir": "المؤطر", "lmo2atir": "المؤطر", "ustad": "استاذ",
    "ostad": "استاذ", "l2asatida": "الاساتذة", "asatida": "اساتذة", "talamid": "تلاميذ",
    "tlamid": "تلاميذ", "lmasar": "المسار", "masar": "مسار", "ngoul": "اقول", "nkteb": "اكتب",
    "nchouf": "اري", "nhder": "اتحدث", "nsift": "ارسل", "sift": "ارسل", "3ndi": "عندي",
    "mochkil": "مشكلة", "mochkila": "مشكلة", "ntawar": "اطور", "ntwer": "اطور", "3yit": "تعبت",
    "nrja3": "ارجع", "rja3": "رجع", "ycharkou": "يشاركون", "ytfa3lo": "يتفاعلون",
}
ARABIZI_WORDS = {**EVERYDAY_ARABIZI, **ARABIZI_WORDS}  # retrieval.darija_lexicon; the entries above win

_DIGRAPHS = (("ch", "ش"), ("sh", "ش"), ("kh", "خ"), ("gh", "غ"), ("ou", "و"), ("dh", "ذ"), ("th", "ث"))
_LETTERS = {"b": "ب", "t": "ت", "j": "ج", "d": "د", "r": "ر", "z": "ز", "s": "س", "f": "ف", "k": "ك",
            "l": "ل", "m": "م", "n": "ن", "h": "ه", "w": "و", "y": "ي", "q": "ق", "g": "ك", "p": "ب",
            "v": "ف", "x": "كس", "c": "ك", "i": "ي", "o": "و", "u": "و",
            "3": "ع", "7": "ح", "9": "ق", "2": "ء", "5": "خ", "8": "ه"}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+|[\w']+|[^\w\s]+")  # "e-takwine", "auto-évaluation": one word
_GEMINATE = re.compile(r"([b-df-hj-np-tv-z2-9])\1+")
_YAA_BEFORE_VOWEL = re.compile(r"iy(?=[aeiou])")  # "3liya", "liya": one yaa, as "عليا" and "ليا" are written


def transliterate_word(word: str) -> str:
    """One Arabizi word in Arabic letters (short vowels a/e dropped inside words, a doubled consonant written
    once, as Arabic script writes a geminate without its shadda: "n9essem" is "نقسم", not "نقسسم")."""
    w = _GEMINATE.sub(r"\1", fold_latin(word))
    w = _YAA_BEFORE_VOWEL.sub("y", w)
    if w.startswith("l") and len(w) > 3 and w[1] not in "aeiou":
        return "ال" + transliterate_word(w[1:])
    out, i = [], 0
    while i < len(w):
        pair = w[i:i + 2]
        digraph = next((ar for lat, ar in _DIGRAPHS if pair == lat), None)
        if digraph:
            out.append(digraph)
            i += 2
            continue
        ch = w[i]
        if ch in "ae":
            if i == 0:
                out.append("ا")
            elif i == len(w) - 1 and ch == "a":
                out.append("ا")
            elif w[i:i + 2] in ("aa", "ee"):
                out.append("ا")
                i += 1
        elif ch in _LETTERS:
            out.append(_LETTERS[ch])
        i += 1
    return "".join(out)


def _glued_article(word: str) -> bool:
    """True for "l" glued to a word ("lplateforme"): no French word starts with "l" and a consonant."""
    return len(word) > 4 and word[0] == "l" and word[1] not in "aeiouyhéèêâîô'"


def _known_after_article(word: str) -> str | None:
    """The Arabic of "l" + a one-word lexicon entry ("lkbar" → "الكبار"), or None."""
    if len(word) < 5 or word[0] != "l" or word[1] in "aeiou":
        return None
    known = ARABIZI_WORDS.get(word[1:])
    if not known or " " in known:
        return None
    return known if known.startswith("ال") else "ال" + known


_FRENCH_ARTICLES = frozenset({"la", "le", "les", "une", "du", "des", "au", "aux"})
_FRENCH_SHORT = frozenset({"fin"})  # a French word the Arabizi lexicon also has ("fin": where), too short for the list


def arabizi_to_arabic(text: str) -> str:
    """Arabizi text rewritten in Arabic script; French loanwords stay in Latin letters."""
    words, previous = [], ""
    for token in _WORD.findall(text):
        low, after_article, previous = fold_latin(token), previous in _FRENCH_ARTICLES, fold_latin(token)
        if not re.match(r"[\w']", token):
            words.append(token)
        elif after_article and (looks_french(token) or low in _FRENCH_SHORT):
            words.append(token)  # "f la fin dyal module": the French "fin" (end), not Arabizi "where"
        elif low in ARABIZI_WORDS:
            if ARABIZI_WORDS[low]:
                words.append(ARABIZI_WORDS[low])
        elif (glued := _known_after_article(low)) is not None:
            words.append(glued)  # "lmocharikin", "lkbar": the article glued to a word the lexicon knows
        elif _glued_article(low) and looks_french(token[1:]):
            words.append(token[1:])  # Darija's article glued to a French word: "ldevoir", "lformateur"
        elif looks_french(token) or low.isdigit() or "'" in low or "-" in low:  # "e-takwine" stays a name
            words.append(token)
        else:
            words.append(transliterate_word(low))
    return " ".join(words)


# "نحضر" is "I attend" before a class or a person ("غادي نحضر حصة ديال ستاجير", "نحضر عند أستاذ متدرب", "نحضر
# للحصة المباشرة"); its MSA spelling "أحضر" reads as "I prepare" (أُحضّر) beside "حصة". It is named as the guide
# names a class visit, "حضور" (attending). "نحضر حصة تكوينية", "نحضر الحصة ديالي" (preparing one's own) are kept.
_ATTENDS = re.compile(r"(?:(?<=\s)|^)(?:ك|كا|غ|غا)?نحضر(?=\s+(?:عند|مع|ف|ل)|\s+(?:ل|ف)?(?:ال)?(?:حصة|حصه|قسم)\s+"
                      r"(?:ديال(?!ي(?:\s|$|[؟?!.,،]))|د\s|عند|مع|ف))")


def darija_to_msa(text: str) -> str:
    """Darija words (Arabic script) replaced by their MSA counterparts; other words kept."""
    out = []
    for token in joined_loans(_ATTENDS.sub("حضور", text)).split():
        core = token.strip("؟?!.,،")
        norm = normalize_arabic(core)
        if (known := darija_word(norm)) is not None:
            replacement = known
        elif (borrowed := loanword(norm)) is not None:
            replacement = borrowed
        elif norm.startswith("فال") and len(norm) > 4:
            replacement = "في " + core[1:]
        elif re.fullmatch(r"ما\w{2,}ش", norm):
            replacement = "لا " + core[2:-1]
        elif re.fullmatch(r"كي\w{3,}", norm) and norm not in ("كيف", "كيفيه"):
            replacement = "ي" + core[2:]
        elif re.fullmatch(r"كن\w{3,}و", norm):  # "كنصححو" (we correct): MSA's "we" is "نصحح", not "اصححو"
            replacement = "ن" + core[2:-1]
        elif re.fullmatch(r"كن\w{3,}", norm):
            replacement = "ا" + core[2:]
        else:
            replacement = core
        if replacement:
            out.append(replacement)
    return " ".join(out)


def query_variants(text: str, code: str) -> list[str]:
    """The texts to search with: the original, plus an MSA rewrite for Darija and Arabizi (for MSA, with its
    French loanwords in Arabic letters replaced, when it has any)."""
    variants = [text]
    if code == "ary":
        variants.append(darija_to_msa(text))
    elif code == "ar":  # an Arabic-script message read as MSA may still carry Darija's French loanwords
        variants.append(loanwords_to_msa(text))
    elif code == "ary-Latn":
        variants.append(darija_to_msa(arabizi_to_arabic(text)))
    variants.append(with_noun(variants[-1]))  # "كيف اقيم المتدرب" is also searched as the guide's تقويم
    return [v for i, v in enumerate(variants) if v.strip() and v not in variants[:i]]
