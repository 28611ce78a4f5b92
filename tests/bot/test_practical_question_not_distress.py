"""A practical question that moderation's model alone barely hears as distress is answered as a question:
"et si je ne peux pas y assister, je fais comment ?" right after a live session's date got the crisis reply and an
urgent ticket (distress 0.41, found twice by a newcomer). Words of real distress keep the caring reply."""
from __future__ import annotations

import pytest

from bot.addressee import addressing, speaks_of_herself
from bot.texts import t
from bot.types import Intent, Reason
from tests.bot.helpers import say


@pytest.mark.slow
def test_a_question_on_missing_a_live_session_is_not_distress(full_services):
    user = "practical-not-distress"
    assert say(full_services, "Il y a une classe virtuelle jeudi ?", user=user).intent == Intent.ORGANIZATIONAL
    decision = say(full_services, "et si je ne peux pas y assister, je fais comment ?", user=user)
    assert decision.reason != Reason.DISTRESS and not decision.escalate, decision.to_json()
    assert decision.citations and decision.citations[0].id == "faq-missed-live", decision.to_json()


@pytest.mark.slow
def test_alone_it_is_not_distress_either(full_services):
    decision = say(full_services, "et si je ne peux pas y assister, je fais comment ?", user="practical-alone")
    assert decision.reason != Reason.DISTRESS, decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "ما بقيتش قادرة، كلشي صعيب عليا",  # 0.53, heard as "support": the caring reply
    "je suis à bout, je ne sais plus quoi faire, à quoi bon continuer ?",
])
def test_words_of_distress_keep_the_caring_reply(full_services, text):
    decision = say(full_services, text, user=f"distress-kept-{len(text)}")
    assert decision.reason == Reason.DISTRESS, decision.to_json()


@pytest.mark.slow
@pytest.mark.parametrize("distress, thanks, lang", [
    ("ما بقيتش قادرة نعيش، كلشي ولا ظلام عليا", "شكرا", "ar"),
    ("je n'en peux plus de vivre", "merci", "fr"),
])
def test_thanks_after_the_caring_reply_is_not_glad_to_help(full_services, distress, thanks, lang):
    """"شكرا" right after the crisis reply got "العفو! سعيد بمساعدتك" (a newcomer): it now says the tutors are on
    their way; thanks elsewhere keep the usual reply."""
    user = f"thanks-after-distress-{lang}"
    assert say(full_services, distress, user=user).reason == Reason.DISTRESS
    with addressing(lambda: bool(speaks_of_herself(distress))):  # "قادرة": she is thanked as she wrote (s41)
        caring_thanks = t("thanks_after_caring_reply", lang)
    assert say(full_services, thanks, user=user).body == caring_thanks
    assert say(full_services, thanks, user=f"thanks-alone-{lang}").body == t("thanks", lang)
