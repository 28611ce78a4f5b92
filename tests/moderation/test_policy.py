"""The policy: scores to actions, configuration, charter sections and the author's explanation."""
from __future__ import annotations

import pytest

from moderation import CLASSES, ClassRule, Policy, Verdict, author_message
from moderation.messages import CHARTER_TITLES


def scores(**values: float) -> dict[str, float]:
    return {cls: values.get(cls, 0.0) for cls in CLASSES}


@pytest.mark.parametrize("labels, context, expected", [
    (scores(), "forum", ("ok", "publish")),
    (scores(toxic=0.8), "forum", ("toxic", "hold")),
    (scores(toxic=0.49), "forum", ("ok", "publish")),
    (scores(spam=0.9), "forum", ("spam", "hide")),
    (scores(spam=0.6), "forum", ("spam", "hold")),
    (scores(personal_data=1.0), "chat", ("personal_data", "mask")),
    (scores(distress=0.45), "chat", ("distress", "escalate")),
    (scores(off_topic=0.95), "forum", ("off_topic", "publish")),  # named, never hidden nor held (#16)
    (scores(off_topic=0.95), "chat", ("off_topic", "publish")),
    (scores(off_topic=0.8), "forum", ("ok", "publish")),
    (scores(off_topic=0.95, spam=0.9), "forum", ("spam", "hide")),
    (scores(toxic=0.9, spam=0.9), "forum", ("spam", "hide")),
    (scores(toxic=0.9, personal_data=1.0), "forum", ("toxic", "hold")),
    (scores(spam=0.95, distress=0.5, toxic=0.99), "forum", ("distress", "escalate")),
    (scores(toxic=0.6, spam=0.6), "forum", ("toxic", "hold")),
])
def test_default_mapping(labels: dict, context: str, expected: tuple[str, str]) -> None:
    decision = Policy().decide(labels, context)
    assert (decision.verdict, decision.action) == expected


def test_decision_carries_reason_section_and_priority() -> None:
    decision = Policy().decide(scores(toxic=0.9), "forum", ("toxic:insult", "spam:contact_bait"))
    assert decision.reason == "toxic 0.90 >= 0.50 -> hold (toxic:insult)"
    assert decision.charter_section == "charter-respect" and decision.priority == "normal"
    hate = Policy().decide(scores(toxic=0.9), "forum", ("toxic:slur",))
    assert hate.charter_section == "charter-no-hate"
    urgent = Policy().decide(scores(distress=0.9), "chat")
    assert (urgent.priority, urgent.charter_section) == ("urgent", "")


def test_from_dict_overrides_only_what_it_names() -> None:
    policy = Policy.from_dict({
        "toxic": {"threshold": 0.7, "action": "hide", "review_threshold": 0.4},
        "off_topic": {"contexts": ["chat", "forum"], "threshold": 0.9},
    })
    assert policy.rules["toxic"] == ClassRule(0.7, "hide", 0.4)
    assert policy.decide(scores(toxic=0.5), "forum").action == "hold"
    assert policy.decide(scores(toxic=0.75), "forum").action == "hide"
    assert policy.decide(scores(off_topic=0.95), "chat").verdict == "off_topic"
    assert policy.rules["spam"] == Policy().rules["spam"]


def test_personal_data_can_be_held_instead_of_masked() -> None:
    policy = Policy.from_dict({"personal_data": {"action": "hold"}})
    assert policy.decide(scores(personal_data=1.0), "forum").action == "hold"


@pytest.mark.parametrize("data", [
    {"toxic": {"action": "delete"}},
    {"toxic": {"threshold": 1.5}},
    {"toxic": {"threshold": 0.5, "review_threshold": 0.8}},
    {"insult": {"threshold": 0.5}},
    {"toxic": 0.5},
    {"toxic": {"colour": "red"}},
    {"distress": {"action": "hide"}},
])
def test_bad_configuration_is_refused(data: dict) -> None:
    with pytest.raises((ValueError, TypeError)):
        Policy.from_dict(data)


def _verdict(cls: str, action: str, section: str, spans=(), lang: str = "") -> Verdict:
    return Verdict(labels=scores(**{cls: 0.9}), verdict=cls, action=action, charter_section=section,
                   reason=f"{cls} 0.90 >= 0.50 -> {action}", spans=spans, lang=lang)


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("cls, action, section", [
    ("toxic", "hold", "charter-respect"),
    ("toxic", "hold", "charter-no-hate"),
    ("spam", "hide", "charter-no-spam"),
    ("off_topic", "hold", "charter-on-topic"),
    ("personal_data", "mask", "charter-personal-data"),
])
def test_author_message_cites_the_charter_and_the_appeal(lang: str, cls: str, action: str, section: str) -> None:
    spans = ((0, 10, "phone"),) if action == "mask" else ()
    message = author_message(_verdict(cls, action, section, spans), lang)
    assert section in message and CHARTER_TITLES[section][lang] in message
    assert "charter-appeal" in message and CHARTER_TITLES["charter-appeal"][lang] in message
    has_arabic = any("\u0600" <= ch <= "\u06ff" for ch in message)
    assert has_arabic == (lang == "ar")


def test_author_message_names_what_was_masked() -> None:
    verdict = _verdict("personal_data", "mask", "charter-personal-data", ((0, 5, "phone"), (9, 20, "email")))
    assert "un numéro de téléphone" in author_message(verdict, "fr")
    assert "رقم هاتف" in author_message(verdict, "ar")


def test_author_message_follows_the_language_variety() -> None:
    verdict = _verdict("spam", "hide", "charter-no-spam")
    assert author_message(verdict, "ary-Latn") == author_message(verdict, "ar")
    assert author_message(verdict, "fr") != author_message(verdict, "ar")


def test_no_author_message_for_publish_or_distress() -> None:
    assert author_message(Verdict(labels=scores()), "fr") == ""
    assert author_message(_verdict("distress", "escalate", ""), "ar") == ""


def test_charter_titles_can_come_from_the_corpus() -> None:
    policy = Policy.from_dict({"charter_titles": {"charter-no-spam": {"fr": "Zéro pub", "ar": "بلا إشهار"}}})
    message = policy.author_message(_verdict("spam", "hide", "charter-no-spam"), "fr")
    assert "Zéro pub" in message
