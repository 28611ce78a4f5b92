"""Evidence for language detection: word lists, word shapes and how they are counted.

Darija (Arabic and Latin script), MSA, French and English function words, chat noise, keyboard
mashing. Words are written in normalized form (`retrieval.normalize.normalize_text`); Arabizi words
are compared through `arabizi_form`, which folds their spelling variants.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from retrieval.french_loans import french_words

__all__ = ["LatinEvidence", "arabic_evidence", "latin_evidence", "arabizi_form", "is_junk",
           "is_digit_word", "is_number"]

# Darija in Arabic script: function words and very common Darija-only words.
DARIJA_AR = frozenset("""
شنو شنهو شنوه اشنو اش اشمن شمن شكون شكوني كيفاش كيفاه علاش علاه فين فاين منين امتي فوقاش شحال واش
ياك هاد هادي هادا هادو هادوك هادشي هاديك هاداك داك ديك دوك ديال ديالي ديالك ديالو ديالها ديالنا
ديالكم ديالهم ديل دابا دبا بزاف شويه شوي مزيان مزيانه زوين زوينه صافي واخا والو حيت كاع ديما بكري
البارح دغيا حنا نتا نتي نتوما هوما ليا عليا معايا معاك راه راني راك راكي راها راهم راكم بغيت بغينا
بغيتي بغا بغات بغاو ندير نديرو تدير ديرو خاصني خاصك خاصنا خاصها خاصو خصني خصك خصنا عطيني عطاني
صيفط صيفطت نصيفط تصيفط صيفطو سيفط سيفطت كاين كاينه كاينين كاينا ماكاينش مكاينش عرفتي فهمتي غادي
غاديه غادين باش جوج كاملين خدام خدامه شي ماشي واقيلا زعما لقيت نلقي نلقا شفتي سمحو سمحلي تما بحال
حتال عافاك يخليك بسلامه سيمانه سيمانات مافهمتش معرفتش بلاصه اللي بلي فاش ملي قدام مورا حدا ولات
دراري فلوس خايب عيان بنادم مرحبا
""".split())
# Words Darija uses a lot but MSA also has: half weight.
DARIJA_AR_WEAK = frozenset("مازال باقي تا ولا بلا نقدر نقدرو تقدر كيما عاد كانو ولا".split())
# Words typical of MSA and rare in Darija.
MSA_AR = frozenset("""
هل ماذا لماذا كيف اين متي الذي التي الذين هذا هذه ذلك تلك هولاء لقد سوف ليس ليست لست لم لن يمكن
يمكنني يمكنك يمكننا يمكنكم اريد نريد اود نود ينبغي يجب لدي لدينا لديكم استطيع نستطيع تستطيع هناك
ايضا جدا حول انني لكي عندما بخصوص الان
""".split())

FR_WORDS = frozenset("""
le les des du de un une est et je tu vous nous il elle ils elles pour avec dans sur pas que qui quoi
quand comment ou merci bonjour bonsoir salut svp stp slt bjr cc mrc ce cette ces mon mes votre vos
notre nos au aux ne y suis ai sont faut bien aussi tres oui non c j qu n s m t peut peux puis
quel quelle quels quelles deja encore toujours rien tout tous toutes chez mais donc car parce leur
lui moi toi eux cela ca voici voila apres avant depuis pendant entre vers comme etre avoir fait faire
dois doit ete avez avons sommes etes sera seront ont va vais la ma
""".split())
EN_WORDS = frozenset("""
the is are was were i you my your to of and for with how what when where why can could would
should will do does did please pls plz thanks thank thx hello hi hey this that these those it its
have has be been about from at by we they there which who not no yes our their them any anyone
anything still yet just also very get got in
""".split())
# English or French words spelled like an Arabizi word: they count as weak Arabizi evidence only.
LOOKALIKES = frozenset("wash dial hiya fain kit".split())
NEUTRAL = frozenset("ok okay oki okey okk k kk lol mdr ptdr xd hmm hm hmmm euh heu ah oh eh up test pff pfff re yo".split())

_ARABIZI_STRONG = """
kifach kifash kifech kifch kifache kifax chno chnou chnu achno ashno chnahowa chkoun chkon chkun wach
wash wech bghit bghiti bghina bgha bghat bghaw baghi baghia kanbghi ndir ndiro ndirou diri diro dirou
dyal dial dyali diali dyalk dialk dyalek dyalo dialo dyalha dyalna dyalkom dyalhom daba dba 3lach 3lash
alach mnin imta fo9ach ch7al chhal sh7al bzaf bezaf bzf mzyan mezyan mzian mziana mzyana mzyanin
zwin zwina zwine ghadi ghadia ghad ghan ghadin n9der n9dar nqder n9dro nqdro t9der t9dri kayn kayen
kain kayna kaynin makaynch makaynash khassni khasni khassek khassna khassha khasso khsni khsek 7it
walo wakha safi za3ma chwiya chwia chi 3afak 3afakom ykhalik tbarkellah tbarkallah tbarklah choukran
chokran chukran shukran bslama m3a m3ak m3aya m3ana 3la 3lik 3liya 3lina 3ndi 3ndk 3ndek 3andi rah
rani rak raki raha rahom hna hadi hada hadchi hadak hadik hadou dak dik dakchi nta nti ntoma ntouma
howa houwa hiya homa houma l9it nl9a nl9ak sifet nsift tsift sifti siftlek fhamt fhmt fhemt fhmti
3reft n3ref 3rfti chouf chof nchouf ghir kolchi koulchi kulchi dghya mazal ba9i ba9a bqa wla lyoum
lyoma lyom ghda lbareh lbare7 smhli smhlia smhouli smehli sme7li m3lich ma3lich khoya khouya khti
lkhdma khdma khedma khddam khdam tkhdem mochkil mouchkil mochkila jouj jooj momkin darouri daruri
ta2khir ns2el nsowel so2al jawab 3awnni 3awni 3tini ewa iwa simana smana sbah bs7a bsaha saha mabrouk
wa9ila machi mashi ghanchouf ghandir daroori hadchi 3lih 3liha fiha fih bghaw ghir labas
walakin walakine walakn wlakin lakin lakine jani jatni jatli jiti jina drt dert derti drti drna dertha
wsal wsel wsalni wslni wslatni wsltni kant kanet kano kanou kunt kount knt galo galt golt glt khlas
khalas fach fiya liya lik lih liha lihom lina likom tani tania bdit bdat bdina mchit mchat mchaw nsit
nsiti nsitha nsito nsitou nsitoh nsithom
tlft tlfat tlfatli fatni fatetni fatatni khdit khdat khdaw nfhem fhamt fhemt sowlt sowel
ach bach temma tma hnak ymkn yemken imken lmohim fhad fhadchi fdak lli elli kifma kima sahl
"""
_ARABIZI_WEAK = """
salam slm allah lah inchallah nchallah inshallah incha2allah hamdulillah hamdolilah lhamdulillah had
ana fin fen ila li wa f b o bla hit kif hta yallah wahed mn men kan sir jib dir yak sift msa dok dyl
ki lila dar weld bent ahlan hamdoullah
"""

_DIGIT_WORD = re.compile(r"^(?=[a-z23579]*[aeiou])[a-z23579]*(?:[a-z][23579]|[23579][a-z])[a-z23579]*$")
_NOT_DIGIT_WORD = re.compile(r"^\d+(?:e|eme|er|ere|em|nd|rd|th|st|h|min|mn|am|pm|ans?)$")
# a word then a number ("module3", "groupe2"), unless the letters are no French word: "tmse7", "nfta7" are Arabizi
_WORD_THEN_NUMBER = re.compile(r"^([a-z]{4,})\d+$")
# Arabizi shapes: ma...ch negation, ka-/tay-/gha- verb prefixes (makaynch, kanbghi, taydir, ghandir).
_ARABIZI_SHAPE = re.compile(
    r"^ma[a-z0-9]{3,}(?:ch|sh)$|^ka[nty][a-z0-9]{3,}$|^tay(?!l)[a-z0-9]{3,}$|^gha[nty][a-z0-9]{2,}$")
_NUMBER = re.compile(r"^\d+(?:[a-z]{1,3}\d*)?$")  # 2024, 15h30, 2eme, 10km
_AR_NEGATION = re.compile(r"^ما\w{2,}ش$")
_AR_VERB = re.compile(r"^(?:ك[نيت]|غا[نت])\w{3,}$|^[نت]\w{3,}و$")  # كنقرا، غاندير، نديرو
_AR_NOT_VERB = ("كيف", "كتاب", "كتب", "كتيب", "كنت", "كتل", "كيم", "كيل", "كنز", "كنيس", "كنا", "كيان")
_KEYBOARD = ("qwer", "wert", "rtyu", "tyui", "yuio", "uiop", "asdf", "sdfg", "dfgh", "fghj", "ghjk",
             "hjkl", "zxcv", "xcvb", "cvbn", "vbnm", "azert", "qsdf", "wxcv", "poiu", "lkjh", "mlkj",
             "jklm", "jkl", "sdfs", "dfdf", "fdsq")
_REPEAT = re.compile(r"(.)\1+")
_LONG_REPEAT = re.compile(r"(.)\1{3,}")
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]{6,}")


def arabizi_form(word: str) -> str:
    """Fold Arabizi spelling variants: doubled letters, sh/ch, ou/o/u, e/a, y/i (bzzaf -> bzaf)."""
    word = _REPEAT.sub(r"\1", word)
    return word.replace("sh", "ch").replace("ou", "u").replace("o", "u").replace("e", "a").replace("y", "i")


@functools.lru_cache(maxsize=1)
def arabizi_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Strong and weak Arabizi words, in `arabizi_form`; built on first use."""
    strong = frozenset(arabizi_form(w) for w in _ARABIZI_STRONG.split())
    weak = frozenset(arabizi_form(w) for w in _ARABIZI_WEAK.split()) - strong
    return strong, weak


def is_junk(word: str) -> bool:
    """True for keyboard mashing and letter runs no language here writes (qsdfgh, jjjjj)."""
    if len(word) < 3 or word.isdigit():
        return False
    if _LONG_REPEAT.search(word) or any(k in word for k in _KEYBOARD):
        return True
    letters = "".join(c for c in word if c.isalpha())
    squeezed = _REPEAT.sub(r"\1", letters)
    if len(squeezed) >= 5 and not any(c in "aeiouy" for c in squeezed):
        return True
    return bool(_CONSONANTS.search(squeezed))


def arabic_evidence(words: list[str]) -> tuple[float, float]:
    """Darija and MSA evidence (weighted word counts) in normalized Arabic-script words."""
    darija = msa = 0.0
    prev = ""
    for word in words:
        if word in DARIJA_AR or _AR_NEGATION.match(word) or (prev == "ما" and word.endswith("ش")):
            darija += 1
        elif _AR_VERB.match(word) and not word.startswith(_AR_NOT_VERB):
            darija += 1
        elif word in DARIJA_AR_WEAK or (word.startswith(("فال", "دال")) and len(word) >= 6):
            darija += 0.5
        elif word in MSA_AR:
            msa += 1
        prev = word
    return darija, msa


@dataclass(frozen=True)
class LatinEvidence:
    """Counts over the Latin-script words of a message."""

    n: int
    strong: int  # Arabizi words that French and English do not have
    weak: int  # Arabizi words shared with other uses (salam, inchallah, ana, f)
    fr: int  # French function words
    en: int  # English function words
    neutral: int  # ok, lol, hhh
    junk: int  # keyboard mashing

    @property
    def arabizi(self) -> float:
        """Weighted Arabizi evidence."""
        return self.strong + 0.5 * self.weak


def latin_evidence(words: list[str]) -> LatinEvidence:
    """Count Arabizi, French, English, neutral and junk words among normalized Latin words."""
    strong_words, weak_words = arabizi_lexicon()
    strong = weak = fr = en = neutral = junk = 0
    prev = ""
    for word in words:
        form = arabizi_form(word)
        negated = prev == "ma" and form.endswith("ch") and len(form) >= 3
        if negated and form not in strong_words and "ma" in FR_WORDS:
            fr -= 1  # "la video ma khdamach": "ma" opens Darija's negation, it is not the French "my"
        if word in LOOKALIKES:
            weak += form in strong_words
        elif form in strong_words or is_digit_word(word) or _ARABIZI_SHAPE.match(word) or negated:
            strong += 1
        elif form in weak_words:
            weak += 1
        squeezed = _squeeze(word)
        fr += word in FR_WORDS or squeezed in FR_WORDS
        en += word in EN_WORDS or squeezed in EN_WORDS
        neutral += squeezed in NEUTRAL or set(word) <= set("hax") or word.startswith(("haha", "hihi"))
        junk += is_junk(word) and form not in strong_words
        prev = form
    return LatinEvidence(len(words), strong, weak, fr, en, neutral, junk)


def _squeeze(word: str) -> str:
    """Drop letters repeated for emphasis (merciii -> merci), keeping words of 3+ letters."""
    squeezed = re.sub(r"(.)\1{2,}", r"\1", word)
    return squeezed if len(squeezed) >= 3 else word


def is_digit_word(word: str) -> bool:
    """Arabizi spelling with digits as letters (3afak, m3a, ch7al), not ordinals or "module3"."""
    digits = sum(c.isdigit() for c in word)
    numbered = _WORD_THEN_NUMBER.match(word)
    if numbered and (digits > 1 or numbered.group(1) in french_words()):
        return False
    return (bool(_DIGIT_WORD.match(word)) and not _NOT_DIGIT_WORD.match(word)
            and digits <= len(word) - digits)


def is_number(word: str) -> bool:
    """Numbers and measures that carry no language (2024, 15h30, 2eme), Arabizi words excepted."""
    return bool(_NUMBER.match(word)) and not is_digit_word(word)
