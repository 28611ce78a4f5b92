"""Rafiq's logging: libraries quiet, one line per event, plain text or JSON lines for a log collector.

    configure_logging("", "text", command_level="info")   # `rafiq serve`: Rafiq's steps at INFO
    configure_logging("", "text")                          # any other command: warnings and errors only
    configure_logging("debug", "json")                     # everything, libraries included, as JSON lines

`RAFIQ_LOG_LEVEL` (debug, info, warning, error; empty = the command's default) sets Rafiq's own loggers;
libraries (alembic, bm25s, faiss, httpx, uvicorn, python-telegram-bot...) say only warnings and errors
unless it is `debug`. `RAFIQ_LOG_FORMAT=json` writes one JSON object a line: time, level, logger, message,
and `error` / `traceback` for an exception. In text, an exception is one line too; its traceback is
printed only with RAFIQ_LOG_LEVEL=debug.
"""
from __future__ import annotations

import json
import logging
import sys
import traceback
from datetime import datetime, timezone

OWN = ("rafiq", "bot", "retrieval", "corpus", "moderation")
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
FORMATS = ("text", "json")
# uvicorn logs a request's exception again after the app's own handler has logged it (Starlette re-raises)
DUPLICATES = ("Exception in ASGI application",)


class _Stderr(logging.Handler):
    """Writes to the current `sys.stderr` (so a progress bar or pytest capturing it sees the lines)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
            sys.stderr.flush()
        except Exception:  # a closed stream must not break the program
            self.handleError(record)


class TextFormatter(logging.Formatter):
    """`2026-12-03 08:20:54 INFO bot.server: message`, an exception on the same line."""

    def __init__(self, tracebacks: bool = False) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S")
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        """One line (the traceback follows only in debug)."""
        exc_info, record.exc_info, record.exc_text = record.exc_info, None, None
        try:
            line = super().format(record).replace("\n", " | ")
        finally:
            record.exc_info = exc_info
        if exc_info and exc_info[1] is not None:
            line += f" ({type(exc_info[1]).__name__}: {str(exc_info[1]).splitlines()[0] if str(exc_info[1]) else ''})"
            if self.tracebacks:
                line += "\n" + "".join(traceback.format_exception(*exc_info)).rstrip()
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message (+ error, traceback, and `extra` fields)."""

    RESERVED = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}

    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line."""
        entry = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
                 "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage()}
        entry.update({k: v for k, v in vars(record).items() if k not in self.RESERVED and not k.startswith("_")})
        if record.exc_info and record.exc_info[1] is not None:
            entry["error"] = f"{type(record.exc_info[1]).__name__}: {record.exc_info[1]}"
            entry["traceback"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class _QuietLibraries(logging.Filter):
    """Lets a library's record through only from WARNING up, whatever level the library gave its logger."""

    def filter(self, record: logging.LogRecord) -> bool:
        """True to keep the record."""
        return record.levelno >= logging.WARNING or record.name.split(".")[0] in OWN


class _DropDuplicates(logging.Filter):
    """Drops uvicorn's second report of an error the app already logged."""

    def filter(self, record: logging.LogRecord) -> bool:
        """False for a duplicate."""
        return not any(str(record.msg).startswith(d) for d in DUPLICATES)


def configure_logging(level: str = "", fmt: str = "text", command_level: str = "warning") -> None:
    """Set up the root handler and levels (replacing any earlier set-up by this function)."""
    level = (level or command_level).lower()
    own = LEVELS.get(level, logging.WARNING)
    handler = _Stderr()
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter(tracebacks=level == "debug"))
    handler.set_name("rafiq")
    if level != "debug":
        handler.addFilter(_QuietLibraries())
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "rafiq" or isinstance(h, logging.StreamHandler)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if level == "debug" else logging.WARNING)
    for name in OWN:
        logging.getLogger(name).setLevel(own)
    # progress lines are what a log file shows of a long step: on unless only errors are wanted
    logging.getLogger("rafiq.progress").setLevel(min(own, logging.INFO) if own < logging.ERROR else own)
    logging.getLogger("uvicorn.error").addFilter(_DropDuplicates())
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").setLevel(logging.DEBUG if level == "debug" else logging.ERROR)
