"""The `moderate` command: ``rafiq moderate "TEXT" [--json]`` and ``rafiq moderate --jsonl FILE``.

Batch mode reads lines ``{"id", "text"}`` and writes, in the same order, one line per input line:
``{"id", "labels": {class: score}, "verdict", "action"}``, or for a bad line
``{"id", "line", "error"}`` (not UTF-8, not JSON, not an object, no text): nothing is dropped.
Blank lines are skipped. Exit status: 0 when every line was moderated, 1 when some lines were bad,
2 when the input cannot be read. ``rafiq moderate`` passes the service's off-topic scorer (over the built
index); when it cannot (no index, or ``python -m moderation.cli moderate``), off_topic stays 0 and a
note on stderr says why.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import IO, Any

HELP = "check a text (or a JSONL batch) for toxicity, spam, personal data, distress, off-topic"


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register the `moderate` subcommand on an argparse subparsers object."""
    parser = subparsers.add_parser("moderate", help=HELP, description=__doc__.splitlines()[0])
    parser.add_argument("text", nargs="?", help="the text to check")
    parser.add_argument("--json", action="store_true", help='print {"labels", "verdict", "action"}')
    parser.add_argument("--jsonl", metavar="FILE", help='batch: lines {"id", "text"}; "-" reads stdin')
    parser.add_argument("--lang", help="language of the text(s) if known (ar, ary, ary-Latn, fr)")
    parser.add_argument("--context", choices=("chat", "forum"), default="forum", help="default: forum")
    parser.add_argument("--policy", metavar="FILE", help='JSON policy, e.g. {"toxic": {"threshold": 0.6}}')
    parser.set_defaults(func=run)
    return parser


def _emit(obj: dict, out: IO[str]) -> None:
    try:
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    except UnicodeEncodeError:
        out.write(json.dumps(obj) + "\n")


NO_TOPIC = "off_topic not computed: run `rafiq moderate` with a built index (`rafiq index`)"


def _build(args: argparse.Namespace, topic_scorer: Any = None, classifiers: Any = None):
    from moderation.moderator import Moderator
    from moderation.policy import Policy

    policy = None
    if getattr(args, "policy", None):
        policy = Policy.from_dict(json.loads(Path(args.policy).read_text(encoding="utf-8")))
    moderator = Moderator(policy=policy, topic_scorer=topic_scorer, classifiers=classifiers)
    moderator.warm_up()
    return moderator


def _parse_line(raw: bytes, number: int) -> tuple[Any, str | None, str | None]:
    """(id, text, error) for one input line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, None, f"line {number}: not valid UTF-8 (byte {exc.start})"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, None, f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(record, dict):
        return None, None, f"line {number}: expected a JSON object with \"id\" and \"text\""
    ident, text = record.get("id"), record.get("text")
    if not isinstance(text, str):
        return ident, None, f"line {number}: \"text\" is missing or not a string"
    return ident, text, None


def run_batch(moderator: Any, source: IO[bytes], out: IO[str], lang: str | None = None,
              context: str = "forum") -> tuple[int, int]:
    """Moderate every line of `source` into `out`; returns (lines moderated, bad lines)."""
    done = bad = 0
    for number, raw in enumerate(source, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        ident, text, error = _parse_line(raw.rstrip(b"\r\n"), number)
        if error is None:
            try:
                verdict = moderator.check(text, lang=lang, context=context)
            except Exception as exc:  # one failing line must not lose the others
                logging.getLogger(__name__).exception("line %d failed", number)
                error = f"line {number}: moderation failed ({type(exc).__name__})"
        if error is not None:
            _emit({"id": ident, "line": number, "error": error}, out)
            bad += 1
            continue
        _emit({"id": ident, **verdict.to_json()}, out)
        done += 1
    return done, bad


def _print_human(verdict: Any, moderator: Any, out: IO[str], topic_note: str = "") -> None:
    labels = verdict.to_json()["labels"]
    out.write(f"verdict: {verdict.verdict}   action: {verdict.action}\n")
    out.write("scores:  " + "  ".join(f"{k} {v:.2f}" for k, v in labels.items()) + "\n")
    if verdict.reason:
        out.write(f"reason:  {verdict.reason}\n")
    models = verdict.evidence.get("models")
    if models:
        parts = "  ".join(f"{name} " + " ".join(f"{k} {v:.2f}" for k, v in models[name].items())
                          for name in ("ngram", "e5") if models.get(name))
        out.write(f"models:  {parts}  (language family {models['family']})\n")
    topic = verdict.evidence.get("topic")
    if topic and topic.get("section"):
        out.write(f"topic:   relevance {topic['relevance']:.2f}, nearest section {topic['section']} "
                  f"(guide {topic['guide']:.2f}, question key {topic['key']:.2f})\n")
    elif topic_note or (topic or {}).get("note"):
        out.write(f"topic:   {topic_note or topic['note']}\n")
    if verdict.spans:
        out.write(f"masked:  {verdict.masked_text}\n")
    message = moderator.author_message(verdict)
    if message:
        out.write(f"author:  {message}\n")


def run(args: argparse.Namespace, topic_scorer: Any = None, topic_note: str = NO_TOPIC,
        classifiers: Any = None) -> int:
    """Run the `moderate` command (off-topic only with a `topic_scorer`; `topic_note` says why not;
    `classifiers` replace the default learned ones, e.g. reading the caller's embedder)."""
    out = sys.stdout
    if bool(args.text is not None) == bool(args.jsonl):
        sys.stderr.write('moderate: give either a TEXT or --jsonl FILE (see "moderate --help")\n')
        return 2
    try:
        moderator = _build(args, topic_scorer, classifiers)
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"moderate: bad policy: {exc}\n")
        return 2
    note = "" if topic_scorer is not None else topic_note
    if note and (args.json or args.jsonl):
        sys.stderr.write(f"moderate: {note}\n")
    if args.text is not None:
        verdict = moderator.check(args.text, lang=args.lang, context=args.context)
        if args.json:
            _emit(verdict.to_json(), out)
        else:
            _print_human(verdict, moderator, out, note)
        return 0
    try:
        source = sys.stdin.buffer if args.jsonl == "-" else open(args.jsonl, "rb")
    except OSError as exc:
        sys.stderr.write(f"moderate: cannot read {args.jsonl}: {exc.strerror}\n")
        return 2
    with source:
        done, bad = run_batch(moderator, source, out, lang=args.lang, context=args.context)
    sys.stderr.write(f"moderate: {done} line(s) moderated, {bad} bad line(s)\n")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    """Entry point for ``python -m moderation.cli moderate ...``."""
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="python -m moderation.cli")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
