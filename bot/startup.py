"""Before anything heavy: the settings read, the folders usable, the port bound. And `explain(exc)`: a
failure the operator can fix (bad value, taken port, unreadable corpus, unreachable database) as a
`StartupError`, which the `rafiq` command prints in Arabic and French and exits with code 2.
"""
from __future__ import annotations

import difflib
import errno
import os
import re
import socket
from collections.abc import Mapping
from pathlib import Path

from pydantic import ValidationError

from bot.errors import ConfigError, StartupError
from bot.settings import Settings

# pydantic's error type → the text saying what the variable expects (bot/texts/cli.py)
EXPECTED = {"int_parsing": "cli_bad_setting_int", "float_parsing": "cli_bad_setting_number",
            "bool_parsing": "cli_bad_setting_bool", "greater_than_equal": "cli_bad_setting_min",
            "greater_than": "cli_bad_setting_min", "less_than_equal": "cli_bad_setting_max",
            "less_than": "cli_bad_setting_max", "literal_error": "cli_bad_setting_choice"}
SECRET = re.compile(r"SECRET|TOKEN|KEY|PASSWORD", re.I)
VARIABLE = re.compile(r"RAFIQ_[A-Z0-9_]+")


def shown(variable: str, value: object) -> str:
    """The value as the message may show it: secrets hidden, database passwords masked."""
    if SECRET.search(variable):
        return "***"
    text = str(value)
    return redact_url(text) if variable == "RAFIQ_DATABASE_URL" else text


def redact_url(url: str) -> str:
    """The URL with its password replaced by ***."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


# RAFIQ_* variables read outside the settings object: by the deployment files, the benchmarks and the tests
OTHER_VARIABLES = frozenset({"RAFIQ_DB_PASSWORD", "RAFIQ_DOMAIN", "RAFIQ_FAULT_KILL_AT", "RAFIQ_SHARED_DATA",
                             "RAFIQ_TEST_PG_URL", "RAFIQ_BENCH_CACHE", "RAFIQ_GUIDE_DUMP", "RAFIQ_REPO"})


def unknown_variables(environ: Mapping[str, str]) -> list[tuple[str, str]]:
    """The RAFIQ_* variables that no setting reads ("RAFIQ_PORT"), each with the closest known name
    ("RAFIQ_HTTP_PORT") or "": set by mistake, they would be ignored in silence."""
    known = {f"RAFIQ_{name.upper()}" for name in Settings.model_fields} | OTHER_VARIABLES
    unknown = sorted(name for name in environ if name.startswith("RAFIQ_") and name not in known)
    result = []
    for name in unknown:
        tail = name.removeprefix("RAFIQ_")
        endings = [k for k in known if k.endswith("_" + tail)]  # RAFIQ_PORT -> RAFIQ_HTTP_PORT
        close = endings if len(endings) == 1 else difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.75)
        result.append((name, close[0] if close else ""))
    return result


def read_settings(**overrides: object) -> Settings:
    """The settings from RAFIQ_* variables; a StartupError naming the variable when one is unusable."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise settings_error(exc) from None


def settings_error(exc: ValidationError) -> StartupError:
    """The first problem of a settings validation, named by its variable."""
    first = exc.errors()[0]
    loc = [str(part) for part in first.get("loc", ())]
    found = VARIABLE.search(first.get("msg", ""))
    variable = f"RAFIQ_{loc[0].upper()}" if loc else (found.group(0) if found else "RAFIQ_*")
    context = first.get("ctx") or {}
    limit = next((context[k] for k in ("ge", "gt", "le", "lt") if k in context), "")
    value = first.get("input") if loc else os.environ.get(variable, "")
    return StartupError(EXPECTED.get(first.get("type", ""), "cli_bad_setting"), variable, shown(variable, value),
                        problem=first.get("msg", ""), limit=limit, choices=context.get("expected", ""))


def check_corpus(path: Path) -> None:
    """StartupError unless `path` is a folder whose entries can be listed."""
    path = Path(path)
    if not path.is_dir():
        raise StartupError("cli_corpus_missing", "RAFIQ_CORPUS_DIR", str(path), path=path)
    try:
        with os.scandir(path) as entries:
            next(entries, None)
    except OSError as exc:
        raise StartupError("cli_corpus_unreadable", "RAFIQ_CORPUS_DIR", str(path), path=path,
                           reason=exc.strerror or type(exc).__name__) from None


def check_data_dir(path: Path) -> None:
    """Create the data folder; StartupError when it cannot be created or written."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StartupError("cli_data_dir_unwritable", "RAFIQ_DATA_DIR", str(path), path=path,
                           reason=exc.strerror or type(exc).__name__) from None


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port (uvicorn serves on it); StartupError when the port is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto named: asyncio sets TCP_NODELAY only on connections whose socket says IPPROTO_TCP; with proto 0
    # every response after the first on a kept-alive connection (a proxy, a browser) waited ~40 ms (Nagle's
    # algorithm against the client's delayed ACK)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise StartupError("cli_port_taken", "RAFIQ_HTTP_PORT", port, host=host, port=port) from None
        raise StartupError("cli_port_refused", "RAFIQ_HTTP_PORT", port, host=host, port=port,
                           reason=exc.strerror or str(exc)) from None
    return sock


def _reason(exc: BaseException) -> str:
    """The first line of the driver's message (what the database said), without the URL's password."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return redact_url(text[0][:200]) if text else type(exc).__name__


def _under(filename: object, folder: Path) -> bool:
    try:
        return Path(str(filename)).resolve().is_relative_to(Path(folder).resolve())
    except (OSError, ValueError):
        return False


def explain(exc: BaseException, settings: Settings | None = None) -> StartupError | None:
    """The StartupError for a failure the operator can fix by changing a variable, else None."""
    if isinstance(exc, StartupError):
        return exc
    if isinstance(exc, ValidationError):
        return settings_error(exc)
    if isinstance(exc, ConfigError):
        problem = str(exc).removeprefix(f"{exc.variable}={exc.value!r}: ")
        return StartupError("cli_bad_setting", exc.variable, shown(exc.variable, exc.value), problem=problem)
    from sqlalchemy import exc as sql

    if settings is not None and isinstance(exc, (sql.ArgumentError, sql.NoSuchModuleError)):
        return StartupError("cli_database_url_invalid", "RAFIQ_DATABASE_URL", redact_url(settings.database_url),
                            reason=_reason(exc))
    if settings is not None and isinstance(exc, (sql.OperationalError, sql.InterfaceError)):
        return StartupError("cli_database_unreachable", "RAFIQ_DATABASE_URL", redact_url(settings.database_url),
                            reason=_reason(exc))
    if settings is not None and isinstance(exc, OSError) and getattr(exc, "filename", None):
        reason = exc.strerror or type(exc).__name__
        if _under(exc.filename, settings.corpus_dir):
            return StartupError("cli_corpus_unreadable", "RAFIQ_CORPUS_DIR", str(settings.corpus_dir),
                                path=settings.corpus_dir, reason=reason)
        if _under(exc.filename, settings.data_dir):
            return StartupError("cli_data_dir_unwritable", "RAFIQ_DATA_DIR", str(settings.data_dir),
                                path=settings.data_dir, reason=reason)
    return None
