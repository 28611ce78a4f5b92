"""Spam means adverts, scams, link farms and re-posts, not a price, a brand or the attestation in a question."""
from __future__ import annotations

import pytest

from moderation import MemoryRepeatStore, Moderator


@pytest.mark.parametrize("text", [
    "Est-ce que l'attestation du MOOC est payante ou gratuite ?",               # issue #16: held as spam
    "wach l'attestation dyal had lmoc katkhlles?",
    "واش الشهادة ديال التكوين بالفلوس؟",
    "Quelle voiture d'occasion acheter avec 60000 dirhams ?",                 # off topic, not spam
    "Un PC portable Lenovo à 4500 DH suffit-il pour les classes virtuelles ?",
    "Quel prix pour une tablette Samsung pour les cours en ligne ?",               # held as spam before #16
    "Quelqu'un m'a proposé de faire mon devoir pour 300 DH, c'est une arnaque ?",
])
def test_a_sincere_question_with_money_or_brands_is_not_spam(moderator: Moderator, text: str) -> None:
    verdict = moderator.check(text, context="forum")
    assert verdict.verdict != "spam" and verdict.action not in ("hide", "hold"), (verdict.labels, verdict.cues)


@pytest.mark.parametrize("text", [
    "Attestation du MOOC sans suivre les cours, 300 DH, contactez-moi en privé",
    "Vous voulez réussir le MOOC ? Devoirs faits pour tous les modules, écrivez-moi sur WhatsApp",
    "شهادة الموك بلا ما تقرا، 200 درهم، تواصل معايا فالواتساب",
])
def test_adverts_and_scams_are_hidden(moderator: Moderator, text: str) -> None:
    verdict = moderator.check(text, context="forum")
    assert (verdict.verdict, verdict.action) == ("spam", "hide"), (verdict.labels, verdict.cues)


def test_a_retry_of_one_post_is_no_repeat_but_distinct_re_posts_are() -> None:
    moderator = Moderator(repeat_store=MemoryRepeatStore())
    text = "Bonjour, je partage ici mon tableau de suivi des devoirs pour la cohorte"
    for _ in range(4):  # the same post delivered again
        verdict = moderator.check(text, author="u1", context="forum", ref="forum:7")
    assert verdict.verdict == "ok"
    for post in (8, 9, 10):  # the same text posted as new posts
        verdict = moderator.check(text, author="u1", context="forum", ref=f"forum:{post}")
    assert verdict.verdict == "spam" and any(c.startswith("spam:repeat") for c in verdict.cues)


@pytest.mark.parametrize("text", [
    "واتساب مع المتدربين. واش مسموح نستعمل مجموعة واتساب باش نتواصل مع الأساتذة المتدربين خلال التداريب الميدانية؟",
    "ما هو مضمون المجزوءة 3؟ وهل يمكن مناقشته في مجموعة واتساب؟",
])
def test_a_question_naming_whatsapp_to_communicate_with_trainees_is_published(moderator: Moderator, text: str) -> None:
    # held as spam (contact bait, 0.62): "نتواصل مع" (we communicate with) was read as "contact me", and the trainer
    # was told her post looked like a scam (a newcomer)
    verdict = moderator.check(text, context="forum")
    assert verdict.action == "publish", (verdict.labels, verdict.cues)
