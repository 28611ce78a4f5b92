"""A message that asks Rafiq to act, or to act now: with a tutor named, a request for a person rather than a question on
the rules ("Pouvez-vous me mettre en contact avec mon tuteur maintenant ?" against "هل يمكنني طلب تمديد من مؤطر؟");
and a person asked for to help ("bghit chi bnadem y3awnni f devoir…", "j'ai besoin de quelqu'un pour m'aider")."""
from __future__ import annotations

import re

from retrieval.normalize import normalize_text


_ACT = re.compile(r"\b(?:pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|vous pouvez|tu peux|can you|could you|"
                  r"maintenant|tout de suite|immediatement|now|daba|db|direct)\b|"
                  r"(?<!\w)(?:يمكنك|هل يمكنك|تقدر ت|واش تقدر|ممكن ت|دابا|الان|حالا|فورا|دغيا)(?!\w)|\b(?:momkin|t9der) t")


def asks_to_act(text: str) -> bool:
    """The message asks Rafiq to do something, or asks for it now (see `_ACT`)."""
    return bool(_ACT.search(normalize_text(text or "")))


# A person, in the four varieties: one only a human is ("bnadem", "إنسان", "une personne", "un humain"), or anyone
# ("chi wa7ed", "chi had", "شي واحد", "quelqu'un"), who then must be wanted or needed ("bghit", "j'ai besoin de")
_HUMAN = (r"(?:chi |شي |un |une |a |un vrai |une vraie |a real )?(?:bnadem|bnadm|bnadam|insan|ensan|humain|human|"
          r"etre humain|personne(?! ne\b| n')|person|بنادم|(?:انسان|شخص)ا?|بشر)")
_ANYONE = r"(?:quelqu'?un|qqn|someone|somebody|chi (?:wa7e?d|wahe?d|7e?d|7ad|had|hed)|شي (?:واحد|حد)|احد)"
_WANTED = (r"(?:bghit|bghina|baghi|baghya|kh?ass?ni|m7taj|m7taja|mo?7taj\w*|momkin|kayn|kayna|kayen|je veux|je voudrais|"
           r"j'?aimerais|(?:j'?ai )?besoin d[e']|il me faut|y a-t-il|il y a|est-ce qu'il y a|i want|i need|is there|"
           r"بغيت|بغينا|باغي|باغيه|خاصني|محتاج|محتاجه|اريد|احتاج|كاين|كاينه|يوجد|هناك|ممكن)")
# "help me" (the helped is the writer): "y3awnni", "يعاوني", "m'aider", "help me"; "n3awn" (I help) is not one
_HELP_ME = (r"(?:y(?:e)?3a?w[e]?n+i|y3aw[e]?ni|ysa3(?:e)?dni|ywaj+(?:e)?hni|yfah?m+ni|ychr[a-z0-9]* li(?:ya|a)?|"
            r"yt?ba3ni|m'?aider|m'?aide|me guider|m'?accompagner|m'?expliquer|m'?orienter|help me|"
            r"يعاوني|يعاونني|يعاونا|يعاوننا|يساعدني|يساعدنا|يوجهني|يرافقني|يفهمني|يشرح لي|يشرح ليا)")
_BETWEEN = r"(?:\s+\S+){0,3}?\s+"
_HELP_FROM_SOMEONE = re.compile(
    rf"(?<!\w){_HUMAN}{_BETWEEN}{_HELP_ME}(?!\w)|(?<!\w){_WANTED}(?:\s+\S+){{0,2}}?\s+{_ANYONE}{_BETWEEN}{_HELP_ME}(?!\w)",
    re.IGNORECASE)


def asks_a_person_to_help(text: str) -> bool:
    """A person asked for to help the writer ("ok, bghit chi bnadem y3awnni f devoir dyal module 2", "واش كاين شي
    إنسان يساعدني؟", "j'ai besoin de quelqu'un pour m'aider"): a hand-over, whatever the reason given with it (it got
    the guide's page on asking good questions, a newcomer)."""
    return bool(_HELP_FROM_SOMEONE.search(normalize_text(text or "")))
