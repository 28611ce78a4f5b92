"""`rafiq serve`: build the services, warm up (index with progress), run the app with uvicorn."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from bot.lifecycle import Hooks
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.services import Services, TelegramPort

log = logging.getLogger(__name__)


def serve(settings: Settings, progress: Callable[[int, int], None] | None = None) -> int:
    """Run until interrupted; returns the exit code."""
    import uvicorn

    from bot.app import build
    from bot.channels.web import create_app

    services = build(settings)  # Telegram only with RAFIQ_TELEGRAM_TOKEN, forum hooks only when configured
    built = services.warm_up(progress)
    log.info("index %s (%d chunks)", "built" if built else "loaded", services.engine.index.manifest.n_chunks)
    app = create_app(services)
    announce_on_start(services, services.telegram)
    uvicorn.run(app, host=settings.http_host, port=settings.http_port, log_level="warning")
    return 0


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
            "(web chat; API at /api/ask; health at /health). " + state + "Ctrl-C to stop.")


def announce_on_start(services: Services, telegram: TelegramPort | None,
                      write: Callable[[str], None] | None = None) -> None:
    """Print the banner once the app has started: the last worker of the lifecycle, so it comes after
    Telegram's first connection attempt."""
    def say(text: str) -> None:
        print(text, flush=True)

    async def announce() -> None:
        (write or say)(banner(services.settings, telegram))

    services.lifecycle.add(Hooks("banner", announce))
