"""The `rafiq` command: serve, index, corpus check, ask, chat, eval, calibrate, moderate."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from bot.settings import Settings
from bot.texts import by_lang

log = logging.getLogger("rafiq")


def _say(message: dict[str, str] | str, err: bool = False) -> None:
    """Print a message; dict messages carry Arabic and French and both are shown."""
    text = message if isinstance(message, str) else f"{message['fr']}\n{message['ar']}"
    print(text, file=sys.stderr if err else sys.stdout)


def _progress(label: str):
    """A rich progress bar callback (done, total) that disappears when finished."""
    from rich.progress import BarColumn, Progress, TimeRemainingColumn

    bar = Progress("[progress.description]{task.description}", BarColumn(), "{task.completed}/{task.total}",
                   TimeRemainingColumn(), transient=True, console=None)
    task = {"id": None}

    def update(done: int, total: int) -> None:
        if task["id"] is None:
            bar.start()
            task["id"] = bar.add_task(label, total=total)
        bar.update(task["id"], completed=done, total=total)
        if done >= total:
            bar.stop()

    return update


def _settings(args) -> Settings:
    settings = Settings()
    logging.basicConfig(level=getattr(logging, settings.log_level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return settings


def cmd_index(args) -> int:
    """Build (or confirm) the index of a corpus folder."""
    from bot.app import build_engine
    from corpus.markdown import load_corpus

    settings = _settings(args)
    if args.dir:
        settings.corpus_dir = Path(args.dir)
    if args.kind:
        settings.index_kind = args.kind
    if not settings.corpus_dir.is_dir():
        _say(by_lang("cli_no_folder", path=settings.corpus_dir), err=True)
        return 2
    settings.ensure_dirs()
    engine = build_engine(settings)
    built = engine.warm_up(load_corpus(settings.corpus_dir), _progress("index"))
    m = engine.index.manifest
    result = {"built": built, "chunks": m.n_chunks, "question_keys": m.n_question_keys,
              "sections": m.n_sections, "embedder": m.embedder,
              "vector_kind": m.vector_kind, "corpus_hash": m.corpus_hash[:16], "path": str(settings.index_dir)}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        state = "built" if built else "unchanged (nothing to do)"
        print(f"index {state}: {m.n_sections} sections, {m.n_chunks} chunks ({m.n_question_keys} of them "
              f"question keys), {m.embedder}, {m.vector_kind} → {settings.index_dir}")
    return 0


def cmd_corpus_check(args) -> int:
    """Validate a corpus folder; exit code 1 on an error."""
    from corpus.check import run_check

    settings = _settings(args)
    root = Path(args.dir) if args.dir else settings.corpus_dir
    return run_check(root, lang=args.lang, json_out=args.json)


def _services(args):
    from bot.app import build_services

    settings = _settings(args)
    services = build_services(settings)
    services.warm_up(_progress("index"))
    return services


def cmd_ask(args) -> int:
    """One message through the whole Tutor."""
    from bot.types import Message

    services = _services(args)
    reply = services.tutor.handle(Message(channel="cli", user="cli", text=args.text, lang_hint=args.lang))
    if args.json:
        print(json.dumps(reply.to_json(), ensure_ascii=False))
    else:
        print(reply.text)
    return 0


def cmd_chat(args) -> int:
    """An interactive chat in the terminal (Ctrl-D or /quit to leave)."""
    from bot.types import Message

    services = _services(args)
    print("Rafiq — écrivez votre question (/quit pour sortir) · اكتب سؤالك (/quit للخروج)")
    while True:
        try:
            line = input("> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.strip() in ("/quit", "/exit"):
            return 0
        reply = services.tutor.handle(Message(channel="cli", user="terminal", text=line, lang_hint=args.lang))
        print(reply.text + "\n")


def cmd_eval(args) -> int:
    """Evaluate retrieval on a corpus and a labelled question file."""
    import hashlib

    from bot.app import build_engine
    from corpus.markdown import load_corpus
    from retrieval.evaluate import QuestionFileError, evaluate, read_questions

    settings = _settings(args)
    corpus_dir = Path(args.corpus)
    try:
        questions = read_questions([Path(q) for q in args.questions])
    except (OSError, QuestionFileError) as exc:
        _say(by_lang("cli_bad_questions", problem=exc), err=True)
        return 2
    settings.ensure_dirs()
    if corpus_dir.resolve() != settings.corpus_dir.resolve():
        tag = hashlib.sha1(str(corpus_dir.resolve()).encode()).hexdigest()[:10]
        settings.data_dir = settings.data_dir / "eval" / tag
        settings.ensure_dirs()
    engine = build_engine(settings)
    engine.warm_up(load_corpus(corpus_dir), _progress("index"))
    threshold = args.threshold if args.threshold is not None else engine.threshold
    result = evaluate(lambda q: engine.search(q, k=5), questions, threshold, _progress("eval"))
    result["corpus"] = str(corpus_dir)
    result["embedder"] = engine.embedder.name
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def cmd_calibrate(args) -> int:
    """Refit the confidence model on a labelled question set and store it."""
    from bot.calibrate import calibrate

    services = _services(args)
    result = calibrate(services.engine, [Path(q) for q in args.questions], args.precision, save=not args.dry_run)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def cmd_serve(args) -> int:
    """Run the FastAPI app (web chat, API), the Telegram bot when configured, and the workers."""
    from bot.server import serve

    settings = _settings(args)
    if args.host:
        settings.http_host = args.host
    if args.port:
        settings.http_port = args.port
    return serve(settings, _progress("index"))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(prog="rafiq", description="Rafiq (رفيق): the trainers' assistant")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="run the web app, Telegram bot and workers")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("index", help="build the retrieval index of a corpus folder")
    p.add_argument("dir", nargs="?")
    p.add_argument("--kind", choices=["auto", "flat", "hnsw"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("corpus", help="corpus tools")
    csub = p.add_subparsers(dest="corpus_command", required=True)
    c = csub.add_parser("check", help="validate a corpus folder")
    c.add_argument("dir", nargs="?")
    c.add_argument("--lang", choices=["ar", "fr"], default="fr")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_corpus_check)

    p = sub.add_parser("ask", help="ask one question")
    p.add_argument("text")
    p.add_argument("--lang", choices=["ar", "fr"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="chat in the terminal")
    p.add_argument("--lang", choices=["ar", "fr"])
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("eval", help="evaluate retrieval on labelled questions")
    p.add_argument("--corpus", required=True)
    p.add_argument("--questions", required=True, nargs="+")
    p.add_argument("--threshold", type=float)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("calibrate", help="fit the answer confidence on labelled questions")
    p.add_argument("--questions", nargs="+", default=["tests/data/questions"])
    p.add_argument("--precision", type=float, default=0.9)
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(func=cmd_calibrate)

    try:
        from moderation.cli import add_parser as add_moderate
    except ImportError:  # pragma: no cover - moderation is part of the package
        add_moderate = None
    if add_moderate:
        add_moderate(sub)
    from bot.reports.cli import add_parser as add_report  # rafiq report week|gaps (#17)
    add_report(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rafiq` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the edge: never a traceback for the user
        log.debug("command failed", exc_info=True)
        _say(by_lang("cli_error", problem=exc), err=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
