"""In a private chat, a trainer's question that moderation's spam model alone barely flags is answered from the
guide; advertising (a sure score, or a link, repeat or lexicon cue) keeps its calm reply."""
from __future__ import annotations

import pytest

from bot.chat_safety import SPAM_SURE, barely_spam
from bot.types import Message
from moderation.verdict import Verdict

QUESTION = "Qu'est-ce que l'évaluation formative ?"


class FixedModerator:
    """A moderator port that returns one verdict for every message."""

    def __init__(self, spam: float, cues: tuple[str, ...]) -> None:
        self.spam, self.cues = spam, cues

    def check(self, text, lang=None, author=None, context="chat", ref=None) -> Verdict:
        return Verdict(labels={"spam": self.spam}, verdict="spam", action="hold", masked_text=text,
                       cues=self.cues, reason="spam (test)")


def say(services, text: str, user: str):
    return services.tutor.handle(Message(channel="telegram", user=user, thread=user, text=text))


def test_only_a_middling_model_score_without_a_cue_is_barely_spam():
    assert barely_spam({"spam": 0.55}, ("spam:model",))
    assert barely_spam({"spam": 0.55}, ("spam:model", "spam:sincere_question", "personal_data:phone"))
    assert not barely_spam({"spam": SPAM_SURE}, ("spam:model",))
    assert not barely_spam({"spam": 0.55}, ("spam:model", "spam:links>=3"))


def test_a_question_the_spam_model_barely_flags_is_answered_from_the_guide(make_services):
    """"kan9sed portfolio dyal stagiaires f CRMEF, chno fih" (0.52, the model alone) got "this looks like
    advertising" and the question was lost."""
    services = make_services()
    services.tutor.moderator = FixedModerator(0.55, ("spam:model",))
    reply = say(services, QUESTION, "81")
    assert reply.intent != "moderated" and reply.citations, (reply.intent, reply.reason)
    assert reply.verdict.verdict == "spam"  # moderation's verdict stays on the record


@pytest.mark.parametrize("spam, cues", [(0.75, ("spam:model",)), (0.55, ("spam:model", "spam:links>=3")),
                                        (0.55, ("spam:model", "spam:repeated"))])
def test_sure_advertising_keeps_its_reply_even_when_the_guide_could_answer(make_services, spam, cues):
    services = make_services()
    services.tutor.moderator = FixedModerator(spam, cues)
    reply = say(services, QUESTION, "82")
    assert reply.intent == "moderated" and reply.reason == "spam" and not reply.citations


def test_barely_flagged_words_the_guide_cannot_place_keep_the_advertising_reply(make_services):
    services = make_services()
    services.tutor.moderator = FixedModerator(0.55, ("spam:model",))
    reply = say(services, "Crème naturelle à l'huile d'argan, livraison partout, 199 DH", "83")
    assert reply.intent == "moderated" and reply.reason == "spam"


@pytest.mark.slow
def test_a_darija_clarification_is_not_taken_for_advertising(full_services):
    """The real moderator and guide: a trainer saying which portfolio they mean is answered; an advert for the
    certificate that names the guide's words still gets the advertising reply."""
    reply = say(full_services, "kan9sed portfolio dyal stagiaires f CRMEF, chno fih", "84")
    assert reply.citations and reply.citations[0].id == "ass-portfolio", (reply.intent, reply.reason)
    advert = say(full_services, "Je vends l'attestation du MOOC sans suivre les modules, 250 DH, paiement CashPlus",
                 "85")
    assert advert.intent == "moderated" and advert.reason == "spam"


def test_a_reply_in_a_conversation_barely_flagged_is_read_as_a_reply(make_services):
    """"الدور ديالو فالشرح والتعليق على الخدمات ديالنا" (0.64) answering a clarifying question, and three other dev
    conversation turns, got "this looks like advertising": in a conversation the model alone, barely, does not
    decide; a sure score still does."""
    services = make_services()
    services.tutor.moderator = FixedModerator(0.55, ("spam:model",))
    assert say(services, QUESTION, "86").citations  # a question the guide answers surely, as above
    reply = say(services, "et pour mes stagiaires du centre, ça donne quoi ?", "86")
    assert reply.intent != "moderated" and reply.reason != "spam", (reply.intent, reply.reason)
    services.tutor.moderator = FixedModerator(0.75, ("spam:model",))
    again = say(services, "et pour mes stagiaires du centre, ça donne quoi ?", "86")
    assert again.intent == "moderated" and again.reason == "spam"
