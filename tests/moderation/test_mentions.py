"""Quoting an insult to ask about it, or reporting it, is not abuse; saying it is."""
from __future__ import annotations

import pytest

from moderation import Moderator


@pytest.mark.parametrize("text", [
    "un stagiaire a dit 'hmar', comment réagir ?",
    "Un collègue m'a traité de connard devant tout le groupe, que dois-je faire ?",
    "chno ma3na \"t9awed\"? chi wa7ed kteb liha f lforum",
    "wa7ed tlmid 9al liya 7mar f l9esm, kifach nt3amel m3ah?",
    "تلميذ قال ليا \"سير تقود\"، كيفاش نتعامل معاه؟",
    "ما معنى كلمة «مكلخ» في الدارجة؟",
])
def test_a_quoted_or_reported_insult_is_published(moderator: Moderator, text: str) -> None:
    verdict = moderator.check(text, context="forum")
    assert verdict.action == "publish", (verdict.labels, verdict.cues)
    assert "toxic:mention" in verdict.cues


@pytest.mark.parametrize("text", [
    "skot a l7mar",
    "nta 'hmar' w safi",
    "Tu es un connard, comment oses-tu ?",
])
def test_the_same_insult_said_to_someone_is_held(moderator: Moderator, text: str) -> None:
    assert moderator.check(text, context="forum").verdict == "toxic"
