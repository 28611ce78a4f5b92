"""`rafiq serve`: build the services, warm up (index with progress), run the app with uvicorn."""
from __future__ import annotations

import logging
from typing import Callable

from bot.settings import Settings

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
    print(f"Rafiq is running on http://{settings.http_host}:{settings.http_port}/ "
          "(web chat; API at /api/ask; health at /health). "
          + ("Telegram: on. " if telegram else "Telegram: off (RAFIQ_TELEGRAM_TOKEN is not set). ")
          + "Ctrl-C to stop.", flush=True)
    uvicorn.run(app, host=settings.http_host, port=settings.http_port, log_level="warning")
    return 0
