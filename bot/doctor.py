"""`rafiq doctor`: every part of the set-up checked, with what is wrong and how to fix it, in Arabic and French.

    results = run_checks(settings)          # [Check(name="database", status="ok", key=..., values=...), ...]
    print_report(results, as_json=False)    # exit code: 1 when a check is an error, else 0

Checks: settings, data folder, corpus, index (embedder, corpus hash, size, bundled vectors), calibration,
database and migrations, Telegram (token, Bot API reachability, tutors' group), forum hooks, secrets.
Texts are in bot/texts/cli.py (keys `doctor_*`); `fix` keys say what to change.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import StartupError
from bot.settings import Settings
from bot.texts import by_lang, t

OK, WARN, ERROR, OFF = "ok", "warning", "error", "off"
TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")
PLACEHOLDERS = {"changeme", "change-me", "secret", "test", "password", "xxx"}


@dataclass
class Check:
    """One finding: `key` (+ `values`) says what was found, `fix` (+ the same values) what to do."""

    name: str
    status: str
    key: str
    values: dict = field(default_factory=dict)
    fix: str | None = None

    def to_json(self) -> dict:
        """`{"name", "status", "message": {ar, fr}, "fix": {ar, fr} | null}`."""
        return {"name": self.name, "status": self.status, "message": by_lang(self.key, **self.values),
                "fix": by_lang(self.fix, **self.values) if self.fix else None}


def _startup(name: str, exc: StartupError) -> Check:
    return Check(name, ERROR, exc.key, dict(exc.values))


def check_folders(settings: Settings) -> list[Check]:
    """The data folder can be written, the corpus read."""
    from bot.startup import check_corpus, check_data_dir
    from corpus.markdown import load_corpus

    checks = []
    try:
        check_data_dir(settings.data_dir)
        checks.append(Check("data_dir", OK, "doctor_data_dir_ok", {"path": settings.data_dir}))
    except StartupError as exc:
        checks.append(_startup("data_dir", exc))
    try:
        check_corpus(settings.corpus_dir)
        sections = load_corpus(settings.corpus_dir)
    except StartupError as exc:
        return [*checks, _startup("corpus", exc)]
    except Exception as exc:  # a malformed file: `rafiq corpus check` names it
        return [*checks, Check("corpus", ERROR, "doctor_corpus_invalid", {"path": settings.corpus_dir,
                                                                            "problem": type(exc).__name__},
                               "doctor_fix_corpus_check")]
    checks.append(Check("corpus", OK, "doctor_corpus_ok", {"path": settings.corpus_dir, "n": len(sections)}))
    checks.extend(check_index(settings, sections))
    return checks


def check_index(settings: Settings, sections) -> list[Check]:
    """The index on disk against the corpus and the embedder; the bundled vectors; the calibration."""
    from retrieval.confidence import load_calibrations
    from retrieval.index import FORMAT_VERSION, corpus_hash, read_manifest
    from retrieval.seed import SEED_DIR, VectorSeed

    from retrieval.embedders import EmbedderError, make_embedder

    wanted = corpus_hash(sections)
    try:
        embedder = make_embedder(settings.embedder).name  # nothing is loaded to know the name
    except EmbedderError as exc:
        return [Check("index", ERROR, "cli_bad_setting", {"variable": "RAFIQ_EMBEDDER", "value": settings.embedder,
                                                          "problem": str(exc)})]
    manifest = read_manifest(settings.index_dir)
    seed = VectorSeed.load(SEED_DIR)
    seeded = bool(seed and seed.matches(wanted) and seed.manifest.embedder == embedder)
    values = {"path": settings.index_dir, "embedder": embedder, "hash": wanted[:12]}
    if manifest is None:
        key = "doctor_index_missing_seeded" if seeded else "doctor_index_missing"
        checks = [Check("index", WARN if not seeded else OK, key, values, None if seeded else "doctor_fix_index")]
    elif manifest.embedder != embedder or manifest.format_version != FORMAT_VERSION:
        checks = [Check("index", ERROR, "doctor_index_other_embedder", {**values, "built": manifest.embedder},
                        "doctor_fix_index")]
    elif manifest.corpus_hash != wanted:
        checks = [Check("index", WARN, "doctor_index_stale", {**values, "built": manifest.corpus_hash[:12]},
                        "doctor_fix_index")]
    else:
        size = sum(f.stat().st_size for f in settings.index_dir.rglob("*") if f.is_file())
        checks = [Check("index", OK, "doctor_index_ok", {**values, "chunks": manifest.n_chunks,
                                                          "mb": f"{size / 1e6:.1f}"})]
    if embedder not in load_calibrations():
        checks.append(Check("calibration", WARN, "doctor_uncalibrated", values, "doctor_fix_calibrate"))
    return checks


def check_database(settings: Settings) -> list[Check]:
    """The database answers, and its schema is at the newest migration."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from bot.startup import explain, redact_url
    from bot.store.store import MIGRATIONS

    url = redact_url(settings.database_url)
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    file = settings.database_url.removeprefix("sqlite:///") if settings.database_url.startswith("sqlite:///") else ""
    if file and file != ":memory:" and not Path(file).exists():  # connecting would create it: say so instead
        return [Check("database", OK, "doctor_database_new", {"value": url}),
                Check("migrations", OK, "doctor_migrations_empty", {"revision": head})]
    try:
        engine = create_engine(settings.database_url)
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
        engine.dispose()
    except Exception as exc:
        problem = explain(exc, settings)
        if problem is None:
            raise
        return [_startup("database", problem)]
    checks = [Check("database", OK, "doctor_database_ok", {"value": url})]
    if current == head:
        checks.append(Check("migrations", OK, "doctor_migrations_ok", {"revision": head}))
    elif current is None:
        checks.append(Check("migrations", WARN, "doctor_migrations_empty", {"revision": head}, "doctor_fix_migrate"))
    else:
        checks.append(Check("migrations", WARN, "doctor_migrations_behind", {"current": current, "revision": head},
                            "doctor_fix_migrate"))
    return checks


def check_telegram(settings: Settings, online: bool = True) -> list[Check]:
    """The token's form, the Bot API's answer to getMe, the tutors' group."""
    if not settings.telegram_token:
        return [Check("telegram", OFF, "doctor_telegram_off")]
    if not TOKEN.match(settings.telegram_token):
        return [Check("telegram", ERROR, "doctor_telegram_token_form", fix="doctor_fix_token")]
    checks = []
    if online:
        checks.append(_get_me(settings))
    if not settings.tutor_chat_id:
        checks.append(Check("tutor_chat", WARN, "doctor_tutor_chat_missing", fix="doctor_fix_tutor_chat"))
    if settings.telegram_webhook_url and not settings.telegram_webhook_secret:
        checks.append(Check("telegram_webhook", ERROR, "doctor_webhook_secret_missing", fix="doctor_fix_webhook"))
    return checks


def _get_me(settings: Settings) -> Check:
    """getMe on the Bot API: the bot's name, a refused token, or an unreachable server."""
    import httpx

    root = (settings.telegram_api_url or "https://api.telegram.org").strip().rstrip("/").removesuffix("/bot")
    try:
        response = httpx.get(f"{root}/bot{settings.telegram_token}/getMe", timeout=5)
    except httpx.HTTPError as exc:
        return Check("telegram_api", ERROR, "doctor_telegram_unreachable",
                     {"url": root, "reason": type(exc).__name__}, "doctor_fix_telegram_api")
    if response.status_code in (401, 404):
        return Check("telegram_api", ERROR, "doctor_telegram_refused", {"url": root}, "doctor_fix_token")
    try:
        name = response.json()["result"]["username"]
    except (ValueError, KeyError, TypeError):
        return Check("telegram_api", ERROR, "doctor_telegram_unreachable",
                     {"url": root, "reason": f"HTTP {response.status_code}"}, "doctor_fix_telegram_api")
    return Check("telegram_api", OK, "doctor_telegram_ok", {"url": root, "bot": name})


def check_forum(settings: Settings) -> list[Check]:
    """Each forum that is half configured names what it lacks."""
    checks = []
    discourse = {"RAFIQ_DISCOURSE_URL": settings.discourse_url, "RAFIQ_DISCOURSE_API_KEY": settings.discourse_api_key,
                 "RAFIQ_DISCOURSE_WEBHOOK_SECRET": settings.discourse_webhook_secret}
    moodle = {"RAFIQ_MOODLE_URL": settings.moodle_url, "RAFIQ_MOODLE_TOKEN": settings.moodle_token,
              "RAFIQ_MOODLE_FORUM_IDS": settings.moodle_forum_ids}
    for name, group in (("discourse", discourse), ("moodle", moodle)):
        missing = [variable for variable, value in group.items() if not value]
        if len(missing) == len(group):
            continue
        if missing:
            checks.append(Check(name, ERROR, "doctor_forum_incomplete", {"forum": name, "missing": ", ".join(missing)},
                                "doctor_fix_forum"))
        else:
            checks.append(Check(name, OK, "doctor_forum_ok", {"forum": name}))
    if settings.forum_webhook_secret:
        checks.append(Check("forum_hooks", OK, "doctor_forum_ok", {"forum": "/hooks/forum"}))
    return checks or [Check("forum", OFF, "doctor_forum_off")]


def check_secrets(settings: Settings) -> list[Check]:
    """No placeholder or short secret; the pseudonym key and console accounts."""
    checks = []
    for variable in ("RAFIQ_SECRET_KEY", "RAFIQ_TELEGRAM_WEBHOOK_SECRET", "RAFIQ_DISCOURSE_WEBHOOK_SECRET",
                     "RAFIQ_FORUM_WEBHOOK_SECRET"):
        value = getattr(settings, variable.removeprefix("RAFIQ_").lower())
        if value and (value.lower() in PLACEHOLDERS or len(value) < 16):
            checks.append(Check("secrets", ERROR, "doctor_secret_weak", {"variable": variable}, "doctor_fix_secret"))
    if not settings.secret_key:
        checks.append(Check("secrets", WARN if settings.production else OK, "doctor_secret_key_file",
                            {"path": settings.data_dir / "secret.key"}, "doctor_fix_secret_key"))
    accounts = [a for a in settings.console_tokens.split(",") if a.strip()]
    bad = [a.split(":")[0] for a in accounts if len(a.split(":")) != 3 or len(a.split(":")[2]) < 12]
    if bad:
        checks.append(Check("console", ERROR, "doctor_console_tokens_bad", {"names": ", ".join(bad)},
                            "doctor_fix_console"))
    elif not accounts:
        checks.append(Check("console", OFF, "doctor_console_off"))
    else:
        checks.append(Check("console", OK, "doctor_console_ok", {"n": len(accounts)}))
    return checks


def run_checks(settings: Settings | None = None, online: bool = True) -> list[Check]:
    """Every check, in order; an unusable setting is the only one when the settings cannot be read."""
    from bot.startup import read_settings

    try:
        settings = settings or read_settings()
    except StartupError as exc:
        return [_startup("settings", exc)]
    checks = [Check("settings", OK, "doctor_settings_ok", {"embedder": settings.embedder})]
    for step in (check_folders, check_database, lambda s: check_telegram(s, online), check_forum, check_secrets):
        checks.extend(step(settings))
    return checks


def print_report(checks: list[Check], as_json: bool = False, lang: str = "fr") -> int:
    """Print the checks (text in `lang`, or JSON); 1 when one of them is an error."""
    failed = any(c.status == ERROR for c in checks)
    if as_json:
        print(json.dumps({"ok": not failed, "checks": [c.to_json() for c in checks]}, ensure_ascii=False))
        return int(failed)
    for c in checks:
        print(f"[{c.status:^7}] {c.name}: {t(c.key, lang, **c.values)}")
        if c.fix and c.status in (ERROR, WARN):
            print(f"          → {t(c.fix, lang, **c.values)}")
    print(t("doctor_summary_bad" if failed else "doctor_summary_ok", lang))
    return int(failed)
