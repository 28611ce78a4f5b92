"""Forum answers read on a forum (tester 3, §3): a public reply ended with "👣 Pour lire une étape en entier, écrivez
son numéro" or "⏭ … écrivez « la suite »", chat commands nobody answers on a forum ("la suite" posted under it got
nothing). The reply names the guide section where the whole passage is instead."""
from __future__ import annotations

import httpx
import pytest

from tests.channels.forum_support import forum_app, forum_engine, ngram  # noqa: F401  (fixtures)
from tests.channels.forum_support import GENERIC_SECRET, generic_webhook
from tests.support.forum_standins import CallbackStandIn

CHAT_ONLY = ("écrivez son numéro", "écrivez « la suite »", "اكتب رقمها", "اكتب «الباقي»")


@pytest.fixture
def callback():
    with CallbackStandIn() as standin:
        yield standin


@pytest.mark.parametrize("number, question, whole", [
    (1, "Comment préparer une séance de formation ?",
     "Le passage complet se trouve dans le guide du formateur, section « Comment préparer une séance de formation ? » "
     "[eng-session-preparation]."),
    (2, "كيف أحضر حصة تكوينية؟", "النص الكامل في دليل المكوّن، القسم «كيف أحضّر حصة تكوينية؟» [eng-session-preparation]."),
])
def test_a_cut_passage_on_the_forum_names_its_section_not_a_chat_command(forum_app, callback, number, question, whole):
    server, _, _ = forum_app(max_age_hours=24 * 365 * 10)
    payload = {"event_id": f"ev-s40-{number}", "forum": "etakwine", "thread_id": f"t-{number}",
               "post_id": f"p-{number}", "author": "nora.k", "title": question, "text": question,
               "created_at": "2026-12-07T18:00:00Z", "callback_url": callback.url}
    body, headers = generic_webhook(GENERIC_SECRET, payload)
    assert httpx.post(f"{server.url}/hooks/forum", content=body, headers=headers, timeout=30).status_code == 202
    got = callback.wait_for(lambda got: [r for r in got if (r["json"] or {}).get("kind") == "reply"], timeout=60)
    [reply] = [r["json"] for r in got if (r["json"] or {}).get("kind") == "reply"]
    assert "…" in reply["text"], reply["text"]  # the steps are shrunk: the whole passage is in the guide
    assert not any(hint in reply["text"] for hint in CHAT_ONLY), reply["text"]
    assert whole in reply["text"] and "[eng-session-preparation]" in reply["text"].split(whole)[1], reply["text"]
