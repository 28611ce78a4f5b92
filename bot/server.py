"""`rafiq serve`: check the folders, bind the port, build the services, warm up, run the app with uvicorn.

The port is bound before anything heavy, so a taken port fails at once with a clear message (exit 2) and
the "running" line comes only once the app accepts requests. On a first start the index is completed in
the background while the app already answers (its state is in `/health`). One log line per start-up
step; `RAFIQ_LOG_FORMAT=json` makes them JSON lines.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from bot.lifecycle import Hooks
from bot.settings import Settings

if TYPE_CHECKING:
    import uvicorn

    from bot.services import Services, TelegramPort

log = logging.getLogger(__name__)


def serve(settings: Settings, progress: Callable[[int, int], None] | None = None) -> int:
    """Run until interrupted; returns the exit code (StartupError for what the operator must fix)."""
    import uvicorn

    from bot.app import build
    from bot.channels.web import create_app
    from bot.progress import progress_reporter
    from bot.startup import bind_socket, check_corpus, check_data_dir, redact_url

    check_corpus(settings.corpus_dir)
    check_data_dir(settings.data_dir)
    sock = bind_socket(settings.http_host, settings.http_port)
    try:
        log.info("settings: data %s, corpus %s, database %s, embedder %s; port %d bound on %s", settings.data_dir,
                 settings.corpus_dir, redact_url(settings.database_url), settings.embedder, settings.http_port,
                 settings.http_host)
        services = build(settings)  # Telegram only with RAFIQ_TELEGRAM_TOKEN, forum hooks only when configured
        lines = settings.log_format == "json"
        services.warm_up(progress or progress_reporter("index", "chunks", lines=lines), background=True)
        app = create_app(services)
        announce_on_start(services, services.telegram)
        server = uvicorn.Server(uvicorn_config(app, settings))
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0 if server.started else 1


def uvicorn_config(app: object, settings: Settings) -> "uvicorn.Config":
    """How uvicorn runs the app: X-Forwarded-For is believed only from `RAFIQ_TRUSTED_PROXIES` (the reverse
    proxy), so behind it each visitor keeps their own address (the `/api/ask` rate limit is per client)."""
    import uvicorn

    proxies = [item.strip() for item in settings.trusted_proxies.split(",") if item.strip()]
    return uvicorn.Config(app, log_level="warning", log_config=None, access_log=False, lifespan="on",
                          timeout_graceful_shutdown=10, proxy_headers=True, forwarded_allow_ips=proxies)


def banner(settings: Settings, telegram: TelegramPort | None) -> str:
    """The start-up line: where Rafiq listens, and whether Telegram is really on."""
    if telegram is None:
        state = "Telegram: off (RAFIQ_TELEGRAM_TOKEN is not set). "
    elif telegram.started:
        state = "Telegram: on. "
    else:
        why = (telegram.problem() or "the Bot API has not answered yet").removeprefix("telegram: ")
        state = f"Telegram: not connected ({why}); trying again in the background, see /health. "
    return (f"Rafiq is running on http://{settings.http_host}:{settings.http_port}/ "
            "(web chat; API at /api/ask, docs at /docs; health at /health). " + state + "Ctrl-C to stop.")


def announce_on_start(services: Services, telegram: TelegramPort | None,
                      write: Callable[[str], None] | None = None) -> None:
    """Log the banner once the app has started: the last worker of the lifecycle, so it comes after
    Telegram's first connection attempt (and after the port was bound)."""
    async def announce() -> None:
        (write or log.info)(banner(services.settings, telegram))

    services.lifecycle.add(Hooks("banner", announce))
