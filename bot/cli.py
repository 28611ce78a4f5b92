"""The `rafiq` command: serve, index, corpus check, ask, chat, eval, calibrate, doctor, moderate.

`main` reads the settings once, sets up logging (quiet unless RAFIQ_LOG_LEVEL says otherwise), runs the
command from `bot.commands`, and turns a failure the operator can fix into one bilingual message and exit
code 2 (`bot.startup.explain`); anything else is exit code 1, its traceback only with RAFIQ_LOG_LEVEL=debug.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

from bot import commands
from bot.logs import configure_logging
from bot.texts import by_lang

log = logging.getLogger("rafiq")

EXAMPLES = """\
examples:
  rafiq serve                                   web chat, API and workers on http://127.0.0.1:8000/
  rafiq ask "ما هو التقويم التكويني؟"              one question through the whole Tutor
  rafiq ask "Comment préparer une séance ?" --json
  RAFIQ_SERVER_URL=http://127.0.0.1:8000 rafiq chat   chat with a running server (nothing loaded here)
  rafiq index --json                            build or check the index of the corpus
  rafiq corpus check path/to/guide              validate a corpus folder before indexing it
  rafiq eval --corpus corpus --questions tests/data/questions --json
  rafiq calibrate --dry-run                     refit the confidence, print what would change
  rafiq doctor                                  what is misconfigured, and how to fix it
  rafiq moderate "texte à vérifier" --json
  rafiq report week --json                      the coordinator's weekly figures

configuration: RAFIQ_* environment variables (README.md lists them all), e.g. RAFIQ_DATA_DIR,
RAFIQ_CORPUS_DIR, RAFIQ_DATABASE_URL, RAFIQ_HTTP_PORT, RAFIQ_TELEGRAM_TOKEN, RAFIQ_LOG_LEVEL=debug,
RAFIQ_LOG_FORMAT=json. Exit codes: 0 done, 1 failed, 2 a setting or the input must be changed.
"""
JSON_HELP = "print the result as one JSON object"
LANG_HELP = "language of the question when it cannot be told from the text (ar or fr)"


def _sub(sub, name: str, help_: str, func, description: str = "", epilog: str = ""):
    """A sub-command parser with its one-line help, a description and examples."""
    p = sub.add_parser(name, help=help_, description=description or help_[0].upper() + help_[1:] + ".",
                       epilog=epilog or None, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(func=func)
    return p


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command, every option described."""
    parser = argparse.ArgumentParser(prog="rafiq", description="Rafiq (رفيق): the trainers' assistant.",
                                     epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _sub(sub, "serve", "run the web app, Telegram bot and workers", commands.cmd_serve,
             "Run the web chat, the API (/api/ask, /docs), the tutors' console, the forum hooks, the Telegram bot "
             "when RAFIQ_TELEGRAM_TOKEN is set, and the workers. Serves at once; on a first start the index is "
             "completed in the background (see /health).", "example:\n  rafiq serve --port 8080")
    p.add_argument("--host", help="address to listen on (default: RAFIQ_HTTP_HOST, 127.0.0.1)")
    p.add_argument("--port", type=int, help="port to listen on (default: RAFIQ_HTTP_PORT, 8000)")

    p = _sub(sub, "index", "build the retrieval index of a corpus folder", commands.cmd_index,
             epilog="examples:\n  rafiq index\n  rafiq index path/to/guide --json")
    p.add_argument("dir", nargs="?", help="corpus folder (default: RAFIQ_CORPUS_DIR, the bundled guide)")
    p.add_argument("--kind", choices=["auto", "flat", "hnsw"],
                   help="vector index: flat (exact), hnsw (approximate, for large guides) or auto by size")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = _sub(sub, "corpus", "corpus tools", None)
    csub = p.add_subparsers(dest="corpus_command", required=True, metavar="COMMAND")
    c = _sub(csub, "check", "validate a corpus folder (exit code 1 on an error)", commands.cmd_corpus_check,
             epilog="example:\n  rafiq corpus check path/to/guide --lang ar")
    c.add_argument("dir", nargs="?", help="corpus folder (default: RAFIQ_CORPUS_DIR)")
    c.add_argument("--lang", choices=["ar", "fr"], default="fr", help="language of the report (default: fr)")
    c.add_argument("--json", action="store_true", help=JSON_HELP)

    p = _sub(sub, "ask", "ask one question", commands.cmd_ask,
             "One message through the whole Tutor (language, moderation, intent, retrieval, decision). With "
             "RAFIQ_SERVER_URL set, the running server answers it.",
             'examples:\n  rafiq ask "ما هو التقويم التكويني؟"\n  rafiq ask "Comment préparer une séance ?" --json')
    p.add_argument("text", help="the question or message")
    p.add_argument("--lang", choices=["ar", "fr"], help=LANG_HELP)
    p.add_argument("--json", action="store_true",
                   help='print {"answer", "lang", "intent", "confidence", "citations", "escalate", "reason"}')

    p = _sub(sub, "chat", "chat in the terminal", commands.cmd_chat,
             "Chat with Rafiq in the terminal (/quit or Ctrl-D to leave). With RAFIQ_SERVER_URL set, the running "
             "server answers.", "example:\n  RAFIQ_SERVER_URL=http://127.0.0.1:8000 rafiq chat")
    p.add_argument("--lang", choices=["ar", "fr"], help=LANG_HELP)

    p = _sub(sub, "eval", "evaluate retrieval on labelled questions", commands.cmd_eval,
             epilog="example:\n  rafiq eval --corpus corpus --questions tests/data/questions --json")
    p.add_argument("--corpus", required=True, help="corpus folder to index and search")
    p.add_argument("--questions", required=True, nargs="+",
                   help='JSONL files or folders of lines {"id", "question", "lang", "expected": [section ids]}')
    p.add_argument("--threshold", type=float, help="answer confidence threshold (default: the calibrated one)")
    p.add_argument("--json", action="store_true", help=JSON_HELP + " on one line")

    p = _sub(sub, "calibrate", "fit the answer confidence on labelled questions", commands.cmd_calibrate,
             "Refit the confidence model and threshold (seeded, deterministic) and store them in "
             "retrieval/calibration.json; --dry-run prints what would change and stores nothing.",
             "example:\n  rafiq calibrate --dry-run")
    p.add_argument("--questions", nargs="+", default=[str(commands.ROOT / "tests" / "data" / "questions")],
                   help="JSONL files or folders of labelled questions (default: tests/data/questions)")
    p.add_argument("--precision", type=float, default=0.9,
                   help="precision the answered questions must reach (default: 0.9)")
    p.add_argument("--lexical-weight", type=float, default=None,
                   help="keep this weight of the keyword ranker instead of choosing it (default: chosen)")
    p.add_argument("--dry-run", action="store_true", help="compute and compare, store nothing")
    p.add_argument("--json", action="store_true", help=JSON_HELP)

    p = _sub(sub, "doctor", "check the set-up and say how to fix what is wrong", commands.cmd_doctor,
             "Check the configuration, the index (embedder, corpus hash, size), the database and its "
             "migrations, the Telegram token and the Bot API, the forum settings and secrets. Exit code 1 "
             "when something must be fixed.", "examples:\n  rafiq doctor\n  rafiq doctor --json --offline")
    p.add_argument("--json", action="store_true", help="print the checks as JSON")
    p.add_argument("--offline", action="store_true", help="do not contact the Telegram Bot API")
    p.add_argument("--lang", choices=["ar", "fr"], default="fr", help="language of the report (default: fr)")

    try:
        from moderation.cli import add_parser as add_moderate
    except ImportError:  # pragma: no cover - moderation is part of the package
        add_moderate = None
    if add_moderate:
        m = add_moderate(sub)
        m.formatter_class = argparse.RawDescriptionHelpFormatter
        m.description = ("Check a text, or a JSONL batch of lines {\"id\", \"text\"}, for toxicity, spam, personal data, "
                         "distress and off-topic; print the verdict and the action (exit code 1 when some lines "
                         "of a batch were unreadable, 2 when the input cannot be read).")
        m.epilog = 'examples:\n  rafiq moderate "texte à vérifier" --json\n  rafiq moderate --jsonl posts.jsonl'
        from bot.moderate_command import cmd_moderate  # off-topic over the index, as in the service (#16)
        m.set_defaults(func=cmd_moderate)
    from bot.reports.cli import add_parser as add_report  # rafiq report week|gaps (#17)
    add_report(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rafiq` console script."""
    from bot.errors import StartupError
    from bot.startup import explain, read_settings, unknown_variables

    args = build_parser().parse_args(argv)
    configure_logging()
    settings = None
    try:
        try:
            args.settings = settings = read_settings()
        except StartupError:
            if args.command != "doctor":  # the doctor reports a bad setting among its checks
                raise
            args.settings = None
        if settings is not None:
            configure_logging(settings.log_level, settings.log_format,
                              command_level="info" if args.command == "serve" else "warning")
        for variable, suggestion in unknown_variables(os.environ):
            key = "cli_unknown_variable" if suggestion else "cli_unknown_variable_plain"
            commands.say(by_lang(key, variable=variable, suggestion=suggestion), err=True)
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the edge: never a traceback for the user
        problem = explain(exc, settings)
        log.debug("command failed", exc_info=True)
        if problem is not None:
            commands.say(by_lang(problem.key, **problem.values), err=True)
            return 2
        commands.say(by_lang("cli_error", problem=f"{type(exc).__name__}: {exc}"), err=True)
        return 1


if __name__ == "__main__":
    sys.exit(main())
