"""What each `rafiq` sub-command does (the parser and the error handling are in `bot.cli`).

Every command gets `args.settings`, read once by `bot.cli.main`; heavy modules are imported inside the
command that needs them, so `rafiq --help` and `rafiq ask` with RAFIQ_SERVER_URL load no model.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from bot.progress import progress_reporter
from bot.texts import by_lang

log = logging.getLogger("rafiq")
ROOT = Path(__file__).resolve().parents[1]


def say(message: dict[str, str] | str, err: bool = False) -> None:
    """Print a message; dict messages carry Arabic and French and both are shown."""
    text = message if isinstance(message, str) else f"{message['fr']}\n{message['ar']}"
    print(text, file=sys.stderr if err else sys.stdout)


def cmd_index(args) -> int:
    """Build (or confirm) the index of a corpus folder."""
    from bot.app import build_engine
    from bot.startup import check_corpus, check_data_dir
    from corpus.markdown import load_corpus

    settings = args.settings
    if args.dir:
        settings.corpus_dir = Path(args.dir)
    if args.kind:
        settings.index_kind = args.kind
    check_corpus(settings.corpus_dir)
    check_data_dir(settings.data_dir)
    engine = build_engine(settings)
    built = engine.warm_up(load_corpus(settings.corpus_dir), progress_reporter("index", "chunks"))
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

    root = Path(args.dir) if args.dir else args.settings.corpus_dir
    return run_check(root, lang=args.lang, json_out=args.json)


def local_services(settings):
    """The services, warmed up (store migrated, index loaded or built with progress)."""
    from bot.app import build_services
    from bot.startup import check_corpus, check_data_dir

    check_corpus(settings.corpus_dir)
    check_data_dir(settings.data_dir)
    services = build_services(settings)
    services.warm_up(progress_reporter("index", "chunks"))
    return services


def _asker(args):
    """A function text -> public `ask` JSON: the running server's when RAFIQ_SERVER_URL is set, else local."""
    settings = args.settings
    if settings.server_url:
        from bot.remote import RemoteTutor

        return RemoteTutor(settings.server_url).ask
    from bot.types import Message

    tutor = local_services(settings).tutor
    user = "cli" if args.command == "ask" else "terminal"
    return lambda text, lang: tutor.handle(Message(channel="cli", user=user, text=text, lang_hint=lang)).to_json()


def cmd_ask(args) -> int:
    """One message through the whole Tutor."""
    reply = _asker(args)(args.text, args.lang)
    print(json.dumps(reply, ensure_ascii=False) if args.json else reply["answer"])
    return 0


def cmd_chat(args) -> int:
    """An interactive chat in the terminal (Ctrl-D or /quit to leave)."""
    ask = _asker(args)
    print("Rafiq — écrivez votre question (/quit pour sortir) · اكتب سؤالك (/quit للخروج)")
    while True:
        try:
            line = input("> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.strip() in ("/quit", "/exit"):
            return 0
        print(ask(line, args.lang)["answer"] + "\n")


def cmd_eval(args) -> int:
    """Evaluate retrieval on a corpus and a labelled question file."""
    import hashlib

    from bot.app import build_engine
    from bot.startup import check_corpus, check_data_dir
    from corpus.markdown import load_corpus
    from retrieval.evaluate import QuestionFileError, evaluate, read_questions

    settings = args.settings
    corpus_dir = Path(args.corpus)
    try:
        questions = read_questions([Path(q) for q in args.questions])
    except (OSError, QuestionFileError) as exc:
        say(by_lang("cli_bad_questions", problem=exc), err=True)
        return 2
    check_corpus(corpus_dir)
    check_data_dir(settings.data_dir)
    if corpus_dir.resolve() != settings.corpus_dir.resolve():
        tag = hashlib.sha1(str(corpus_dir.resolve()).encode()).hexdigest()[:10]
        settings.data_dir = settings.data_dir / "eval" / tag
        settings.ensure_dirs()
    engine = build_engine(settings)
    engine.warm_up(load_corpus(corpus_dir), progress_reporter("index", "chunks"))
    threshold = args.threshold if args.threshold is not None else engine.threshold
    result = evaluate(lambda q: engine.search(q, k=5), questions, threshold, progress_reporter("eval", "questions"))
    result["corpus"] = str(corpus_dir)
    result["embedder"] = engine.embedder.name
    print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 2))
    return 0


def cmd_calibrate(args) -> int:
    """Refit the confidence model on a labelled question set; with --dry-run, only say what would change.

    It searches the corpus files alone (nothing from the database), with an index of its own, so the same
    corpus, questions and code give the same numbers whatever the data folder holds."""
    from bot.app import build_engine
    from bot.calibrate import FIT_ROUNDING, WEIGHTS, calibrate, changes, same_fit
    from bot.startup import check_corpus, check_data_dir
    from corpus.markdown import load_corpus
    from retrieval.index import corpus_hash

    settings = args.settings
    check_corpus(settings.corpus_dir)
    check_data_dir(settings.data_dir)
    settings.data_dir = settings.data_dir / "calibration"
    engine = build_engine(settings)
    sections = load_corpus(settings.corpus_dir)
    engine.warm_up(sections, progress_reporter("index", "chunks"))
    before = engine.calibration
    weights = (args.lexical_weight,) if args.lexical_weight is not None else WEIGHTS
    result = calibrate(engine, [Path(q) for q in args.questions], args.precision, save=not args.dry_run,
                       corpus_hash=corpus_hash(sections), weights=weights)
    result["changes"] = {name: list(pair) for name, pair in changes(before, result["calibration"]).items()}
    print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 2))
    if not args.json:
        verb = "would change" if args.dry_run else "changed"
        if not result["changes"]:
            print(f"calibration of {before.embedder}: reproduced exactly, nothing {verb}", file=sys.stderr)
        elif same_fit(result["changes"]):
            print(f"calibration of {before.embedder}: reproduced (threshold and precision exactly; the weights "
                  f"below differ by less than {FIT_ROUNDING:.0%}, this CPU's floating-point rounding)", file=sys.stderr)
        for name, (old, new) in result["changes"].items():
            print(f"{name}: {old} → {new} ({verb})", file=sys.stderr)
    return 0


def cmd_serve(args) -> int:
    """Run the FastAPI app (web chat, API), the Telegram bot when configured, and the workers."""
    from bot.server import serve

    settings = args.settings
    if args.host:
        settings.http_host = args.host
    if args.port:
        settings.http_port = args.port
    return serve(settings)


def cmd_doctor(args) -> int:
    """Check the configuration, index, database, Telegram and forum settings; say what to fix."""
    from bot.doctor import print_report, run_checks

    results = run_checks(args.settings, online=not args.offline)
    return print_report(results, as_json=args.json, lang=args.lang)
