"""The Moderator: one call turns a text into a `Verdict` (scores, deciding class, action, masked text).

Signals per class, combined by noisy-or:
- toxic, spam, distress: the n-gram model (`NgramClassifier`) and the keyword lexicons;
- spam also: link farms, group invites, shorteners, and the same text re-posted by one author;
- personal_data: the regex detectors (1.0 when anything is found; the text is masked);
- off_topic: 1 - relevance from an injected `TopicScorer` (0 when none is given).
Example::

    moderator = Moderator()
    moderator.warm_up()
    verdict = moderator.check("salam, appelez-moi au 06 12 34 56 78", author="u1", context="forum")
    verdict.action, verdict.masked_text   # ("mask", "salam, appelez-moi au [téléphone masqué]")
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from moderation.lexicon import LexiconClassifier, noisy_or
from moderation.model import NgramClassifier, model_text
from moderation.personal_data import find_personal_data, mask
from moderation.policy import ModerationRecord, Policy, context_kind, log_record
from moderation.protocols import Classifier, TopicScorer
from moderation.repeats import MemoryRepeatStore, RepeatStore
from moderation.spam_signals import link_cues, repeat_cue
from moderation.text import clean, guess_lang, message_lang
from moderation.verdict import CLASSES, Verdict

log = logging.getLogger(__name__)
MIN_TOPIC_WORDS = 3


class Moderator:
    """Checks chat messages and forum posts; see the module docstring for an example.

    `classifiers` are the learned scorers (default: the bundled n-gram model); the lexicon rules,
    link and repeat signals and personal data detectors always run. `sink` receives every
    `ModerationRecord` (the bot layer stores them); every decision is also logged.
    """

    def __init__(self, policy: Policy | None = None, topic_scorer: TopicScorer | None = None,
                 repeat_store: RepeatStore | None = None, classifiers: Sequence[Classifier] | None = None,
                 sink: Callable[[ModerationRecord], None] | None = None, mask_style: str = "label",
                 pseudonym: Callable[[str], str] | None = None) -> None:
        self.policy = policy or Policy()
        self._topic = topic_scorer
        self._repeats = repeat_store if repeat_store is not None else MemoryRepeatStore()
        self._classifiers = list(classifiers) if classifiers is not None else [NgramClassifier()]
        self._lexicon = LexiconClassifier()
        self._sink = sink
        self._mask_style = mask_style
        self._pseudonym = pseudonym

    def warm_up(self) -> None:
        """Load (or train) the models and compile the lexicons, once, before serving."""
        for classifier in self._classifiers:
            warm = getattr(classifier, "warm_up", None)
            if callable(warm):
                warm()
        self._lexicon.classify("")

    def check(self, text: str, lang: str | None = None, author: str | None = None,
              context: str = "chat", ref: str | None = None) -> Verdict:
        """Moderate one text; `lang` is the detected language if known; `context` is "chat" or "forum"
        (a channel name also works: "telegram", "web" count as chat, "discourse", "moodle" as forum);
        `ref` names the post (e.g. its forum post id), so checking it again never makes it a repeat."""
        context = context_kind(context)
        if not isinstance(text, str):
            raise TypeError("text must be a str; decode bytes first")
        lang = lang or guess_lang(text)
        if not clean(text).strip():
            verdict = Verdict(labels=dict.fromkeys(CLASSES, 0.0), masked_text=text, reason="empty", lang=lang)
            return self._finish(verdict, text, author, context)
        signals: dict[str, list[float]] = {cls: [] for cls in CLASSES}
        cues: list[str] = []
        normalized = model_text(text)
        self._score_classifiers(text, normalized, signals)
        hits = self._lexicon.hits(normalized)
        for hit in hits:
            signals[hit.cls].append(hit.weight)
            cues.append(f"{hit.cls}:{hit.cue}")
        spam_cues = link_cues(text)
        if author and context == "forum":  # re-posting is a forum matter; a chat may ask twice
            spam_cues += repeat_cue(self._repeats.record(author, text, ref), text)
        for cue, weight in spam_cues:
            signals["spam"].append(weight)
            cues.append(f"spam:{cue}")
        matches = find_personal_data(text)
        if matches:
            signals["personal_data"].append(1.0)
            cues.extend(f"personal_data:{kind}" for kind in dict.fromkeys(m.kind for m in matches))
        off_topic = self._off_topic(text)
        if off_topic:
            signals["off_topic"].append(off_topic)
        labels = {cls: round(noisy_or(values), 4) for cls, values in signals.items()}
        cues = list(dict.fromkeys(cues))
        decision = self.policy.decide(labels, context, tuple(cues))
        masked = mask(text, matches, lang=message_lang(lang, text), style=self._mask_style) if matches else text
        verdict = Verdict(
            labels=labels, verdict=decision.verdict, action=decision.action, masked_text=masked,
            reason=decision.reason, charter_section=decision.charter_section,
            spans=tuple((m.start, m.end, m.kind) for m in matches), lang=lang,
            priority=decision.priority, cues=tuple(cues),
        )
        return self._finish(verdict, text, author, context)

    def author_message(self, verdict: Verdict, lang: str | None = None) -> str:
        """The explanation for the author (held, hidden or masked), citing the charter; "" otherwise."""
        return self.policy.author_message(verdict, lang)

    def _score_classifiers(self, text: str, normalized: str, signals: dict[str, list[float]]) -> None:
        for classifier in self._classifiers:
            try:
                if isinstance(classifier, NgramClassifier):
                    scores = classifier.classify_normalized([normalized])[0]
                else:
                    scores = classifier.classify(text)
            except Exception:  # one broken scorer must not stop moderation: the rules still run
                log.exception("classifier %s failed; continuing without it", type(classifier).__name__)
                continue
            for cls, score in scores.items():
                if cls in signals:
                    signals[cls].append(float(score))

    def _off_topic(self, text: str) -> float:
        if self._topic is None or len(text.split()) < MIN_TOPIC_WORDS:
            return 0.0
        try:
            relevance = float(self._topic.relevance(text))
        except Exception:
            log.exception("topic scorer failed; off_topic left at 0")
            return 0.0
        return 1.0 - min(1.0, max(0.0, relevance))

    def _finish(self, verdict: Verdict, text: str, author: str | None, context: str) -> Verdict:
        record = ModerationRecord.of(verdict, text, author, context, self._pseudonym)
        log_record(record)
        if self._sink is not None:
            try:
                self._sink(record)
            except Exception:
                log.exception("moderation sink failed")
        return verdict
