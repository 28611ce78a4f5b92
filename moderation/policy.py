"""The policy: class scores -> one action (publish, mask, hold, hide, escalate), with reason and record.

Each class has a `ClassRule`: at `threshold` its `action` applies; from `review_threshold` (when set)
up to the threshold the post is held for tutor review; `contexts` limits where the rule applies.
When several classes fire, the most severe action wins (escalate > hide > hold > mask > publish);
distress always escalates and is never hidden. A rule whose action is "publish" names its class
without acting on the post: off-topic is published (the chat answers with the out-of-scope reply, the
forum leaves it to people) but its verdict is "off_topic". Example::

    policy = Policy.from_dict({"toxic": {"threshold": 0.6, "action": "hide"}})
    decision = policy.decide({"toxic": 0.8, "spam": 0.1, ...}, context="forum")
    decision.action  # "hide"
"""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone

from moderation.messages import CLASS_SECTIONS, author_message as _author_message
from moderation.verdict import ACTIONS, CLASSES, Verdict

log = logging.getLogger(__name__)

ACTION_RANK = {"publish": 0, "mask": 1, "hold": 2, "hide": 3, "escalate": 4}
CLASS_ORDER = ("distress", "toxic", "spam", "personal_data", "off_topic")
CONTEXTS = ("chat", "forum")
FORUM_CHANNELS = ("forum", "discourse", "moodle", "flarum", "nodebb")


def context_kind(context: str | None) -> str:
    """"forum" for forum posts (any forum channel name), "chat" for everything else (telegram, web...)."""
    name = (context or "chat").lower()
    return "forum" if any(name.startswith(f) for f in FORUM_CHANNELS) else "chat"


@dataclass(frozen=True)
class ClassRule:
    """When a class score reaches `threshold`, take `action`; from `review_threshold`, hold for review."""

    threshold: float
    action: str
    review_threshold: float | None = None
    contexts: tuple[str, ...] = CONTEXTS

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown action {self.action!r}; expected one of {ACTIONS}")
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"threshold {self.threshold} is outside [0, 1]")
        if self.review_threshold is not None and not 0.0 <= self.review_threshold <= self.threshold:
            raise ValueError("review_threshold must lie in [0, threshold]")

    def action_for(self, score: float, context: str) -> str:
        """The action this rule asks for at `score` in `context`."""
        if context not in self.contexts:
            return "publish"
        if score >= self.threshold:
            return self.action
        if self.review_threshold is not None and score >= self.review_threshold:
            return "hold"
        return "publish"


def default_rules() -> dict[str, ClassRule]:
    """The default rules: recall first for distress, precision first for hiding."""
    return {
        "distress": ClassRule(0.4, "escalate"),
        "toxic": ClassRule(0.5, "hold"),
        "spam": ClassRule(0.7, "hide", review_threshold=0.5),
        "personal_data": ClassRule(0.5, "mask"),
        "off_topic": ClassRule(0.85, "publish"),
    }


@dataclass(frozen=True)
class Decision:
    """The outcome of the policy for one set of scores."""

    verdict: str
    action: str
    reason: str = ""
    charter_section: str = ""
    priority: str = "normal"


@dataclass(frozen=True)
class Policy:
    """Maps class scores to an action; configurable per class (see `from_dict`).

    `charter_titles` optionally overrides the charter section titles used in author messages,
    e.g. ``{"charter-respect": {"fr": "...", "ar": "..."}}``.
    """

    rules: Mapping[str, ClassRule] = field(default_factory=default_rules)
    charter_titles: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.rules) - set(CLASSES)
        if unknown:
            raise ValueError(f"unknown classes in policy: {sorted(unknown)}")
        distress = self.rules.get("distress")
        if distress is None or distress.action != "escalate":
            raise ValueError("distress must escalate: it is never hidden or held")

    @classmethod
    def from_dict(cls, data: Mapping) -> Policy:
        """A policy from a dict like {"toxic": {"threshold": 0.6, "action": "hide"}}, over the defaults."""
        rules = default_rules()
        titles = dict(data.get("charter_titles", {}))
        for name, spec in data.items():
            if name == "charter_titles":
                continue
            if name not in CLASSES:
                raise ValueError(f"unknown class {name!r}; expected one of {CLASSES}")
            if not isinstance(spec, Mapping):
                raise ValueError(f"rule for {name!r} must be a mapping")
            spec = dict(spec)
            if "contexts" in spec:
                spec["contexts"] = tuple(spec["contexts"])
            rules[name] = replace(rules[name], **spec)
        return cls(rules=rules, charter_titles=titles)

    def decide(self, labels: Mapping[str, float], context: str = "chat", cues: tuple[str, ...] = ()) -> Decision:
        """The verdict, action, reason and charter section for these scores."""
        best: tuple[int, int, str, str] | None = None
        for order, name in enumerate(CLASS_ORDER):
            rule = self.rules.get(name)
            if rule is None:
                continue
            action = rule.action_for(float(labels.get(name, 0.0)), context)
            if action == "publish":
                continue
            key = (ACTION_RANK[action], -order, name, action)
            if best is None or key > best:
                best = key
        if best is None:  # a class may still be named while the post is published (off-topic)
            named = [name for name in CLASS_ORDER if name in self.rules and self.rules[name].action == "publish"
                     and context in self.rules[name].contexts
                     and float(labels.get(name, 0.0)) >= self.rules[name].threshold]
            if not named:
                return Decision("ok", "publish")
            best = (0, 0, named[0], "publish")
        _, _, name, action = best
        rule = self.rules[name]
        score = float(labels.get(name, 0.0))
        limit = rule.threshold if score >= rule.threshold else rule.review_threshold
        fired = [c for c in cues if c.startswith(name + ":")]
        reason = f"{name} {score:.2f} >= {limit:.2f} -> {action}"
        if fired:
            reason += " (" + ", ".join(fired) + ")"
        section = CLASS_SECTIONS.get(name, "")
        if name == "toxic" and "toxic:slur" in cues:
            section = "charter-no-hate"
        return Decision(name, action, reason, section, "urgent" if action == "escalate" else "normal")

    def author_message(self, verdict: Verdict, lang: str | None = None) -> str:
        """Why the post was held, hidden or masked, in "ar" or "fr", citing the charter and the appeal."""
        return _author_message(verdict, lang, self.charter_titles)


def author_message(verdict: Verdict, lang: str | None = None) -> str:
    """Why the post was held, hidden or masked, in "ar" or "fr", citing the charter and the appeal."""
    return _author_message(verdict, lang)


EXCERPT_CHARS = 2000


@dataclass(frozen=True)
class ModerationRecord:
    """One decision: scores, reason, cues, the evidence behind them and hashes; never the author id.

    `excerpt` is the *masked* text, kept only when a class was found (verdict other than "ok"), so a
    tutor can review and overturn the decision in the console; it is never logged (`to_dict` leaves it
    out) and the bot layer stores it with the decision.
    """

    at: str
    context: str
    lang: str
    author_ref: str
    text_sha: str
    text_length: int
    verdict: str
    action: str
    priority: str
    reason: str
    charter_section: str
    labels: dict[str, float]
    cues: tuple[str, ...]
    masked: tuple[str, ...]
    evidence: dict = field(default_factory=dict)
    excerpt: str = ""
    ref: str = ""  # the post it is about ("<channel>:<post id>"), when the caller named one

    @classmethod
    def of(cls, verdict: Verdict, text: str, author: str | None, context: str,
           pseudonym: Callable[[str], str] | None = None, ref: str | None = None) -> ModerationRecord:
        """The record of `verdict` for `text` posted by `author` in `context` (`ref`: the post, as `check` names it).

        `pseudonym` turns the author id and the text into references; give a keyed one (an HMAC with a
        server secret) in production, so that a known id cannot be looked up in the log by hashing it.
        """
        def short_hash(value: str) -> str:
            return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]

        hashed = pseudonym or short_hash
        return cls(
            at=datetime.now(timezone.utc).isoformat(timespec="seconds"), context=context, lang=verdict.lang,
            author_ref=hashed(author) if author else "", text_sha=hashed(text), text_length=len(text),
            verdict=verdict.verdict, action=verdict.action, priority=verdict.priority, reason=verdict.reason,
            charter_section=verdict.charter_section, labels=verdict.to_json()["labels"], cues=verdict.cues,
            masked=tuple(kind for _, _, kind in verdict.spans), evidence=dict(verdict.evidence),
            excerpt=(verdict.masked_text or "")[:EXCERPT_CHARS] if verdict.verdict != "ok" else "",
            ref=(ref or "")[:191],
        )

    def to_dict(self) -> dict:
        """A JSON-ready dict of the record, without the excerpt (what is logged)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "excerpt"}


def log_record(record: ModerationRecord) -> None:
    """Log a decision: distress at WARNING, other actions at INFO, plain publish at DEBUG."""
    level = logging.WARNING if record.priority == "urgent" else (
        logging.DEBUG if record.action == "publish" else logging.INFO)
    if log.isEnabledFor(level):
        log.log(level, "moderation %s %s: %s", record.action, record.verdict, record.reason or "ok",
                extra={"moderation": record.to_dict()})
