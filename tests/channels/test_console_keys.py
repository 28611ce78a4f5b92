"""Learning from use over the real channels: 👍 on Telegram proposes a question key; a tutor approves it
over HTTP at /console/keys and the key is searchable at once and after a restart; rejecting changes nothing."""
from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from bot.app import build_services
from bot.channels.web import create_app
from bot.question_keys import KeyProposals
from bot.settings import Settings
from bot.store.schema import KeyProposal
from retrieval.engine import RetrievalEngine
from tests.bot.escalation_helpers import private_engine
from tests.bot.test_question_keys import answered
from tests.channels.console_helpers import ACCOUNTS, ConsoleClient, ServerThread
from tests.channels.helpers import bot_messages, callbacks, press, reply_count, until

QUESTION = "Comment préparer une séance de formation ?"
# Words about nothing in the guide, proposed for the password section: only the key can make it found.
ODD_KEY = "Le zbrouk du mardi soir est-il toujours prévu au foyer des stagiaires ?"
SECTION = "dig-etakwine-login-password"
OTHER = "Est-ce que le zbrouk du jeudi compte pour la note finale du module ?"


def top(engine: RetrievalEngine, text: str) -> str:
    return engine.search(text)[0].chunk.section_id


def chunks(engine: RetrievalEngine) -> list[tuple]:
    return [(c.section_id, c.lang, c.role, c.text) for c in engine.index.chunks]


async def test_thumbs_up_on_telegram_proposes_the_question_as_a_key(start_bot, api):
    runtime = await start_bot()
    store = runtime.services.store
    api.push_message(601, "/start", language_code="fr")
    [welcome] = await reply_count(api, 601, 1)
    await press(api, 601, "ob:consent:yes", welcome["message_id"], language_code="fr")
    for n, text in enumerate((QUESTION, "Comment préparer une séance de formation"), start=2):
        api.push_message(601, text, language_code="fr")
        answer = (await reply_count(api, 601, n))[-1]
        up = next(c for c in callbacks(answer) if c.startswith("fb:up:"))
        assert await press(api, 601, up, answer["message_id"], language_code="fr") == "Merci pour votre avis !"
    [proposal] = KeyProposals(store).pending()
    assert (proposal.section_id, proposal.lang, proposal.question) == ("eng-session-preparation", "fr", QUESTION), \
        "one proposal: the second question is the same once normalized"
    api.push_message(601, "Qu'est-ce que l'évaluation formative ?", language_code="fr")
    answer = (await reply_count(api, 601, 4))[-1]
    down = next(c for c in callbacks(answer) if c.startswith("fb:down:"))
    await press(api, 601, down, answer["message_id"], language_code="fr")
    await until(api, lambda: "tuteur" in bot_messages(api, 601)[-1]["text"])
    assert len(KeyProposals(store).pending()) == 1, "👎 proposes nothing"


@pytest.fixture
def console(tmp_path, mini_corpus_dir, mini_engine, embedder):
    engine, corpus = private_engine(tmp_path, mini_corpus_dir, embedder, mini_engine.index_dir)
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, console_tokens=ACCOUNTS)
    services = build_services(settings, engine=engine)
    services.store.migrate()
    with ServerThread(create_app(services, warm=False)) as server:
        with httpx.Client(base_url=server.url) as anonymous, httpx.Client(base_url=server.url) as karim:
            yield services, anonymous, ConsoleClient(karim, "karim")
    services.store.dispose()


def test_a_tutor_approves_a_key_over_http_and_it_is_searchable_now_and_after_a_restart(console, embedder):
    services, anonymous, karim = console
    engine, store = services.engine, services.store
    assert top(engine, ODD_KEY) != SECTION and top(engine, OTHER) != SECTION
    odd = KeyProposals(store).propose_from(answered(store, ODD_KEY, section=SECTION))
    other = KeyProposals(store).propose_from(answered(store, OTHER, user="77", section=SECTION))
    page = karim.client.get("/console/keys")
    assert page.status_code == 200 and f'data-key="{odd.id}"' in page.text and f'data-key="{other.id}"' in page.text
    assert 'id="nav-keys"' in page.text

    before = chunks(engine)
    refused = anonymous.post(f"/console/keys/{odd.id}/approve", data={"csrf": karim.csrf}, follow_redirects=False)
    assert refused.status_code == 303 and refused.headers["location"].startswith("/console/login")
    assert anonymous.get("/console/keys", follow_redirects=False).status_code == 303, "signed-in tutors only"
    forged = karim.client.post(f"/console/keys/{odd.id}/approve", data={"csrf": "forged"}, follow_redirects=False)
    assert forged.status_code == 403
    assert chunks(engine) == before and len(KeyProposals(store).pending()) == 2

    rejected = karim.post(f"/console/keys/{other.id}/reject")
    assert rejected.status_code == 303 and rejected.headers["location"] == "/console/keys?done=rejected"
    assert chunks(engine) == before and top(engine, OTHER) != SECTION, "rejecting leaves the index as it was"

    done = karim.post(f"/console/keys/{odd.id}/approve")
    assert done.status_code == 303 and done.headers["location"] == f"/console/keys?done=approved&id={SECTION}"
    assert top(engine, ODD_KEY) == SECTION, "the approved key finds its section at once"
    assert (SECTION, "fr", "question", ODD_KEY) in chunks(engine)
    listed = karim.client.get(done.headers["location"])
    assert 'id="notice"' in listed.text and SECTION in listed.text and f'data-key="{odd.id}"' not in listed.text
    assert karim.post(f"/console/keys/{odd.id}/approve").headers["location"] == "/console/keys?done=none"
    assert karim.post("/console/keys/99999999999999999999/approve").status_code == 404
    with store.session() as s:
        assert {r.id: (r.state, r.decided_by) for r in s.scalars(select(KeyProposal))} == {
            odd.id: ("approved", "karim"), other.id: ("rejected", "karim")}

    restarted = build_services(services.settings, engine=RetrievalEngine(embedder, engine.index_dir))
    assert restarted.warm_up() is False, "the saved index already holds the approved key"
    assert top(restarted.engine, ODD_KEY) == SECTION and top(restarted.engine, OTHER) != SECTION
    restarted.store.dispose()
