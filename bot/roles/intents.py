"""Exact phrases the Tutor trusts beside the learned intent model (`bot/roles/intent_model.py`).

Two short rule lists over normalized text (Arabic, Darija in both scripts, French): a message that is
only a greeting or only thanks, and an explicit request to talk to a person. Nothing here routes on a
single word: "tuteur", "quand" or "stress" in a question go to the guide (`bot/understanding.py`).
"""
from __future__ import annotations

import re

from bot.guards import approval_only
from retrieval.normalize import normalize_text

GREETING, THANKS = "greeting", "thanks"

_GREETINGS = r"(salam|slm|salut|bonjour|bonsoir|coucou|hello|hi|ahlan|marhba|السلام عليكم|السلام|سلام|مرحبا|اهلا|صباح الخير|مساء الخير|صباح النور|ⴰⵣⵓⵍ|azul)"
GREETING_WORDS = _GREETINGS  # the greetings alone, for the modules that read a greeting followed by something else
# Leaving ("au revoir" was greeted with "Bonjour !"): routed as thanks, answered with a goodbye (`farewell_only`;
# "bslama" got "you're welcome")
_FAREWELL = (r"(au revoir|a bientot|a plus|bonne (journee|soiree|nuit|continuation)|bslama|b?ssalama|m3a ?salama|"
             r"مع السلامه|بالسلامه|الى اللقاء|تصبح على خير|bye|ciao)")
_THANKS = (r"(merci|mrc|thanks|thank you|choukran|chokran|shukran|barak ?a? ?a?ll?ah?[ou]{0,2} fik|"
           r"(?:allah |lah |la )?y[3a]?(?:a|e)?tik (?:e?s+a+h+a+|sa7+a|s7a|sa77a)|jazak ?a?llah?u? (?:khayran|khir|bikhir)|"
           r"شكرا|شكرا جزيلا|بارك الله فيك|الله يجازيك|تبارك الله|الله يعاونك|الله يخليك|(?:الله |ربي )?يعطيك الصحه|"
           r"جزاك الله خيرا|جزاك الله خير|الله يحفظك|ربي يحفظك|lah y3awnek|lah ykhalik|" + _FAREWELL + ")")
_HUMAN = re.compile(  # a request to be answered by a person, not the mere word "tuteur" or "مؤطر"
    r"((parler|discuter|echanger|ecrire|avoir affaire) (a|avec) (un |une |le |la |mon |ma |un vrai |une vraie )?"
    r"(tuteur|tutrice|humain|personne|conseiller|conseillere|formateur|quelqu'?un)|"
    r"(je veux|je voudrais|j'aimerais|je prefere|passez[- ]moi|transmettez|transferez) (a |avec )?"
    r"(un |une |le |la |mon |ma )?(vrai |vraie )?(tuteur|tutrice|humain|personne|conseiller)|"
    r"un (etre )?humain|une vraie personne|une personne reelle|pas (a |avec )?un robot|"
    r"بغيت نهضر مع|بغيت نتكلم مع|نتكلم مع|نهضر مع|اريد التحدث (مع|الى)|اريد التواصل مع|اريد مؤطرا|بغيت شي مؤطر|"
    r"مؤطر بشري|انسان حقيقي|شخص حقيقي|ماشي روبو|"
    r"bghit nhder m3a|bghit ntkellem m3a|bghit ntkelem m3a|bghit chi mo2atir|bghit chi mou2atir|"
    r"nhder m3a chi|m3a chi bnadem|machi robot)")


# Taking note ("ok", "d'accord", "wakha", "واخا", "c'est clair"): said alone, answered like thanks, not read as a
# question ("ok" got "Je ne vois pas encore ce que vous cherchez", or the next part of the last answer)
_ACKNOWLEDGE = (r"(ok|okay|oki|okk|d['\s]?accord|dac|entendu|compris|parfait|tres bien|super|"
                r"c['\s]?est (bon|clair|note|compris)|wakha|waxa|safi|mzyan|mezyan|فهمت|مفهوم|واخا|صافي|طيب|حسنا|مزيان|تمام|tamam)")


def taking_note(text: str) -> bool:
    """True when a message is only taking note and thanks ("ok", "ok merci", "واخا شكرا"), nothing asked or added."""
    words = re.sub(r"[^\w\s']", " ", normalize_text(text)).strip()
    either = rf"(?:{_ACKNOWLEDGE}|{_THANKS})"
    return bool(words) and bool(re.fullmatch(rf"{either}(?:\s+{either})*", words))


def acknowledged_only(text: str) -> bool:
    """True when a message only takes note ("ok", "d'accord", "واخا"), with no thanks in it."""
    return taking_note(text) and not re.search(rf"(?<!\w){_THANKS}(?!\w)", normalize_text(text))


def thanks_reply(text: str) -> str:
    """The text key of the reply to thanks: "farewell" (leaving), "acknowledged" (only taking note) or "thanks"."""
    return "farewell" if farewell_only(text) else "acknowledged" if acknowledged_only(text) else "thanks"


def farewell_only(text: str) -> bool:
    """True when a message only takes leave ("bslama", "au revoir, bonne journée"), no thanks in it."""
    norm = normalize_text(text)
    return _only(_FAREWELL, norm) and not re.search(rf"(?<!\w){_THANKS}(?!\w)", re.sub(_FAREWELL, " ", norm))


def _only(pattern: str, text: str) -> bool:
    stripped = re.sub(r"[^\w\s']", " ", text).strip()
    return bool(re.fullmatch(rf"({pattern}\s*)+(\w{{0,10}}\s*){{0,2}}", stripped))


def _polite(pattern: str, text: str) -> bool:
    """Thanks or greetings with a few kind words around them ("merci beaucoup, c'est très clair"), no question."""
    if "?" in text or "؟" in text:
        return False
    words = re.sub(r"[^\w\s']", " ", text).split()
    return 0 < len(words) <= 7 and bool(re.match(rf"\W*{pattern}\b", text))


def polite_only(text: str) -> str | None:
    """"greeting" or "thanks" when the message is only that (a few kind words around it), else None."""
    norm = normalize_text(text)
    if _only(_GREETINGS, norm):
        return GREETING
    if _only(_THANKS, norm) or _polite(_THANKS, norm) or taking_note(text) or approval_only(text):
        return THANKS
    return None


def has_polite_word(text: str) -> bool:
    """A thanks or a greeting anywhere in the message ("wakha chokran", "oui merci beaucoup")."""
    norm = normalize_text(text)
    return bool(re.search(rf"(?<!\w){_THANKS}(?!\w)", norm) or re.search(rf"(?<!\w){_GREETINGS}(?!\w)", norm))


# A hand-over asked for in so many words, which no question about the guide is: "transfer me / my question to a
# person", "may someone of the team contact me", "talk with a real person" (the model heard "هل يمكن تحويلي الى
# شخص من فريق المساق؟" as content, 0.97, from the team's and the course's words). Normalized text (الى → الي).
_HAND_OVER = re.compile(
    r"(?:تحويل|تحويلي|تحولني|حولني|تحيلني|احلني|احالتي|احاله|تحيل|توجيهي|توجهني|وجهني)(?:\s+\w+){0,2}\s+"
    r"(?:الي|ل|علي)\s*(?:ال)?(?:شخص|احد|عضو|اعضاء|موطر|مكون|مسوول|انسان|بشر)|"
    r"(?:يتواصل|يتصل|يكلمني|يجيبني)\s+(?:معي\s+|بي\s+)?(?:احد|شخص|عضو|موطر|مكون|مسوول|انسان)|"
    r"(?:التواصل|التحدث|اتحدث|اتواصل|الحديث|اكلم|الكلام)\s+(?:مع|الي)\s+(?:شخص|انسان|بشر)\s*(?:حقيقي|بشري)|"
    r"\b(?:transferez|transmettez|passez)[- ](?:moi|ma (?:question|demande))\s+(?:a|vers)\s+(?:un|une|quelqu)|"
    r"\b(?:pouvez-vous|pourriez-vous|peux-tu|pourrais-tu)\s+(?:me\s+)?(?:transferer|transmettre|passer)\s+"
    r"(?:ma (?:question|demande)\s+)?(?:a|vers)\s+(?:un|une|quelqu)|"
    r"\bqu'?un (?:membre )?de l'equipe (?:me |puisse me )?(?:contacte|rappelle|reponde)|"
    # "I want a tutor" said as such, as Rafiq's own replies ask to write it (« je veux un tuteur », «أريد مؤطرا»),
    # whatever else the message tells ("3afak bghit tuteur, ma9dertch nsift devoir…" got the steps to submit)
    r"(?:^|[\s,.!])(?:je veux|je voudrais|3afak|svp)?\s*(?:je veux|je voudrais) (?:un|une) (?:tuteur|tutrice)\b|"
    r"(?:^|[\s,.!])(?<!ma )bghit (?:chi |wa7ed |wahed |l ?)?(?:tuteur|tutrice|mo2atir|mou2atir)\b|"
    r"(?:^|\s)(?:اريد|بغيت)\s+(?:شي\s+)?(?:مؤطرا|موطرا|مؤطر|موطر|طوطور|توتور)(?:\s|$|[،,.!؟?])|"
    # "بغيت نهضر مع شي مؤطر، عندي مشكل…", "bghit nhder m3a chi tuteur, 3ndi mochkil…" (the upload steps, a newcomer)
    r"(?:^|\s)(?:اريد|بغيت)\s+(?:ان\s+)?(?:نهضر|نتكلم|نتواصل|اتحدث|اتكلم|اتواصل)\s+مع\s+(?:شي\s+|احد\s+)?(?:ال)?"
    r"(?:مؤطر|موطر|طوطور|توتور|بنادم|انسان)|"
    r"(?:^|[\s,.!])bghit (?:nhder|nhdar|nhdr|ntkellem|ntkelem|ntwasel) m3a (?:chi |wa7ed |l ?)?"
    r"(?:tuteur|tutrice|mo2atir|mou2atir|bnadem)\b")


def hand_over_asked(text: str) -> bool:
    """A hand-over to a person asked for in so many words (see _HAND_OVER): a person's, whatever the model hears."""
    return bool(_HAND_OVER.search(normalize_text(text)))


# How to talk with him, her or them ("كيفاش نهضر معاه؟" about a discouraged participant): a question for the guide,
# not a request to talk with someone ("واش كاين شي بنادم نهضر معاه؟" is one).
_HOW_TO_TALK_WITH = re.compile(r"(?:كيفاش|كيف|kifach|kifash|kifech)\s+(?:\S+\s+){0,2}"
                               r"(?:نهضر|نتكلم|نتواصل|nhder|ntkellem|ntkelem)\s+(?:مع|m3a)\w+")


def human_phrase(text: str) -> bool:
    """An explicit request to be answered by a person ("je veux parler à un tuteur", "بغيت نهضر مع شي مؤطر"); asking
    how to talk with someone is not one."""
    norm = normalize_text(text)
    return bool(_HUMAN.search(norm)) and not _HOW_TO_TALK_WITH.search(norm)


# Articles and possessives around a bare noun ("mon tuteur", "le tuteur ?", "المؤطر ديالي", "tuteur dyali").
_DETERMINERS = re.compile(r"^(?:(?:mon|ma|mes|le|la|les|un|une|notre|votre)\s+|l'|l\s)|\s+(?:dyali|dyalna|ديالي|ديالنا)$")


_A_PERSON = {"humain", "human", "personne", "bnadm", "bnadem", "بنادم", "انسان", "شخص"}

# A person, a conversation with one, or a hand-over, in any of the four varieties: a request for a human names
# one of these ("je voudrais parler à quelqu'un", "transmettez ma demande", "بغيت نهضر مع شي حد"); "Je voudrais
# des conseils sur l'évaluation" and "عافاك بغيت نفهم الشبكة" name none, whatever the model hears in them.
_SOMEONE = re.compile(
    # French and Arabizi words, whole
    r"(?<!\w)(tut(eur|rice)s?|humaine?s?|human|personne|quelqu'?un|conseill\w*|formateur|formatrice|encadr\w*|"
    r"responsable|coordinat\w*|equipe|membre|robot|parler|discuter|appel\w*|rappel\w*|contact\w*|joindre|"
    r"transm\w*|transf[eé]r\w*|ticket|rendez-vous|someone|person|talk|speak|l?mo2at+ir\w*|l?mou2at+ir\w*|l?mo2ater|"
    r"bnadem|bnadm|insan|nhder|nhdr|ntkel+em|ntwasel|ncontacti|wa7e?d|wahe?d|7e?d|7ad|7awel|7wel|dowezni|dawezni|"
    r"wasselni|wesselni|wselni|حد)(?!\w)"
    # Arabic stems, inside words (with their articles and prepositions: بالموطر، للمؤطر، مؤطرا، شخصا)
    r"|موطر|مكون|مستشار|منسق|مسوول|مشرف|فريق|شخص|انسان|بشري|احد|واحد|بنادم|روبو|"
    r"نهضر|نتكلم|تكلم|اكلم|التحدث|اتحدث|الحديث|محادث|مكالم|التحاور|تواصل|اتصل|يتصل|نتاصل|عيط|"
    r"وصلني|وصلوني|دوزني|حولني|حول |تحويل|احل|رفع سوال|موعد|تذكر")


# Words that name no one to talk to: "personne ne répond" (nobody), becoming a tutor oneself ("بغيت نولي tuteur",
# "devenir tuteur"): a newcomer's "Et si personne ne répond aux fils ?" opened a ticket
_NO_ONE = re.compile(r"\bpersonne (?:ne|n')|(?:devenir|deviens|nwli|nwelli|nweli|نولي|اصبح|اصير|نصبح)\s+\S*\s?"
                     r"(?:tut(?:eur|rice)|mo2at+ir\w*|mou2at+ir\w*|\S*موطر\w*|formateur|formatrice)|"
                     # someone in a case put ("w ila kan chi wa7ed ma bghach ykhdem?", "وإذا كان أحد المشاركين…",
                     # "et si quelqu'un…"): a situation, not a person to talk to (it opened a ticket)
                     r"(?:\bw?ila|\bwida|\bida|\bidha|\bsi|(?<!\w)و?(?:اذا|الا|ايلا|لو))\s+(?:kan\s+|kant\s+|كان\s+|"
                     r"كانت\s+)?(?:chi\s+|شي\s+)?(?:wa7e?d|wahe?d|quelqu'?un|un|واحد|احد|حد)(?!\w)|"
                     # speaking about a topic ("non, je voulais parler de l'auto-évaluation", "بغيت نهضر على الشبكة"):
                     # what the trainer meant, not a person to talk to (it opened a ticket)
                     r"\b(?:parler|parle|parlais|discuter|nhder|nhdr|ntkel+em)\s+(?:de|des|du|d'|sur|3la|3ala)(?!\w)|"
                     r"(?:نهضر|نتكلم|اتحدث|التحدث|الحديث|اتكلم|تكلم)\s+(?:على|عن|علي)(?!\w)")


def names_someone(text: str) -> bool:
    """The message names a person, speaking to one, or a hand-over (see _SOMEONE), not "personne ne" or becoming a
    tutor (_NO_ONE)."""
    return bool(_SOMEONE.search(_NO_ONE.sub(" ", normalize_text(text))))


_TUTOR_WORDS = {"tuteur", "tutrice", "tuteurs", "tutor", "touteur", "موطر", "الموطر", "موطره", "المؤطر", "مؤطر",
                "توتور", "التوتور", "mo2atir", "mou2atir", "lmo2atir"}


def tutor_word_alone(text: str) -> bool:
    """The message is the word "tuteur" / "مؤطر" alone (an article or "svp" around it): what Rafiq's encouragement
    tells the trainer to write to reach a person."""
    norm = re.sub(r"[^\w\s']", " ", normalize_text(text)).strip()
    words = [w for w in _DETERMINERS.sub("", norm).split() if w not in ("svp", "stp", "3afak", "عافاك", "من", "فضلك")]
    return len(words) == 1 and words[0] in _TUTOR_WORDS


def bare_noun(text: str) -> bool:
    """A message that is one word with at most an article or a possessive ("tuteur", "mon tuteur", "المؤطر"):
    it names a topic and asks nothing yet ("Tuteur svp", "مؤطر عفاك" ask for a person; so does "humain")."""
    norm = re.sub(r"[^\w\s']", " ", normalize_text(text)).strip()
    words = _DETERMINERS.sub("", norm).split()
    return len(words) == 1 and words[0] not in _A_PERSON


# Asking something, not only saying it: a question mark, or an interrogative word ("chno ndir", "واش هادشي عادي",
# "que faire"); "pfff ce module est lourd" or "عييت والله" say a feeling and ask nothing.
_ASKS = re.compile(r"[?؟]|\b(comment|pourquoi|quoi|quel|quelle|quels|quelles|est-ce|normal|chno|chnou|achno|ach|wach|"
                   r"wech|kifach|kifash|kifech|3lach|3lech|ch7al|chhal|how|what|why)\b|"
                   r"(^|\s)(شنو|اشنو|واش|كيفاش|علاش|شحال|هل|ماذا|كيف|لماذا|ما العمل|عادي)(\s|$)")


def asks_something(text: str) -> bool:
    """True when a message asks something (a question mark or an interrogative word), not only says a feeling."""
    return bool(_ASKS.search(normalize_text(text or "")))


# A trainer telling of someone else's post ("quelqu'un vend des corrigés sur le forum", "شخص في المنتدى يعرض بيع
# تصحيحات", "wa7ed f forum kaybi3…"): a report about the forum, not an advertisement of the writer's own.
_REPORTS = re.compile(r"^(quelqu'?un|un participant|une participante|un collegue|une collegue|un membre|il y a quelqu'?un|"
                      r"wa7ed|wa7d|chi wa7ed|chi wa7d|wa7da|chi wa7da|kayn chi wa7ed|kayn wa7ed|kayna chi wa7da|"
                      r"kayn chi wa7d|kayen chi wa7ed|y a (?:quelqu'?un|qqn|un gars|une fille))\b|"
                      r"^(شخص|احد|احدهم|واحد|شي واحد|مشارك|زميل|هناك من|كاين شي واحد|كاين واحد)(\s|$)")


def reports_someone(text: str) -> bool:
    """The message tells of what someone else does ("quelqu'un vend des corrigés sur le forum")."""
    return bool(_REPORTS.search(normalize_text(text or "").strip()))


# A problem announced and not yet told ("slt, 3ndi mochkil", "j'ai un problème", "عندي مشكل"): the trainer is
# asked what it is, not given the encouragement (a newcomer expected "what is the problem?").
_PROBLEM_ONLY = re.compile(r"^((salam|slm|slt|salut|bonjour|bonsoir|السلام عليكم|سلام|مرحبا)\W*)?"
                           r"(3ndi|3andi|andi|عندي|j'ai|jai|j ai|je rencontre|kayn|كاين)\s+"
                           r"(un |une |wa7ed |chi |شي |واحد )?(mochkil|mochkila|mouchkil|probleme|souci|مشكل|مشكله|مشكيل)"
                           r"(\s+(svp|stp|3afak|عافاك|من فضلك))?\W*$")


def announces_a_problem(text: str) -> bool:
    """The message only says there is a problem ("slt, 3ndi mochkil"), without saying which."""
    return bool(_PROBLEM_ONLY.match(normalize_text(text or "").strip()))


# How to answer someone else ("شنو نقول ليه؟", "comment lui répondre ?", "kifach njawbo?"): a tutor asking about a
# participant's feelings, not the trainer's own (normalized text: accents dropped, أ → ا).
_HOW_TO_ANSWER_SOMEONE = re.compile(
    r"(?:شنو|اش|كيفاش|كيف|ماذا|بماذا|comment|que|quoi|kifach|kifash|chno|chnou|ach)\s+(?:\S+\s+){0,2}"
    r"(?:نقول|نجاوب|نرد|اقول|ارد|اجيب|اجاوب|نكتب|اكتب)\s*(?:ليه|ليها|ليهم|له|لها|لهم|عليه|عليها|عليهم)(?!\w)"
    r"|(?:نجاوبو|نجاوبها|نجاوبهم|اجيبه|اجيبها|اجيبهم|ارد عليه|ارد عليها|ارد عليهم)(?!\w)"
    r"|\b(?:lui|leur)\s+(?:repondre|dire|ecrire)\b|\b(?:le|la|les)\s+(?:rassurer|remotiver|encourager|motiver|relancer)\b"
    r"|(?<!\w)(?:ن|ا)(?:حفز|شجع)(?:ه|ها|هم)(?!\w)|\bn(?:7ff?z|chajj?3)(?:o|ou|ha|hom)\b"  # "mes stagiaires démotivés"
    r"|\b(?:ngoul|njawb|nrd|nred|nkteb)\s*(?:lih|liha|lihom|3lih|3liha|3lihom)\b|\bnjawb(?:o|ou|ha|hom)\b")


def asks_how_to_answer_someone(text: str) -> bool:
    """The message asks how to answer or reassure someone else ("مشارك كتب ليا بلي تعب، شنو نقول ليه؟"): its feelings
    words are a participant's, and the question is the guide's."""
    return bool(_HOW_TO_ANSWER_SOMEONE.search(normalize_text(text)))


# The trainer says Rafiq's answers do not help ("tu ne sers à rien, tes réponses sont nulles", "ما كتفهم والو،
# الأجوبة ديالك خايبين"): moderation's model hears abuse (0.80), but it is a complaint about the tool.
_UNHELPFUL = re.compile(
    r"\b(tu|vous|rafiq|ce bot|le bot|ce robot|tes|vos|ta|ton|votre)\b.*(\bnul(le)?s?\b|ser[st]? a rien|servez a rien|\binutiles?\b|"
    r"n'?importe quoi|ne comprends? rien|ne comprenez rien|aucune aide|pas (du tout )?utiles?)"
    r"|(ما|ماشي|مشي) ?(كتفهم|فهمتيني|كتفهمني|مفيد|نافع|كتنفع)|بلا فايد[هة]"
    r"|(الاجوب[هة]|الاجابات|الجواب) (ديالك|ديالو)? ?(خايب|خايبين|ماشي مزيان)|(لا|ما) (تفيد|تنفع|تفهم)"
    r"|\b(machi|mchi|ma) ?(mfid|nafe3|katfhem|fhemtini|katfhemni)\b|\bbla fayda\b"
    r"|\bjawabat? (dyalk|dyalek) (khaybin|khayba)\b"  # and "C'est n'importe quoi ce bot, ça fait trois fois…"
    r"|n'?importe quoi,? (ce|le|ton|votre) (bot|robot|assistant)|\bca fait (deux|trois|quatre|\d+) fois que je "
    r"(pose|repose|demande)|\bjamais (de |une )?(vraie )?reponse|(الاجوبه|الاجابات|اجوبتك|اجابتك) (\S+ )?عامه"
    r"|غير راض\w* عن (هذه |هاد )?(الخدمه|الاجوبه|الاجابات)|لست راضيا")


def unhelpful_said(text: str) -> str | None:
    """When the message complains that Rafiq's answers do not help (see _UNHELPFUL), what it says besides the
    complaint (normalized; "" when nothing); else None."""
    norm = normalize_text(text or "")
    return _UNHELPFUL.sub(" ", norm).strip() if _UNHELPFUL.search(norm) else None


# Thanks opening a new question ("شكرا، والمتدرب لي ماكيشاركش؟", "merci ! et pour le stagiaire qui ne participe
# pas ?", "chokran bzaf, w ila ma 3jbatnich n9ta?"): got "you're welcome" alone, or a choice between unrelated
# sections. Raw spellings (the question after them is kept as written).
_THANKS_OPENING = re.compile(
    r"^\W*(?:(?:ok|okay|d'accord|wakha|واخا|طيب|ah|ahh)\s*[,،.!]*\s+)?"
    r"(?:merci|mrc|thanks|thank you|cho?u?kran|shukran|شكرا|بارك الله فيك|الله يجازيك)"
    r"(?:\s+(?:beaucoup|bcp|bien|infiniment|bzaf|bzzaf|lik|جزيلا|بزاف|ليك|لك|بخير|rafiq|رفيق))*"
    r"\s*[,،.!:;…-]+\s*(?P<rest>.+)$|"
    r"^\W*(?:merci|mrc|cho?u?kran|شكرا)(?:\s+(?:beaucoup|bcp|bzaf|جزيلا|بزاف))?\s+(?P<glued>(?:et|w|و)\s.+)$",
    re.IGNORECASE | re.DOTALL)
THANKS_OPENING_MIN_WORDS = 2


def question_after_thanks(text: str) -> str | None:
    """The question a message asks after opening with thanks, as written; None when it only thanks (or says a
    few kind words, "merci, c'est très clair") or asks nothing."""
    match = _THANKS_OPENING.match(text.strip())
    if match is None:
        return None
    rest = (match.group("rest") or match.group("glued") or "").strip()
    words = re.findall(r"\w+", rest)
    if len(words) < THANKS_OPENING_MIN_WORDS or not asks_something(rest) or polite_only(rest):
        return None
    return rest

