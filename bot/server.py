"""`rafiq serve`: build the services, warm up (index with progress), run the app with uvicorn."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.channels.telegram_runtime import TelegramRuntime
    from bot.services import Services

log = logging.getLogger(__name__)


def serve(settings: Settings, progress: Callable[[int, int], None] | None = None) -> int:
    """Run until interrupted; returns the exit code."""
    import uvicorn

    from bot.app import build_services
    from bot.channels.web import create_app

    services = build_services(settings)
    built = services.warm_up(progress)
    log.info("index %s (%d chunks)", "built" if built else "loaded", services.engine.index.manifest.n_chunks)
    from bot.channels.telegram_runtime import install_telegram

    telegram = install_telegram(services)  # None (and says so in the log) without RAFIQ_TELEGRAM_TOKEN
    app = create_app(services)
    announce_on_start(services, telegram)
    uvicorn.run(app, host=settings.http_host, port=settings.http_port, log_level="warning")
    return 0


def banner(settings: Settings, telegram: TelegramRuntime | None) -> str:
    """The start-up line: where Rafiq listens, and whether Telegram is really on."""
    if telegram is None:
        state = "Telegram: off (RAFIQ_TELEGRAM_TOKEN is not set). "
    elif telegram.started:
        state = "Telegram: on. "
    else:
        why = (telegram.problem() or "the Bot API has not answered yet").removeprefix("telegram: ")
        state = f"Telegram: not connected ({why}); trying again in the background, see /health. "
    return (f"Rafiq is running on http://{settings.http_host}:{settings.http_port}/ "
            "(web chat; API at /api/ask; health at /health). " + state + "Ctrl-C to stop.")


def announce_on_start(services: Services, telegram: TelegramRuntime | None,
                      write: Callable[[str], None] | None = None) -> None:
    """Print the banner once the app has started, after Telegram's first connection attempt."""
    def say(text: str) -> None:
        print(text, flush=True)

    async def announce(_app) -> None:
        (write or say)(banner(services.settings, telegram))

    services.extras.setdefault("on_start", []).append(announce)
