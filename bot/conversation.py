"""Conversation memory: what a trainer's last exchange was about, so a follow-up is read in context.

The memory is the trainer's latest stored interaction (no table of its own): the question, the sections cited, the
reply language and, after a clarifying question, the options offered. It expires after `RAFIQ_CONVERSATION_MINUTES`
and goes with the interactions on /forget. Follow-ups are recognised by short rules in both languages (`follow_up`):

    "et en arabe ?" / "بالفرنسية؟"      → the same section in the other language
    "un exemple" / "عطيني مثال"         → the same section again, read for that need
    "plus de détails" / "w daba?"       → the same section again ("plus de détails sur X": its part on X)
    "1", "oui", "نعم", "le deuxième"    → the option chosen after a clarifying question
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from bot.store.schema import Interaction, User
from bot.store import Store
from bot.types import Intent, Reason
from bot.language_request import MAX_SAY_AGAIN_WORDS, other_language_asked, word_count
from bot.conversation_language import conversation_language  # noqa: F401 (re-exported)
from retrieval.normalize import normalize_text

OTHER_LANG, EXAMPLE, MORE, CHOICE = "other_lang", "example", "more", "choice"

# An example asked for in other words, however long the message: "un cas concret", "illustrer", "à quoi ça
# ressemble", "montre-moi", "نموذجا" (a sample), "بحال شنو" / "b7al chno" (like what?).
_EXAMPLE = re.compile(r"(exemple|مثال|امثله|mithal|mital|m[i9]thal|example)|\bcas (concrets?|types?)\b"
                      r"|\b(?:un|des|chi) modeles?\b|\bmodeles? de (?:message|mail|courriel|lettre|relance|texte)"
                      r"|\billustre[rz]?\b|a quoi (ca|cela) ressemble|\bmontre[rz]?[- ](moi|nous)\b"
                      r"|نموذج|بحال شنو|\bb7al (chno|ach)\b")
# Asking for the concrete side in a very short message ("un cas concret ?", "et en pratique ?", "مثلا؟")
_CONCRETE = re.compile(r"^(et )?(un |des )?cas (concrets?|pratiques?)$|concretement|\billustre[rz]?\b|^(et )?en pratique"
                       r"|^مثلا$|تطبيقي|بشكل عملي|ف ?الواقع|f ?lwa9i3")
MAX_CONCRETE_WORDS = 4
_MORE = re.compile(r"^(et )?(plus de details?|detaille[rz]?|explique[rz]? (plus|mieux)|et (apres|ensuite|maintenant)|"
                   r"c'?est tout|c tout|ce tout|encore\s*[?!.]*$|et alors|w? ?daba|kifach|kifash|zid|زيد|وضح( اكثر)?|اشرح( اكثر)?|و ?بعد|و ?دابا|"
                   r"كيفاش|ثم ماذا|و ?من بعد|و?ما هي (?:الخطوه|المرحله) (?:التاليه|المواليه)|(?:chno )?lmar[7h]ala jaya"
                   r"|(?:quelle est )?(?:l'|la )?(?:etape|phase) suivante|(?:chno )?lkhatwa jaya"  # the next step
                   # the rest of what was cut ("la suite stp", "et les étapes suivantes ?", "w ba9i?", "كمل")
                   r"|la suite|(?:les )?(?:etapes|points|elements) suivante?s|continue[rz]?|kmm?e?l|kemmel|kammel|"
                   r"w ?ba9i|ba9i (?:les|l)|(?:و ?)?الباقي|و ?باقي|الخطوات (?:التاليه|المواليه|الباقيه)|"
                   r"(?:كمل|كملي|تابع|واصل)(?: (?:عافاك|من فضلك|الله يخليك))?$)\b")
# Asking for more on the last answer, then naming the part ("plus de détails sur ce qu'on fait des résultats",
# "وضح أكثر كيف نستعمل النتائج", "zid chra7 3la l grille"): a follow-up however long (up to
# MAX_SAY_AGAIN_WORDS), answered from the last section, read for the part named.
_MORE_ON = re.compile(r"^(et )?(plus de details?|davantage de details|detaille[rz]?|explique[rz]? (plus|mieux)|tu peux detailler|"
                      r"وضح اكثر|اشرح اكثر|اشرح لي اكثر|المزيد من|مزيد من|تفاصيل اكثر|زيد ?شرح|زيدني|فصل اكثر|"
                      r"zid ?(chra7|chre7|fesser|wadda7)|zidni|ktar 3la|3awe?d ?(chra7|chre7)|عاود ?(شرح|شرحو|شرحها)|اعد الشرح)\b")
# An option chosen by its number or its rank, in French, Arabic, Darija and Arabizi ("2", "le deuxième", "la 3",
# "الثانية", "التانية", "الجوج", "ltanya", "joj", "رقم 2", "option 2"), as normalized (ى→ي, ة→ه).
_CHOICE_PREFIX = r"(?:(?:le|la|l'|n°|no|numero|num|option|choix|رقم|الخيار|الاختيار|ra9m|l?khiyar|l?khyar)\s*)?"
_CHOICE_WORDS = {
    1: r"1|un|une|premier|premiere|le premier|la premiere|الاول|الاولي|الاوله|اللول|اللوله|واحد|الواحد|lowel|lowla"
       r"|lwla|lewla|lwel|louwel|wa7ed|wahed|l?wa7da",
    2: r"2|deux|deuxieme|le deuxieme|la deuxieme|le second|la seconde|second|seconde|الثاني|الثانيه|التاني|التانيه"
       r"|الجوج|جوج|زوج|اثنان|اثنين|tani|tania|tanya|ttani|ttanya|ltani|ltanya|joj|jouj|zouj",
    3: r"3|trois|troisieme|le troisieme|la troisieme|الثالث|الثالثه|التالت|التالته|تلاته|ثلاثه|talt|talta|ttalt|ttalta"
       r"|ltalt|ltalta|tlata",
}
CHOICES = {number: _CHOICE_PREFIX + f"(?:{words})" for number, words in _CHOICE_WORDS.items()}
_YES = re.compile(r"^(oui|ouais|yes|(?:ok|okay|واخا|wakha)(?!.*(?:merci|شكرا|chokran|choukran))|exactement|"  # "ok
                  r"c'?est (ca|cela)|oui c'?est ca|نعم|اه|ايه|ايوا|بالضبط|ih|iyeh|wah|ah|na3am)\b")  # merci": thanks
MAX_FOLLOW_UP_WORDS = 6
MIN_NAMED_CHOICE_WORDS = 2  # words after "oui" / "نعم" that say in words which option is meant
_YES_TAIL = frozenset("c c' cest est ca cela exactement merci beaucoup stp svp bien sur tout a fait oui هادي هي هو "
                      "شكرا بزاف عافاك بالضبط نعم hadi hiya howa chokran choukran bzaf 3afak".split())  # name nothing


@dataclass(frozen=True)
class LastTurn:
    """The trainer's previous exchange, as far as a follow-up needs it."""

    question: str
    lang: str
    sections: tuple[str, ...]  # cited by the answer, or offered by a clarifying question
    clarifying: bool
    shown: str = ""  # the reply the trainer was given (so that a follow-up does not repeat it)
    reasked: bool = False  # a clarifying question asked again (its options were not chosen the first time)
    seen: str = ""  # all the section showed in a row ("encore ?" after two follow-ups gave its start again)
    latest: bool = True  # the trainer's latest exchange (not one before an unsure question or an aside off topic)


# Opening on "and / or / and if…", a message goes on from the previous one ("w ila ma l9itch lbouton?", "et si…")
_CONTINUES = re.compile(
    r"^(?:w|wa|o|et|ou|mais|wila|w?ila|walakin)\s"
    r"|^و(?:اذا|إذا|ا?لا|إلا|لكن|كيف\w*|شحال|شنو|اشنو|فين|اين|أين|امتى|إمتى|متى|مازال|ما|علاش|لماذا|هل|ماذا"
    r"|بالنسبه|بالنسبة|واش|من|منين|حتى|ال|ب|ف|ك)")


# "And the X?": a short message that names another topic after a connector ("et la sommative ?", "w l éthique?",
# "والتقويم الإجمالي؟", "و بالنسبة للمنتدى؟"), not a condition on the same one ("et si…", "w ila…", "وإذا…").
_AND_THE = re.compile(
    r"^(?:et|mais|w|o|wa)\s+(?:pour\s+(?:avoir\s+|obtenir\s+)?|quant\s+a(?:u|ux)?\s+|concernant\s+|sur\s+|f\s+|fi\s+)?"
    r"(?:l'|l\s|le\s|la\s|les\s|el\s|du\s|des\s|lil?\s)"
    r"|^و\s?(?:ال(?!ا(?:\s|$)|له(?:\s|$))|بالنسب[ةه]\s?ل|ماذا\s+عن|شنو\s+على|فيما\s+يخص)")  # not "وإلا", "والله"
NAMES_TOPIC_MAX_WORDS = 6


def names_another_topic(text: str) -> bool:
    """True for a short "and the X?" message (`_AND_THE`): it may move to a neighbouring section."""
    norm = normalize_text(text).strip(" ?!.؟،,")
    return len(norm.split()) <= NAMES_TOPIC_MAX_WORDS and bool(_AND_THE.search(norm))


# "et l'échange juste après ?", "ومن بعد، كيفاش ندير الجلسة معاه؟", "w mn b3d?": the step after the one just read
_MOVES_ON = re.compile(r"\b(?:apres|ensuite|par la suite)\b|(?<!\w)(?:و?من بعد|بعد ذلك|بعدها|بعد انتهاء|ومن ثم)(?!\w)|"
                       r"\b(?:mn b3d|men ba3d|mn ba3d|b3d ma)\b")


def moves_on(text: str) -> bool:
    """True when a message asks about what comes after what was just read."""
    return bool(_MOVES_ON.search(normalize_text(text)))


def asks_for_example(text: str) -> bool:
    """True when a message asks for an example ("هل من مثال على…", "un exemple de grille ?"), however long."""
    return bool(_EXAMPLE.search(normalize_text(text)))


def bare_more(text: str) -> bool:
    """More asked for and nothing named ("plus de détails", "zid", "et après ?"): the rest of what was shown."""
    return follow_up(text) == (MORE, None) and word_count(text) <= MAX_CONCRETE_WORDS


def continues(text: str) -> bool:
    """True when a message opens as the continuation of the previous one (see `_CONTINUES`)."""
    return bool(_CONTINUES.search(normalize_text(text).strip()))

_ACKNOWLEDGED = re.compile(r"^(?:ok|okay|d'?accord|merci|parfait|wakha|safi|mzyan|واخا|طيب|مزيان|شكرا|حسنا)[\s,!.،]+")


def leans_on_conversation(text: str) -> bool:
    """A message short or continuing (`continues`) after an acknowledgement ("ok et elle dure combien de temps ?")."""
    rest = _ACKNOWLEDGED.sub("", normalize_text(text).strip())
    return word_count(rest) <= MAX_FOLLOW_UP_WORDS or continues(rest)


def more_with_a_question(text: str) -> bool:
    """True when a message that `follow_up` reads as "more" opens on a sequencing word and then asks something
    of its own ("ومن بعد كيفاش نكتب الأهداف؟", "kifach ngolo évaluation b l3arbia?"), where "w daba?", "et après ?"
    or "plus de détails" ask for nothing but more: the first may move to the section its own words name."""
    norm = normalize_text(text).strip(" ?!.؟،,")
    if _MORE_ON.search(norm):
        return False
    opener = _MORE.search(norm)
    return opener is not None and len(norm[opener.end():].split()) >= 2


_BARE_NUMBER = re.compile(r"[(\s]*([1-9][0-9]?|[١-٩][٠-٩]?)[.)\s]*")  # "10", "12": a long list's steps too


def bare_number(text: str) -> int | None:
    """The number a message is made of alone ("1", "2.", "(3)", "٢"): an option or a step chosen; else None."""
    found = _BARE_NUMBER.fullmatch(text or "")
    return int(found.group(1).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))) if found else None


def follow_up(text: str) -> tuple[str, object] | None:
    """The kind of follow-up a short message is (and its argument), or None for a message of its own."""
    norm = normalize_text(text).strip(" ?!.؟،,")
    if not norm:
        return None
    target = other_language_asked(norm)
    if target is not None:
        return OTHER_LANG, target
    words = len(norm.split())
    if words > MAX_SAY_AGAIN_WORDS:
        return None
    if words > MAX_FOLLOW_UP_WORDS:
        return (MORE, None) if _MORE_ON.search(norm) and not _EXAMPLE.search(norm) else None
    for number, pattern in CHOICES.items():
        if re.fullmatch(pattern, norm):
            return CHOICE, number
    yes = _YES.search(norm)
    if yes:  # "oui", "نعم، الثاني"; "نعم، أقصد التقويم بين الأقران" names its choice in words: read as a message
        rest = norm[yes.end():].strip(" ,،")
        named = next((n for n, pattern in CHOICES.items() if re.fullmatch(pattern, rest)), None)
        if named is not None or len([w for w in rest.split() if w not in _YES_TAIL]) < MIN_NAMED_CHOICE_WORDS:
            return CHOICE, named or 1
    if _EXAMPLE.search(norm) or (len(norm.split()) <= MAX_CONCRETE_WORDS and _CONCRETE.search(norm)):
        return EXAMPLE, None
    if _MORE.search(norm) or _MORE_ON.search(norm):  # "zidni chwiya dial tafasil", "زيدني شوية"
        return MORE, None
    return None

MAX_FOLLOW_UPS_BACK = 3  # follow-ups in a row looked through for the question they go on from


class StoreMemory:
    """Reads the last turn from the store's interactions: ``StoreMemory(store, minutes=30).last("telegram", "42")``."""

    def __init__(self, store: Store, minutes: float = 30.0) -> None:
        self.store = store
        self.window = timedelta(minutes=minutes)

    def latest_row(self, channel: str, user: str, now: datetime | None, before: int | None = None) -> Interaction | None:
        """The trainer's latest interaction within the window (before the interaction `before`), or None."""
        since = (now or datetime.now(timezone.utc)) - self.window
        query = (select(Interaction).join(User, User.id == Interaction.user_id)
                 .where(User.channel == channel, User.external_id == user))
        if before is not None:
            query = query.where(Interaction.id < before)
        with self.store.session() as s:
            row = s.scalar(query.order_by(Interaction.id.desc()).limit(1))
        if row is None:
            return None
        created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=timezone.utc)
        return row if created >= since else None

    def last_notice(self, channel: str, user: str, now: datetime | None = None) -> str | None:
        """The reason of the trainer's latest exchange within the window when it cited no section (a ticket for
        a tutor, the off-topic reply: "low_confidence", "off_topic"…), else None."""
        row = self.latest_row(channel, user, now)
        return row.reason if row is not None and row.reason and not row.citations else None

    def tutor_offered(self, channel: str, user: str, now: datetime | None = None) -> Interaction | None:
        """The latest exchange when Rafiq's last word offered a tutor for it (👎 under it, or "not helpful" said)."""
        row = self.latest_row(channel, user, now)
        offered = row is not None and (row.feedback == "down"
                                       or (row.reason == Reason.NOT_HELPFUL and row.intent != Intent.HANDED_OVER))
        return row if offered else None  # not the hand-over itself: "oui" again would open another ticket

    def last_intent(self, channel: str, user: str, now: datetime | None = None) -> str | None:
        """What the trainer's latest message within the window was taken for ("socio_cognitive"…), or None."""
        row = self.latest_row(channel, user, now)
        return row.intent if row is not None else None

    def last_calendar_exchange(self, channel: str, user: str,
                               now: datetime | None = None) -> tuple[str, str | None] | None:
        """The trainer's question and the reply's language when their latest exchange within the window was answered
        by the calendar, else None."""
        row = self.latest_row(channel, user, now)
        return (row.text, row.reply_lang) if row is not None and row.intent == "organizational" \
            and not row.citations else None

    def last_calendar_question(self, channel: str, user: str, now: datetime | None = None) -> str | None:
        """The trainer's question when their latest exchange within the window was answered by the calendar."""
        exchange = self.last_calendar_exchange(channel, user, now)
        return exchange[0] if exchange else None

    def calendar_questions(self, channel: str, user: str, now: datetime | None = None, most: int = 2) -> list[str]:
        """The trainer's latest questions answered by the calendar in a row (at most `most`, the latest first):
        "Quand commence le module 2 ?" then "et pour le module 5 ?", which the calendar reads only with the first."""
        questions: list[str] = []
        row = self.latest_row(channel, user, now)
        while row is not None and row.intent == "organizational" and not row.citations and len(questions) < most:
            questions.append(row.text)
            row = self.latest_row(channel, user, now, before=row.id)
        return questions

    def last(self, channel: str, user: str, now: datetime | None = None) -> LastTurn | None:
        """The trainer's latest exchange about the guide within the window, or None. A question handed to a tutor as
        unsure or an aside off topic does not end the conversation: the exchange before it is read ("w ila kan smiya
        ghalta fiha?" after an unsure one went to a tutor, read alone; "il fait beau à Rabat ?" between two)."""
        row = latest = self.latest_row(channel, user, now)
        if row is not None and not row.citations and row.reason in (Reason.LOW_CONFIDENCE, Reason.OFF_TOPIC):
            row = self.latest_row(channel, user, now, before=row.id)
        if row is None or not row.citations:
            return None
        sections = tuple(dict.fromkeys(c.get("id", "") for c in row.citations if c.get("id")))
        asked = self._first_asked(channel, user, row, now)
        question = self._question_meant(channel, user, asked, row.citations[0], now)
        shown, before = row.reply_text or "", row
        for _ in range(MAX_FOLLOW_UPS_BACK):
            before = self.latest_row(channel, user, now, before=before.id)
            if before is None or [c.get("id") for c in before.citations or ()][:1] != [sections[0]]:
                break
            shown = f"{before.reply_text or ''}\n{shown}"
        return LastTurn(question, row.reply_lang, sections, row.reason == Reason.CLARIFY, row.reply_text or "",
                        reasked=asked is not row, seen=shown, latest=row is latest)

    def _first_asked(self, channel: str, user: str, row: Interaction, now: datetime | None) -> Interaction:
        """The exchange a clarifying question asked again (same options just before) was first asked on, else `row`."""
        offered = [c.get("id") for c in row.citations]
        for _ in range(MAX_FOLLOW_UPS_BACK):
            before = self.latest_row(channel, user, now, before=row.id) if row.reason == Reason.CLARIFY else None
            if before is None or before.reason != Reason.CLARIFY or [
                    c.get("id") for c in before.citations or ()] != offered:
                break
            row = before
        return row

    def _question_meant(self, channel: str, user: str, row: Interaction, first: dict, now: datetime | None) -> str:
        """The question an exchange answered: its text, or for a follow-up ("1", "un exemple") the question it followed
        on the same section (`first`, its first citation), else that section's title ("1" alone found the fees)."""
        def followed(row: Interaction) -> bool:  # read as a follow-up ("kifach …" opening a question is not one)
            return row.intent == Intent.FOLLOW_UP and follow_up(row.text) is not None
        for _ in range(MAX_FOLLOW_UPS_BACK):
            if not followed(row):
                return row.text
            before = self.latest_row(channel, user, now, before=row.id)
            if before is None or before.reason == Reason.CLARIFY or first.get("id") not in {
                    c.get("id") for c in before.citations or ()}:
                break
            row = before
        return first.get("title") or row.text if followed(row) else row.text
