"""Normalization and tokenization of Arabic, Darija and French text for lexical search.

`normalize_text` folds the spelling variants that do not change meaning (presentation forms,
diacritics, alef and hamza forms, accents, case, apostrophes, digits); `tokenize` turns text into
stemmed search tokens without stopwords. Both are pure functions; the stemmers load on first use.
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata

__all__ = ["normalize_arabic", "normalize_french", "normalize_text", "tokenize", "Tokenizer"]

# Marks removed from Arabic: Quranic annotation signs, tashkeel (fathatan .. sukun, maddah and hamza
# above/below), superscript alef, small high/low Quranic marks.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
# Invisible characters that break tokens: tatweel, zero-width and bidirectional controls, BOM.
_INVISIBLE = re.compile("[\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ARABIC_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ة": "ه", "ۀ": "ه", "ھ": "ه", "ە": "ه",
    "ؤ": "و", "ئ": "ي", "ک": "ك", "ݣ": "ڭ",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
})
_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼ`´′ʹ"})
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ð": "d", "þ": "th", "ı": "i", "ł": "l"}

_TOKEN = re.compile(r"[^\W_]+")

# Stopwords, written already normalized (a test checks it). Arabic, Darija, French, Arabizi, English.
_AR_STOP = frozenset("""
في من الي علي عن مع هذا هذه ذلك تلك هولاء التي الذي الذين اللذين هل ما ماذا لماذا كيف اين متي
لا لم لن ان او ام ثم قد لقد كان كانت يكون تكون هو هي هم هن نحن انا انت انتم انتي كل بعض غير عند
عندي لدي مثل بين حتي اذا لكن بل و ف ب ل ك يا اي ايضا جدا الا منذ حول ضمن عبر تم لي له لها لهم لنا
لك لكم به بها فيه فيها منه منها عليه عليها اليه ذات هناك هنا السلام عليكم شكرا مرحبا
ديال ديالي ديالك ديالو ديالها ديالنا ديالكم ديالهم ديل د واش شنو شنهو اشنو اش شكون كيفاش علاش
فين فاين منين امتي فوقاش شحال هاد هادي هادا هادو هادشي داك ديك دوك دابا غادي غاديه غا باش حيت
راه راني راك راها راهم ليا ليك عليا معايا شي ولا واخا بغيت بغينا كاين كاينه كاينين بزاف شويه ماشي
حنا نتا نتي نتوما هوما بلا تا
""".split())
_LATIN_STOP = frozenset("""
le la les l de du des d un une et ou a au aux en dans pour par sur avec sans sous ce cet cette ces c
est sont etre ai as avons avez ont je j tu il elle on nous vous ils elles me m te t se s ne n pas
plus que qu qui quoi dont y mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs lui moi
toi ca cela ceci comment quand quel quelle quels quelles bonjour bonsoir salut merci svp stp
dyal dial dyali diali f fi wach wash chno chnou achno kifach kifash 3lach bach had hadi hada hadchi
daba ghadi li ana nta nti ntoma howa hiya homa rah rani rak chi wla ila m3a 3la bghit kayn wakha
salam slm
the is are of to and i you my how what can do does for with in it this that
""".split())


def normalize_arabic(text: str) -> str:
    """Fold Arabic spelling variants: presentation forms, diacritics, tatweel, alef/hamza, digits."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _ARABIC_MARKS.sub("", text)
    return text.translate(_ARABIC_FOLD)


def _fold_latin_char(char: str) -> str:
    """Lower-case Latin letter without its accents; other characters unchanged."""
    if char in _LIGATURES:
        return _LIGATURES[char]
    code = ord(char)
    if code < 0x80 or not (code < 0x250 or 0x1E00 <= code <= 0x1EFF):
        return char
    base = unicodedata.normalize("NFKD", char)
    return "".join(c for c in base if not unicodedata.combining(c)) or char


def normalize_french(text: str) -> str:
    """Casefold, strip accents from Latin letters (é->e, ç->c, œ->oe) and unify apostrophes."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_APOSTROPHES)
    if text.isascii():
        return text
    return "".join(_fold_latin_char(c) for c in text)


def normalize_text(text: str) -> str:
    """Normalize mixed Arabic/French text: each rule touches only its own script."""
    return normalize_french(normalize_arabic(text))


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC


_PROCLITICS = ("وال", "فال", "بال", "كال", "لل", "ال")
_NOT_PROCLITIC = ("والد", "والي", "والا", "الله", "اللذ", "اللت")


def strip_proclitic(token: str) -> str:
    """Remove one leading article or conjunction+article (ال، وال، بال، فال، كال، لل) if 3+ letters remain."""
    if token.startswith(_NOT_PROCLITIC):
        return token
    for prefix in _PROCLITICS:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            return token[len(prefix):]
    return token


class Tokenizer:
    """Normalizes, splits, drops stopwords and stems; stemmers load lazily, one set per thread.

    Example: ``Tokenizer().tokenize("كيفاش نسجل فالمنصة؟")`` -> ``['نسجل', 'منص']``
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def _stemmers(self) -> tuple[object, object]:
        stemmers = getattr(self._local, "stemmers", None)
        if stemmers is None:
            import Stemmer  # PyStemmer; its stemmer objects are not shared between threads

            stemmers = (Stemmer.Stemmer("arabic"), Stemmer.Stemmer("french"))
            self._local.stemmers = stemmers
        return stemmers

    def tokenize(self, text: str) -> list[str]:
        """Return normalized, stemmed word tokens of `text`, without stopwords."""
        arabic, french = self._stemmers()
        tokens: list[str] = []
        for token in _TOKEN.findall(normalize_text(text)):
            if token.isdigit():
                tokens.append(token)
            elif _is_arabic(token[0]):
                if token in _AR_STOP or len(token) < 2:
                    continue
                bare = strip_proclitic(token)
                stem = arabic.stemWord(bare)
                tokens.append(stem if len(stem) >= 2 else bare)
            elif token.isascii():
                if token in _LATIN_STOP or len(token) < 2:
                    continue
                tokens.append(french.stemWord(token))
            else:
                tokens.append(token)  # Tifinagh and other scripts: kept whole
        return tokens


@functools.lru_cache(maxsize=1)
def _default_tokenizer() -> Tokenizer:
    return Tokenizer()


def tokenize(text: str) -> list[str]:
    """Normalized word tokens, stopwords dropped, light stemming (PyStemmer arabic / french)."""
    return _default_tokenizer().tokenize(text)
