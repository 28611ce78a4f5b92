"""A message too long to answer (over 4,000 characters) is still stored masked: personal data is masked
before the stored excerpt is cut, so neither a whole number nor a fragment of one is kept (#12, defect 8)."""
from __future__ import annotations

from sqlalchemy import select

from bot.store.schema import Interaction
from bot.types import Message

FILLER = "Je vous écris au sujet de ma séance de demain avec le groupe du centre. "


def test_a_too_long_message_is_stored_masked_and_cut_after_masking(make_services) -> None:
    services = make_services()
    start = "Bonjour, appelez-moi au 06 12 34 56 78 ou écrivez à nadia.b@example.ma. "
    head = (start + FILLER * 40)[:1_995]
    text = f"{head} 07 11 22 33 44 {FILLER * 40}"  # the second number straddles the 2,000th character
    assert len(text) > 4_000
    reply = services.tutor.handle(Message(channel="telegram", user="4242", text=text))
    assert reply.reason == "too_long"
    with services.store.session() as s:
        stored = s.scalar(select(Interaction.text).where(Interaction.id == reply.interaction_id))
    assert "06 12" not in stored and "example.ma" not in stored and "[téléphone masqué]" in stored
    assert "07 11" not in stored and "07" not in stored[1_990:]  # no fragment left by the cut
    assert stored.startswith("Bonjour, appelez-moi au [") and len(stored) <= 2_000
