"""Telegram throughput and latency through the real bot and the local Bot API stand-in.

    python bench/telegram.py [--users 20] [--messages 200] [--tickets 20]

Each simulated trainer sends a question, waits for Rafiq's reply, then sends the next one (closed
loop), so the figures measure the whole path: update pushed at the stand-in → long poll →
python-telegram-bot → Tutor (default embedder over the 13-section mini corpus) → outbox → sendMessage
received by the stand-in. Then `--tickets` trainers ask for a tutor and a tutor replies to each card
in the tutors' group: the second figure is tutor's reply pushed → relayed answer received.
Prints one JSON object.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# this file is named like the python-telegram-bot package: keep its own folder off the import path
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

from tests.support.cluster import TimedBotApi as TimedStandIn, percentile  # noqa: E402  (stand-ins live with the tests)

QUESTIONS = (
    "ما هو التقويم التكويني؟",
    "Comment préparer une séance de formation ?",
    "كيف أسجل في منصة e-Takwine؟",
    "Que faire si j'ai oublié mon mot de passe e-Takwine ?",
    "كيف أنظم العمل في مجموعات؟",
    "Comment déposer mon devoir sur la plateforme ?",
    "ما الفرق بين التقويم التكويني والتقويم الإجمالي؟",
    "Comment fonctionne l'évaluation par les pairs ?",
    "J'ai rendu mon travail en retard, que faire ?",
    "كيف أتعامل مع قلق المشاركين في التكوين عن بعد؟",
)
TUTORS = -100999
FOR_TUTORS = (
    "Quand recevrai-je mon attestation de fin de MOOC ?",
    "متى ستصدر لائحة المكونين المختارين للبعثة؟",
    "Puis-je changer de cohorte en cours de route ?",
    "هل يمكن تعويض الحصة المباشرة التي فاتتني بسبب المرض؟",
    "Mon chef de centre demande un rapport d'activité : quel modèle utiliser ?",
    "كم ساعة يحتسب هذا التكوين في الترقية؟",
    "La vidéo du module 3 ne se lance pas sur mon téléphone.",
    "هل توجد منحة للتنقل إلى الحصص الحضورية؟",
    "Qui corrige les travaux déposés pendant les vacances ?",
    "أريد تغيير البريد الإلكتروني المرتبط بحسابي.",
    "Est-ce que le forum est ouvert aux inspecteurs ?",
    "هل يمكنني المشاركة في المساق باللغة الأمازيغية؟",
    "Le quiz du module 2 m'a compté zéro alors que j'ai répondu.",
    "متى يبدأ الفوج المقبل؟",
    "Peut-on travailler en binôme sur le devoir final ?",
    "هل الحضور في الحصص المباشرة إجباري؟",
    "Comment obtenir une copie de mes notes ?",
    "أين أجد تسجيلات الحصص المباشرة السابقة؟",
    "Mon directeur refuse de me libérer pour la classe virtuelle.",
    "هل يمكن تمديد أجل الواجب الأخير؟",
)


async def wait_count(api: TimedStandIn, chat: int, n: int, timeout: float = 60.0) -> float:
    """Wait until `chat` received `n` messages; return the arrival time of the n-th."""
    deadline = time.perf_counter() + timeout
    while len(api.received.get(chat, ())) < n:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise TimeoutError(f"chat {chat}: {len(api.received.get(chat, ()))} of {n} messages")
        try:
            await asyncio.wait_for(api.arrived.wait(), min(left, 1.0))
        except asyncio.TimeoutError:
            pass
    return api.received[chat][n - 1]


async def trainer(api: TimedStandIn, chat: int, count: int, offset: int, latencies: list[float]) -> None:
    """One trainer asking `count` questions, each after the previous reply."""
    for i in range(count):
        seen = len(api.received.get(chat, ()))
        question = QUESTIONS[(offset + i) % len(QUESTIONS)]
        start = time.perf_counter()
        api.push_message(chat, question, language_code="ar" if "؟" in question else "fr")
        latencies.append(await wait_count(api, chat, seen + 1) - start)


async def tutor_relays(api: TimedStandIn, runtime, tickets: int) -> list[float]:
    """Trainers ask for a tutor; a tutor replies to each card; time reply → relayed answer."""
    chats = [7000 + i for i in range(tickets)]
    for i, chat in enumerate(chats):
        api.push_message(chat, "/tutor " + FOR_TUTORS[i % len(FOR_TUTORS)], language_code="fr")
    for chat in chats:
        await wait_count(api, chat, 1)
    created = len(await asyncio.to_thread(runtime.services.tickets.queue))  # the same question joins a ticket
    await wait_count(api, TUTORS, created)
    while await asyncio.to_thread(runtime.services.outbox.pending_count):
        await asyncio.sleep(0.05)  # the card ids are recorded once delivered
    cards = {m["message_id"]: m for m in api.messages(TUTORS) if m["from"]["id"] == api.bot_id}
    latencies = []
    for message_id in sorted(cards):
        ticket = await asyncio.to_thread(runtime.services.tickets.by_tutor_message, str(message_id))
        chat = int(ticket.thread)
        seen = len(api.received.get(chat, ()))
        start = time.perf_counter()
        api.push_message(TUTORS, f"Réponse du tuteur au ticket {ticket.id}.", user_id=555, first_name="Karim",
                         chat_type="supergroup", reply_to_message_id=message_id)
        latencies.append(await wait_count(api, chat, seen + 1) - start)
    return latencies


async def run(users: int, messages: int, tickets: int) -> dict:
    """Start everything, drive the trainers, return the figures."""
    from bot.app import add_telegram, build_services
    from bot.settings import Settings
    from tests.conftest import copy_mini_corpus

    with tempfile.TemporaryDirectory() as tmp, TimedStandIn() as api:
        corpus = copy_mini_corpus(Path(tmp) / "corpus")
        settings = Settings(data_dir=Path(tmp) / "data", corpus_dir=corpus, telegram_token=api.token,
                            telegram_api_url=api.root_url, tutor_chat_id=str(TUTORS), rate_limit_per_minute=10_000)
        cache = ROOT / "tests" / ".cache" / "mini-index"
        if cache.is_dir():  # the tests' index of the same corpus: reused when its hash matches
            shutil.copytree(cache, settings.index_dir)
        services = build_services(settings)
        started = time.perf_counter()
        await asyncio.to_thread(services.warm_up)
        warm_s = time.perf_counter() - started
        api.bench_loop, api.arrived = asyncio.get_running_loop(), asyncio.Event()
        runtime = add_telegram(services, start_with_app=False, poll_timeout=1)
        await runtime.start()
        try:
            await trainer(api, 9999, 3, 0, [])  # warm-up, not counted
            latencies: list[float] = []
            per_user = [messages // users + (1 if i < messages % users else 0) for i in range(users)]
            started = time.perf_counter()
            await asyncio.gather(*(trainer(api, 1000 + i, n, i, latencies) for i, n in enumerate(per_user)))
            elapsed = time.perf_counter() - started
            relays = await tutor_relays(api, runtime, tickets) if tickets else []
        finally:
            await runtime.stop()
            services.store.dispose()
    result = {
        "users": users, "messages": len(latencies), "seconds": round(elapsed, 2),
        "updates_per_s": round(len(latencies) / elapsed, 1),
        "latency_ms": {"p50": round(percentile(latencies, 50) * 1000, 1),
                       "p95": round(percentile(latencies, 95) * 1000, 1),
                       "max": round(max(latencies) * 1000, 1)},
        "index_warm_up_s": round(warm_s, 2), "embedder": settings.embedder, "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    if relays:
        result["tutor_reply_to_trainer_ms"] = {"n": len(relays), "p50": round(percentile(relays, 50) * 1000, 1),
                                               "p95": round(percentile(relays, 95) * 1000, 1)}
    return result


def main() -> int:
    """Parse arguments, run, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--tickets", type=int, default=20)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    print(json.dumps(asyncio.run(run(args.users, args.messages, args.tickets)), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
