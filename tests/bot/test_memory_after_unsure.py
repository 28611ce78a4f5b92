"""A question Rafiq could not place (handed to a tutor as unsure) does not end the conversation: "kifach nchar
l'attestation?", then "wach katfid f tar9ia?" (unsure), then "w ila kan smiya ghalta fiha?" was read alone and
went to a tutor too (a newcomer)."""
from __future__ import annotations

import pytest

from bot.types import Reason
from tests.bot.helpers import say


@pytest.mark.slow
def test_a_continuation_after_an_unsure_turn_is_read_with_the_exchange_before_it(full_services):
    user = "memory-after-unsure"
    first = say(full_services, "kifach nchar l'attestation?", user=user)
    assert first.citations and first.citations[0].id == "dig-etakwine-attestation"
    unsure = say(full_services, "wach katfid f tar9ia?", user=user)
    assert unsure.reason == Reason.LOW_CONFIDENCE, "else this checks nothing"
    decision = say(full_services, "w ila kan smiya ghalta fiha?", user=user)
    assert decision.citations and decision.citations[0].id == "dig-etakwine-attestation", decision.to_json()


def _said(services, external_id: str, text: str, citations: list, reason: str) -> None:
    from bot.store.schema import Interaction, User

    with services.store.session() as s:
        user = s.query(User).filter_by(channel="web", external_id=external_id).one_or_none()
        if user is None:
            user = User(channel="web", external_id=external_id)
            s.add(user)
            s.flush()
        s.add(Interaction(user_id=user.id, channel="web", text=text, detected_lang="fr", reply_lang="fr",
                          intent="question", reply_text="…", citations=citations, reason=reason))


def test_the_memory_skips_an_unsure_turn_but_not_an_off_topic_one(make_services):
    services = make_services()
    _said(services, "memory-skip", "q1", [{"id": "faq-free"}], "")
    _said(services, "memory-skip", "q2", [], "low_confidence")
    assert services.tutor.memory.last("web", "memory-skip").sections == ("faq-free",)
    _said(services, "memory-skip", "q3", [], "off_topic")
    assert services.tutor.memory.last("web", "memory-skip") is None
