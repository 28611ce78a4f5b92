"""A clarifying question on Telegram: numbered buttons, and the chosen section answered at once (#14)."""
from __future__ import annotations

from tests.channels.conftest import unsure
from tests.channels.helpers import callbacks, press, reply_count


async def test_a_pressed_option_is_answered_from_that_section(start_bot, tg_services, api):
    runtime = await start_bot(unsure(tg_services()))
    api.push_message(701, "évaluation formative ou sommative ?", language_code="fr")
    [asked] = await reply_count(api, 701, 1)
    actions = callbacks(asked)
    assert [a.split(":")[0] for a in actions] == ["say", "say", "tutor"], actions
    assert "1." in asked["text"] and "2." in asked["text"]
    await press(api, 701, actions[0], asked["message_id"], language_code="fr")
    answer = (await reply_count(api, 701, 2))[-1]
    first_title = asked["text"].split("1. ", 1)[1].split("\n", 1)[0]
    assert "📖" in answer["text"] and first_title in answer["text"]
    assert runtime.services.tickets.unclaimed() == [], "a clarifying question opens no ticket"
