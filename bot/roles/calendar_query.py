"""What a message asks about the calendar: a deadline, a live session, a module's dates, the current
module, the whole calendar, the next dates, or nothing (None), in Arabic, Darija (both scripts) and
French. Rules over normalized text (`retrieval.language.normalize_text`: no accents, folded alef,
hamza and taa marbuta), so the patterns below are written in normalized form.

    >>> parse_calendar_query("fo9ach akhir ajal dyal module 3?")
    CalendarQuery(kind='deadline', module=3)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.roles.calendar_period import PERIOD_KINDS, asks_what_is_on, period_named
from bot.roles.assignment_asked import asks_what_assignment, asks_what_is_required  # noqa: F401
from bot.roles.module_names import AR_MODULE, HOW, MODULE_WORD, module_number, names_module, refers_to_the_module  # noqa: F401
from retrieval.normalize import normalize_text

KINDS = ("calendar", "next", "deadline", "live", "live_all", "module", "next_module", "current_module", "cohort",
         *PERIOD_KINDS)  # a period's: "week", "live_next_month", "deadline_named_month"…

_COMMAND = re.compile(r"^\s*/(calendar|calendrier|agenda|next|prochain|suivant)\b")
_COMMAND_KIND = {"calendar": "calendar", "calendrier": "calendar", "agenda": "calendar",
                 "next": "next", "prochain": "next", "suivant": "next"}



def is_calendar_command(text: str) -> bool:
    """The message is a calendar command alone ("/next", "/calendar", "/agenda")."""
    return bool(_COMMAND.match(normalize_text(text or ""))) and len((text or "").split()) == 1


_DEADLINE_STRONG = re.compile(
    r"deadline|dead line|ديدلاين|dates? limites?|echeance|delai|اخر اجل|اخر موعد|الاجل|\bاجل|الاجال|موعد التسليم|"
    r"akhir ajal|akhir l?ajal|l?ajal\b|lakhir ajal|dernier delai")
_DEADLINE_WEAK = re.compile(
    r"\brendre\b|a rendre|remise|\bdepot|deposer|devoirs?\b|travail|travaux|livrable|tache|تسليم|نسلم|نصيفط|نصيفت|"
    r"\bn?sift|nsifet|nsayft|"
    r"الواجب|الفرض|العمل|الاعمال|المهمه|الدوفوار|دوفوار|الديفوار|يتسلم|tasli?m|nsell?em|nsal?em|lwajib|lkhedma|lkhdma|devoir")
# The words that ask "when?" itself; `_WHEN` adds the bare "date", which also names a deadline.
_ASKS_WHEN = re.compile(
    r"\bquand\b|\bqd\b|\bqnd\b|quelle date|quel jour|quelle heure|a quelle heure|jusqu'a quand|"  # "c pr qd"
    r"combien de temps(?! (?:doit|devrait|faut[- ]il|faudrait|peut|dure|durent|conseill)\w*)|"  # not "how long should it last"
    r"combien de jours|(?:me|nous) reste[- ]t[- ]il|il (?:me|nous) reste combien|"
    r"متي|امتي|امتا|(?<!\w)و?امتا(?!\w)|فوقاش|وقتاش|اش من نهار|اشمن نهار|شمن نهار|اي يوم|اي ساعه|شحال باقي|شحال بقا|"
    r"\bimta\b|\bemta\b|fo9ach|fou9ach|foqach|fuqach|w9tach|wa9tach|wqtach|chmen nhar|ach men nhar|"
    r"ch7al ba9i|chhal ba9i|\bch?[7h]?al ba?9a\b|\bwhen\b")
# A date already missed: "فاتني الأجل", "w ila fat lwa9t", "j'ai raté la date limite", "la date est dépassée".
_MISSED = re.compile(r"فاتني|فاتتني|فاتتو|فاتو|(^|\s)و?(اذا|الا|ايلا)? ?فات(\s|$)|فات الاجل|فات الوقت|"
                     r"(?<!\w)(?:داز|دازت)(?!\w)|\bdaz(et)?\b|"  # Darija "passed": "الديدلاين داز"
                     r"\bfat(ni|etni|atni|tni|et)?\b|\b(j'ai |ai )?rate\b|\bdepassee?s?\b|est passee?\b|deja passee?\b")
_WHEN = re.compile(_ASKS_WHEN.pattern + r"|\bdate\b|تاريخ")
_LIVE = re.compile(
    r"seances? en direct|classes? virtuelles?|\blives?\b|\bvisio|webinaire|webinar|en direct|"
    r"(?:ال|لل|بال|فال|ل)?حصه (?:ال)?مباشره|حصت(?:ه|ها) (?:ال)?مباشره|(?:ال|لل)?حصص (?:ال)?مباشره|اللقاء المباشر|لقاء مباشر|البث المباشر|لايف|"
    r"الحصه الختاميه|حصه ختاميه|seance de cloture|seance finale|"
    r"(?:ال)?(?:حصه|حصص|لقاء|قسم|فصل|اقسام|فصول)\s(?:ال)?افتراضي(?:ه)?|"  # "متى الحصة الافتراضية المقبلة؟"
    r"l?[7h]is?s?a l?mobachira|mobachira|l?[7h]is?s?a live")


def names_live(norm: str) -> bool:
    """A normalized message names a live session ("w live session ila fatetni?", "الحصة المباشرة")."""
    return bool(_LIVE.search(norm))


# Whether attending is required ("La classe virtuelle est-elle obligatoire ?", "wach l7odour f la classe virtuelle
# daruri?"): a question on the rule, which the guide's page on missed live sessions answers (they got the next date)
_MANDATORY = re.compile(r"\b(?:obligatoires?|obligation|obligatory|mandatory|compulsory|necessaires?|daruri|darouri|"
                        r"lazem|lazm)\b|(?<!\w)(?:ضروري|اجباري|الزامي|لازم|لازمه|مفروض)(?!\w)")


def asks_if_mandatory(norm: str) -> bool:
    """Normalized text asks whether something is required ("elle est obligatoire ?", "واش ضروري نحضر؟")."""
    return bool(_MANDATORY.search(norm))


_NEXT = re.compile(
    r"prochaine?s?\b|suivante?s?\b|a venir|الجايه|الجاي\b|القادمه|القادم\b|المقبله|المقبل\b|الموالي|"
    r"\bjaya\b|\bjay\b|lja[y3]a|\bnext\b|\bmqbla\b")
# A module or the course opening or closing, as a verb ("quand commence…", "إمتى كيسالي…") …
_OPENS_CLOSES = re.compile(
    r"\bouvre|commence|\bferme|se termine|termine|"
    r"يفتح|تفتح|غتفتح|غيتفتح|كيتحل|كتحل|يبدا|تبدا|غتبدا|ينتهي|تنتهي|تسالي|كتسالي|يسالي|كيسالي|غيسالي|"
    # Darija "closes" ("إمتا كيتسد الموديل 4؟", "فوقاش كتسد المجزوءة؟"), as whole words
    r"(?<!\w)(?:كي|ك|غي|غ|ي|ت)?(?:تسد|تقفل|تسدات|تقفلات)(?!\w)|"
    r"ghat?bda|kat?bda|\bybda|\btbda|ytsed|tsed|yt7al|tt7al|ghatsali|katsali|kaysali|ghaysali")
# … or as a noun, which also places an activity in a module ("فالبداية ديال المجزوءة ولا فاللخر؟")
_OPEN_CLOSE = re.compile(_OPENS_CLOSES.pattern + r"|ouverture|\bdebut|fermeture|\bfin\b|بدايه|نهايه")
# A timetable of the trainer's own centre or school ("l'emploi du temps officiel des CRMEF pour le deuxième semestre",
# "جدول حصص المركز"): not this course's calendar (a newcomer got the MOOC's whole calendar)
_OWN_TIMETABLE = re.compile(r"\b(emploi du temps|planning|timetable)\b|(?<!\w)(?:ال)?جدول(?!\w)")
_ELSEWHERE = re.compile(r"\b(crmef|cfie|cope|centre|centres|lycee|college|ecole|etablissement|semestre|officiel|"
                        r"academie|aref|direction|classes?)\b|(?<!\w)(?:ال)?(?:مركز|مراكز|ثانويه|اعداديه|مدرسه|"
                        r"مؤسسه|اسدس|الاسدس|اكاديميه|مديريه|رسمي|الرسمي)(?!\w)")
_CALENDAR = re.compile(
    r"calendrier|planning|emploi du temps|\bagenda|toutes les dates|les dates|الجدول الزمني|جدول|"
    r"البرنامج الزمني|التقويم الزمني|التواريخ|المواعيد|\bcalendar|jadwal|lmawa[3a]id")
# The whole calendar asked for, whatever it names inside ("toutes les échéances et les classes virtuelles").
_WHOLE = re.compile(r"calendrier (complet|entier|global|de tout)|tout le calendrier|toutes les (dates|echeances)|"
                    # "شنو هوما الديدلاينات لي باقيين كاملين؟" (the borrowed word, plural, with "all")
                    r"ديدلاينات.*(كاملين|كلهم|كامله)|(كاع|كل|جميع) (ال)?ديدلاينات|ga3 (les |l)?deadlines|deadlines kamlin|"
                    r"الجدول الزمني (الكامل|كامل|كله)|كل (المواعيد|التواريخ|الاجال)|jadwal kaml|ga3 (les dates|lmawa3id)")
# The course's modules themselves asked for ("quels sont les modules du MOOC ?", "شحال من موديل كاين؟", "ما هي وحدات
# هذا المساق؟"): the whole calendar lists them, with their dates
_MODULE_LIST = re.compile(
    r"(quels|quelles) sont les modules|liste des modules|les modules (du|de ce|de la) (mooc|cours|formation)|"
    r"combien (de|y a-t-il de) modules|(كم|شحال (من|د|ديال)?) ?(عدد )?(الوحدات|وحدات|الموديلات|موديل|المجزوءات|مجزوءه)|"
    r"ما هي (ال)?(وحدات|مجزوءات)|ا?شنو (هوما|هما|هي) (الموديلات|الوحدات|المجزوءات)|"
    # how long each lasts ("وما مدة كل وحدة؟", "combien de temps dure chaque module ?"): their dates say it
    r"مده (كل )?(ال)?(وحده|مجزوءه|الوحدات|المجزوءات)|duree (de chaque|des) modules?|"
    r"combien de temps (dure|durent) (un|chaque|les) modules?|"
    r"(ch[7h]al|chhal) (mn|men|d) ?(module|modules|lmodules)|chn?o?u? (homa|huma|hiya|hia) (les |l)?modules")
# This course named ("les modules du MOOC", "had lmooc", "هذا المساق"), not modules in general
_THIS_COURSE = re.compile(r"\b(?:du|ce|le|l)\s?mooc\b|\blmooc\b|ce cours|cette formation|المساق|هذا التكوين|هاد التكوين|"
                          r"هذه الدوره|هاد الدوره|\bhad\b|هاد\b")
# One day named ("واش كاين شي لايف غدا؟", "il y a un live ce soir ?"): that day's live sessions or deadlines, and a
# clear "none that day" before the next one
_DAYS = ((1, re.compile(r"\bdemain\b|غدا|غدوه|\bghd?[ae]?dd?a\b|\bghedwa\b|\bghadan\b")),
         (0, re.compile(r"aujourd'? ?hui|\bce soir\b|اليوم|الليله|\blyoum\b|\blyouma\b|\bhad l[ie]l(a|ia)?\b")))
# Every live session asked for ("liste de toutes les classes virtuelles", "أعطني جدول جميع الحصص المباشرة"), not the
# next one only
_EVERY = re.compile(r"\btoutes les\b|\btous les\b|\bliste\b|جميع|\bكل\b|لائحه|قائمه|\bga3\b|\bkamlin\b|\bkolhom\b|\ball\b")
# the module under way: "الوحدة الحالية", "المجزوءة الحالية" (a newcomer got the platform's navigation page), "أي مجزوءة"
# ... said as such ("c quoi le module en cours ?", "ما هي المجزوءة الحالية؟"): the calendar's, however near a guide page
_CURRENT_NOW = re.compile(r"module (actuel|en cours)|(?<!\w)(?:ال)?" + AR_MODULE + r" (?:ال)?(?:حالي|جاري)ه?(?!\w)|"
                          r"(?<!\w)(?:ال)?" + AR_MODULE + r" (?:لي|اللي|التي) (?:حنا|نحن) فيها|module (?:li|lli) (?:7na|hna) fih")
_CURRENT = re.compile(_CURRENT_NOW.pattern + r"|quel module|dans quel module|(?<!\w)(?:اي|اشمن|شمن|فاشمن|اش من|فاش من) "
                      + AR_MODULE + r"|(f )?ina module|chmen module|achmen module")
_COHORT = re.compile(r"\bl?mooc\b|الموك|المووك|formation|cohorte|المساق|التكوين|الدوره|الفوج|takwin|dawra")
_HOW = HOW
_RECORDING = re.compile(r"\b(?:enregistr\w*|replay|rediffusion|tasjil|ttasjil|registr\w*)\b|(?<!\w)(?:ال)?تسجيل\w*(?!\w)")
_LINK = re.compile(r"\b(?:lien|liens|link|lyen|liyen|url)\b|(?<!\w)(?:ال)?(?:رابط|لينك|ليان)(?!\w)")


@dataclass(frozen=True)
class CalendarQuery:
    """What the message asks: one of `KINDS`, about one module (its number) or about the next item."""

    kind: str
    module: int | None = None
    day: int | None = None  # a live session or deadline asked of one day: 0 today, 1 tomorrow
    month: int | None = None  # a month named ("named_month" kinds: 1 for "janvier", "يناير")


def day_named(norm: str) -> int | None:
    """The day normalized text names (0 today, 1 tomorrow: `_DAYS`), or None."""
    return next((ahead for ahead, pattern in _DAYS if pattern.search(norm)), None)


# "quand" that asks nothing: "quand même" (all the same), or a clause after another question word whose subject
# follows ("Comment animer une classe virtuelle quand les stagiaires gardent la caméra éteinte ?", "est-ce qu'il sera
# quand même corrigé ?" got the calendar's dates instead of the guide's pages)
_QUAND_MEME = re.compile(r"\bquand meme\b")
_QUAND_CLAUSE = re.compile(r"\b(?:comment|que faire|quoi faire|pourquoi|que dois|qu'est ce que je)\b.*?\bquand\s+"
                           r"(?:les|le|la|l'|un|une|des|mes|mon|ma|nos|vos|ses|son|sa|leurs?|ce|cette|ces|c'|"
                           r"je|j'|il|ils|elle|elles|on|nous|vous|tu)(?:\s|(?<=')|$)")


def asks_when(text: str) -> bool:
    """True when a message asks when ("quand", "متى", "فوقاش", "imta"…), not only names a date or a deadline."""
    norm = _QUAND_CLAUSE.sub(" ", _QUAND_MEME.sub(" ", normalize_text(text or "")))
    return bool(_ASKS_WHEN.search(norm))


# A question that asks for a deadline itself ("ما آخر أجل لإيداع خطة المواكبة؟", "Date limite du bilan final ?"): the
# calendar's, however surely a guide page speaks of the task. Not the bare "الأجل", which also names a reply time.
_ASKS_DEADLINE = re.compile(
    r"^\W*(?:(?:et|w|o|wa)\s+|و(?=\s*ا?خر|\s*ما|\s*متي|\s*امتي))?"  # "et la date limite…", "وآخر أجل…"
    r"(?P<asking>(?:ما|ماهو|ما هو|ما هي|شنو|شنو هو|شنو هي|اش|اشنو|واش|متي|امتي|امتا|فوقاش|وقتاش|"
    r"quelle est|quel est|c'est quand|c quand|quand est|chno|achno|ach|imta|fo9ach)\s+)?(?:(?:هو|هي|est|la|le)\s+)?"
    r"(?:اخر اجل|اخر موعد|(?:ال)?اجال|dates? limites?|deadlines?|dernier delai|(?:les |l')?echeances?|akhir ajal"
    r"|l?ajal)(?!\w)")  # the plural ("شنو هي الآجال ديال المجزوءة 2؟" got the platform's navigation page)


ASKS_DEADLINE_BARE_WORDS = 8
_REPLY = re.compile(r"(?<!\w)(?:ل|ال|لل)?(?:رد|يرد|ترد|الرد|جواب|يجيب|يجاوب|اجابه)(?!\w)|"
                    r"\brepon\w*|\bjaw[e]?b\w*|\bird\b")


def asks_deadline(text: str) -> bool:
    """True when a message opens by asking for a deadline ("ما آخر أجل لـ…", "date limite du…", also after an "and":
    "et la date limite du premier devoir ?"), not a missed one."""
    norm = normalize_text(text or "")
    found = _ASKS_DEADLINE.search(norm)
    if not found or _MISSED.search(norm) or _REPLY.search(norm):
        return False  # "آخر أجل لرد المؤطر" is a reply time, the guide's
    # without a question word, only a short message asks it ("آخر أجل للواجب الأول يوم 20، ما صيغة…" does not)
    return bool(found.group("asking")) or len(norm.split()) <= ASKS_DEADLINE_BARE_WORDS


def asks_for_a_date(text: str, query: CalendarQuery | None = None) -> bool:
    """True when a message asks for one of this course's dates itself: a deadline ("ما آخر أجل لـ…", "when is module 3's
    work due?"), or when a module or the course opens or closes ("إمتى كتسد المجزوءة ديال تقويم التعلمات؟", whose
    title is also a guide chapter's). `query`: the message's calendar query when already parsed."""
    if asks_deadline(text):
        return True
    query = query or parse_calendar_query(text)
    if query is not None and query.kind == "deadline" and query.module is not None \
            and asks_what_assignment(normalize_text(text)):
        return True  # "c'est quoi le devoir du module 2 ?": its title and due date, not the page on submitting
    if query is not None and query.kind == "module" and query.module is not None and names_module(
            normalize_text(text)):
        return True  # "c quoi le module 1 déjà ?", "و الموديل 3؟": its title and dates
    if query is not None and query.kind == "current_module" and _CURRENT_NOW.search(normalize_text(text)):
        return True  # "ما هي المجزوءة الحالية؟" got the page on finding one's way on the platform
    if query is not None and query.kind in PERIOD_KINDS:  # "chno kayn had simana f MOOC?" (the weekly hours' page),
        return asks_what_is_on(normalize_text(text))  # not "l'entretien, on le fait quand : … la semaine d'après ?"
    if query is not None and query.kind == "live" and query.module is None and _NEXT.search(normalize_text(text)) \
            and not _HOW.search(normalize_text(text)) and not _MISSED.search(normalize_text(text)):
        return True  # "بغيت نسول على الحصة المباشرة الجاية": the next one's date and link (a newcomer: missed lives)
    if query is not None and query.kind == "live" and _LINK.search(normalize_text(text)) \
            and not _RECORDING.search(normalize_text(text)):
        return True  # "…الحصة المباشرة ديال الوحدة 2؟ فين نلقى الرابط؟": its link (it got the page on missed sessions)
    if query is None or not asks_when(text):
        return False
    if query.kind == "deadline":  # "الواجب ديال المجزوءة 3 إمتى خاصو يتصيفط؟"; "et la date du devoir ?", short
        return query.module is not None or len(normalize_text(text).split()) <= ASKS_DEADLINE_BARE_WORDS
    # opening or closing said as a verb: "في بداية المجزوءة" places an activity in a module, it asks no date
    return query.kind in ("module", "next_module", "cohort") and (
        query.module is not None or bool(_OPENS_CLOSES.search(normalize_text(text))))


def asks_for_outline(text: str) -> bool:
    """True for a question on the course's outline ("quels sont les modules du MOOC ?", "le calendrier complet"):
    the calendar's to answer, whatever page of the guide speaks of modules or MOOCs."""
    norm = normalize_text(text or "")
    if module_number(norm) is not None:
        return False
    named = _THIS_COURSE.search(norm) or len(norm.split()) <= 5  # this course, not modules in general
    return bool(_WHOLE.search(norm) or (_MODULE_LIST.search(norm) and named))




def opens_or_closes(norm: str) -> bool:
    """Normalized text says a module or the course opens or closes, as a verb ("ومتى تفتح؟", "et elle ferme quand ?")."""
    return bool(_OPENS_CLOSES.search(norm))


def parse_calendar_query(text: str) -> CalendarQuery | None:
    """The calendar question in `text`, or None when the message is not about the calendar (a date already
    missed, "فاتني أجل الوحدة الثانية، ماذا أفعل؟", asks what to do, not when: the guide's late-work page)."""
    norm = normalize_text(text or "")
    command = _COMMAND.match(norm)
    if command:
        return CalendarQuery(_COMMAND_KIND[command.group(1)])
    if _MISSED.search(norm) and not _ASKS_WHEN.search(norm):
        return None
    number = module_number(norm)
    when, upcoming = bool(_WHEN.search(norm)), bool(_NEXT.search(norm))
    if _WHOLE.search(norm) and number is None:  # "le calendrier complet : toutes les échéances et les classes…"
        return CalendarQuery("calendar")
    if _MODULE_LIST.search(norm) and number is None:
        return CalendarQuery("calendar")
    day = day_named(norm) if number is None else None
    period = period_named(norm, cue=bool(_LIVE.search(norm) or _DEADLINE_STRONG.search(norm)))
    if _LIVE.search(norm) and _MANDATORY.search(norm) and not when:
        return None  # "La classe virtuelle est-elle obligatoire ?": the guide's rule on attending, not a date
    if _LIVE.search(norm):
        if number is None and period is not None:  # "شي لايف هاد السيمانة؟", "une classe virtuelle en février ?"
            return CalendarQuery(f"live_{period.kind}", month=period.month)
        if number is None and _EVERY.search(norm):
            return CalendarQuery("live_all")
        return CalendarQuery("live", number, day)
    if number is None and period is not None and _DEADLINE_STRONG.search(norm):  # "les échéances de janvier"
        return CalendarQuery(f"deadline_{period.kind}", month=period.month)
    if _DEADLINE_STRONG.search(norm) or (_DEADLINE_WEAK.search(norm) and (when or upcoming)):
        return CalendarQuery("deadline", number, day)
    if number is not None and asks_what_assignment(norm):
        return CalendarQuery("deadline", number)
    if number is not None and (when or upcoming or _OPEN_CLOSE.search(norm) or names_module(norm)):
        return CalendarQuery("module", number)
    if MODULE_WORD.search(norm) and upcoming and (when or _OPEN_CLOSE.search(norm)):
        return CalendarQuery("next_module")  # "إمتى كيبدا المودول الجاي؟"
    if MODULE_WORD.search(norm) and when and _OPENS_CLOSES.search(norm):
        return CalendarQuery("module")  # "إمتى كتسد المجزوءة ديال تقويم التعلمات؟": the module its title names
    if period is not None and (number is None or period.kind.endswith("week")):  # "qu'est-ce qui est prévu cette
        return CalendarQuery(period.kind, month=period.month)  # semaine ?", "et en février ?"
    if _CURRENT.search(norm):
        return CalendarQuery("current_module")
    if _CALENDAR.search(norm) and not (_OWN_TIMETABLE.search(norm) and _ELSEWHERE.search(norm)
                                       and not _THIS_COURSE.search(norm)):
        return CalendarQuery("calendar")
    if _COHORT.search(norm) and _OPEN_CLOSE.search(norm) and when:
        return CalendarQuery("cohort")
    if upcoming and when:
        return CalendarQuery("next")
    return None
