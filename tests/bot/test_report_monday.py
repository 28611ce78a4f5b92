"""The coordinators' Monday message: due from Monday 08:00 local, the known week's figures, queued once."""
from __future__ import annotations

import threading
from datetime import datetime, timezone

from sqlalchemy import select

from bot.reports.monday import CoordinatorReport, due_week, monday_text, week_key
from bot.reports.week import WeekOptions, build_week, parse_week
from bot.store import Store
from bot.store.outbox import Outbox
from bot.store.schema import OutboxMessage
from tests.bot.report_week_data import CASA, seed_week

CHAT = "-100999"


def rows(store) -> list[OutboxMessage]:
    with store.session() as s:
        return list(s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def test_due_from_monday_eight_o_clock_local_until_sunday():
    assert due_week(datetime(2026, 11, 30, 7, 59, tzinfo=CASA), "Africa/Casablanca") is None
    assert due_week(datetime(2026, 11, 30, 8, 0, tzinfo=CASA), "Africa/Casablanca") == "2026-W48"
    assert due_week(datetime(2026, 12, 6, 23, 59, tzinfo=CASA), "Africa/Casablanca") == "2026-W48"  # late, same week
    assert due_week(datetime(2026, 12, 7, 7, 0, tzinfo=CASA), "Africa/Casablanca") is None  # never a week late
    seven_thirty_utc = datetime(2026, 11, 30, 7, 30, tzinfo=timezone.utc)  # 08:30 in Casablanca (UTC+1)
    assert due_week(seven_thirty_utc, "Africa/Casablanca") == "2026-W48" and due_week(seven_thirty_utc, "UTC") is None


def test_the_message_holds_the_weeks_figures_in_both_languages_and_the_link(store):
    seed_week(store)
    report = build_week(store, WeekOptions(monday=parse_week("2026-W48"), now=datetime(2026, 12, 1, 12, tzinfo=CASA)))
    text = monday_text(report, "https://rafiq.example.ma/console/stats?week=2026-W48",
                       "https://rafiq.example.ma/console/gaps?week=2026-W48")
    arabic, french = text.split("\n\n")
    assert arabic.splitlines() == [
        "📊 التقرير الأسبوعي لرفيق: 2026-W48",
        "الأسئلة: 7 (أجاب رفيق: 2، أحيلت: 3، توضيح: 1، خارج الموضوع: 1)",
        "مفيد: 1، غير مفيد: 1",
        "طلبات: 3، أجيب عنها: 2، تجاوز الأجل: 2، الوسيط: 1950 دقيقة",
        "متكونون نشطون: 3 من 5",
        "التفاصيل والرسوم: https://rafiq.example.ma/console/stats?week=2026-W48",
        "ما لا يغطيه الدليل: https://rafiq.example.ma/console/gaps?week=2026-W48"]
    assert french.splitlines()[-1] == "Ce que le guide ne couvre pas : https://rafiq.example.ma/console/gaps?week=2026-W48"
    assert french.splitlines()[1:5] == [
        "Questions : 7 (répondues : 2, transmises : 3, clarifiées : 1, hors sujet : 1)",
        "Utile : 1, pas utile : 1",
        "Tickets : 3, répondus : 2, hors délai : 2, médiane : 1950 min",
        "Formés actifs : 3 sur 5"]


def test_queued_once_across_passes_restarts_and_workers(store, tmp_path):
    seed_week(store)
    monday = datetime(2026, 11, 30, 8, 5, tzinfo=CASA)
    job = CoordinatorReport(store, Outbox(store), CHAT, public_url="https://rafiq.example.ma/")
    assert job.tick(datetime(2026, 11, 30, 7, 55, tzinfo=CASA)) is None and rows(store) == []
    assert job.tick(monday) == "2026-W48"
    assert job.tick(monday) is None and job.tick(datetime(2026, 12, 2, 15, tzinfo=CASA)) is None
    again = Store(store.url)  # a restarted process on the same database
    assert CoordinatorReport(again, Outbox(again), CHAT).tick(datetime(2026, 11, 30, 9, tzinfo=CASA)) is None
    again.dispose()
    [row] = rows(store)
    assert (row.dedupe_key, row.channel, row.recipient) == (week_key("2026-W48"), "telegram", CHAT)
    assert row.payload["kind"] == "coordinators_report" and row.user_id is None
    assert "https://rafiq.example.ma/console/stats?week=2026-W48" in row.text


def test_several_workers_at_the_same_moment_queue_it_once(store):
    seed_week(store)
    stores = [Store(store.url) for _ in range(4)]
    jobs = [CoordinatorReport(s, Outbox(s), CHAT) for s in stores]
    start, results = threading.Barrier(len(jobs)), []

    def run(job):
        start.wait()
        results.append(job.tick(datetime(2026, 11, 30, 8, 1, tzinfo=CASA)))

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for s in stores:
        s.dispose()
    assert sorted(results, key=str) == ["2026-W48", None, None, None] and len(rows(store)) == 1
    assert rows(store)[0].text.startswith("📊 التقرير الأسبوعي لرفيق: 2026-W48")
