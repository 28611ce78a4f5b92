"""The Moderator: one call turns a text into a `Verdict` (scores, deciding class, action, masked text).

Signals per class, combined by noisy-or:
- toxic: the learned models (n-gram + e5 head, calibrated per language family) and the insult lexicon
  (`moderation.abuse`: Darija, Arabizi, MSA, French, whatever the spelling); an insult that is quoted,
  reported or asked about is a mention (`moderation.mentions`): it and its quotes are set aside first, and
  so are blessings ("الله يجازيك بخير", `moderation.blessings`), which the models read as curses;
- spam: the learned models, the spam lexicon, link farms, invites, shorteners and the same text posted
  again by one author on the forum; a sincere question that asks nobody to act (prices, brands, the
  attestation) counts for less;
- distress: the learned models and the distress lexicon;
- personal_data: the regex detectors (1.0 when anything is found; the text is masked);
- off_topic: 1 - relevance from an injected `TopicScorer` (the guide, calendar and course; 0 without one).
Example::

    moderator = Moderator()
    moderator.warm_up()
    verdict = moderator.check("salam, appelez-moi au 06 12 34 56 78", author="u1", context="forum")
    verdict.action, verdict.masked_text   # ("mask", "salam, appelez-moi au [téléphone masqué]")
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from moderation.abuse import AbuseLexicon
from moderation.blessings import without_blessings
from moderation.learned import LearnedClassifier
from moderation.lexicon import LexiconClassifier, noisy_or
from moderation.mentions import own_words
from moderation.model import NgramClassifier, model_text
from moderation.personal_data import find_personal_data, mask
from moderation.policy import ModerationRecord, Policy, context_kind, log_record
from moderation.protocols import Classifier, TopicScorer
from moderation.repeats import MemoryRepeatStore, RepeatStore
from moderation.spam_signals import link_cues, repeat_cue, sincere_question, solicits
from moderation.text import clean, guess_lang, message_lang
from moderation.verdict import CLASSES, Verdict

log = logging.getLogger(__name__)
MIN_TOPIC_WORDS = 3
SINCERE_QUESTION_FACTOR = 0.4  # spam evidence kept for a question that asks nobody to act
MODEL_CUE = 0.5  # a learned score from which the model is named among the cues


class Moderator:
    """Checks chat messages and forum posts; see the module docstring for an example.

    `classifiers` are the learned scorers (default: `LearnedClassifier`, the n-gram model and the e5
    head); the lexicons, link and repeat signals and personal data detectors always run. `sink`
    receives every `ModerationRecord` (the bot layer stores them); every decision is also logged.
    """

    def __init__(self, policy: Policy | None = None, topic_scorer: TopicScorer | None = None,
                 repeat_store: RepeatStore | None = None, classifiers: Sequence[Classifier] | None = None,
                 sink: Callable[[ModerationRecord], None] | None = None, mask_style: str = "label",
                 pseudonym: Callable[[str], str] | None = None) -> None:
        self.policy = policy or Policy()
        self.topic_scorer = topic_scorer
        self._repeats = repeat_store if repeat_store is not None else MemoryRepeatStore()
        self._classifiers = list(classifiers) if classifiers is not None else [LearnedClassifier()]
        self._lexicon = LexiconClassifier()
        self._abuse = AbuseLexicon()
        self._sink = sink
        self._mask_style = mask_style
        self._pseudonym = pseudonym

    def warm_up(self) -> None:
        """Load the models and compile the lexicons, once, before serving."""
        for scorer in (*self._classifiers, self.topic_scorer):
            warm = getattr(scorer, "warm_up", None)
            if callable(warm):
                warm()
        self._lexicon.classify("")
        self._abuse.hits("")

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
            return self._finish(verdict, text, author, context, ref)
        signals: dict[str, list[float]] = {cls: [] for cls in CLASSES}
        cues: list[str] = []
        evidence: dict = {}
        normalized = model_text(text)
        words = own_words(normalized, self._abuse.hits(normalized))
        if words.mentions:
            cues.append("toxic:mention")
            evidence["mentions_set_aside"] = words.mentions
        readable, blessings = without_blessings(words.text)
        if blessings:  # "الله يجازيك بخير" is thanks: the models read the rest, if any
            evidence["blessings_set_aside"] = blessings
            if re.search(r"\w", readable):
                self._score_classifiers(readable, readable, signals, cues, evidence)
        else:
            self._score_classifiers(text if not words.mentions else words.text, words.text, signals, cues, evidence)
        for hit in words.kept:
            signals["toxic"].append(hit.weight)
            cues.append(f"toxic:{hit.cue}")
        topic_said = False  # "suicide" in a title and again in its post is one topic named, not two cues
        for hit in self._lexicon.hits(normalized):
            if hit.cue == "topic_word":
                if topic_said:
                    continue
                topic_said = True
            if hit.cls != "toxic":
                signals[hit.cls].append(hit.weight)
                cues.append(f"{hit.cls}:{hit.cue}")
        if sincere_question(normalized) and not solicits(text, normalized):
            if noisy_or(signals["spam"]) >= 0.3:
                cues.append("spam:sincere_question")
            signals["spam"] = [w * SINCERE_QUESTION_FACTOR for w in signals["spam"]]
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
        off_topic = self._off_topic(text, evidence)
        if off_topic:
            signals["off_topic"].append(off_topic)
            rule = self.policy.rules.get("off_topic")
            if rule is not None and off_topic >= rule.threshold:
                cues.append("off_topic:far_from_course")
        labels = {cls: round(noisy_or(values), 4) for cls, values in signals.items()}
        cues = list(dict.fromkeys(cues))
        decision = self.policy.decide(labels, context, tuple(cues))
        masked = mask(text, matches, lang=message_lang(lang, text), style=self._mask_style) if matches else text
        verdict = Verdict(
            labels=labels, verdict=decision.verdict, action=decision.action, masked_text=masked,
            reason=decision.reason, charter_section=decision.charter_section,
            spans=tuple((m.start, m.end, m.kind) for m in matches), lang=lang,
            priority=decision.priority, cues=tuple(cues), evidence=evidence,
        )
        return self._finish(verdict, text, author, context, ref)

    def author_message(self, verdict: Verdict, lang: str | None = None) -> str:
        """The explanation for the author (held, hidden or masked), citing the charter; "" otherwise."""
        return self.policy.author_message(verdict, lang)

    def _score_classifiers(self, text: str, normalized: str, signals: dict[str, list[float]], cues: list[str],
                           evidence: dict) -> None:
        for classifier in self._classifiers:
            try:
                if isinstance(classifier, LearnedClassifier):
                    learned = classifier.explain(text, normalized)
                    scores = learned.scores
                    evidence["models"] = {"mode": classifier.mode, "family": learned.family,
                                          "ngram": learned.ngram, "e5": learned.e5, "calibrated": scores}
                elif isinstance(classifier, NgramClassifier):
                    scores = classifier.classify_normalized([normalized])[0]
                else:
                    scores = classifier.classify(text)
            except Exception:  # one broken scorer must not stop moderation: the rules still run
                log.exception("classifier %s failed; continuing without it", type(classifier).__name__)
                continue
            for cls, score in scores.items():
                if cls in signals:
                    signals[cls].append(float(score))
                    if score >= MODEL_CUE:
                        cues.append(f"{cls}:model")

    def _off_topic(self, text: str, evidence: dict) -> float:
        if self.topic_scorer is None or len(text.split()) < MIN_TOPIC_WORDS:
            return 0.0
        try:
            explain = getattr(self.topic_scorer, "explain", None)
            if callable(explain):
                found = dict(explain(text))
                evidence["topic"] = found
                relevance = float(found["relevance"])
            else:
                relevance = float(self.topic_scorer.relevance(text))
        except Exception:
            log.exception("topic scorer failed; off_topic left at 0")
            return 0.0
        return round(1.0 - min(1.0, max(0.0, relevance)), 4)

    def _finish(self, verdict: Verdict, text: str, author: str | None, context: str, ref: str | None = None) -> Verdict:
        record = ModerationRecord.of(verdict, text, author, context, self._pseudonym, ref)
        log_record(record)
        if self._sink is not None:
            try:
                self._sink(record)
            except Exception:
                log.exception("moderation sink failed")
        return verdict
