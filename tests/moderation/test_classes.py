"""Each class in each language (French, MSA, Darija in Arabic script, Arabizi, mixed) through the Moderator.

The sentences here are written for the tests; none is in the training data.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderation import Moderator

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "moderation" / "heldout.jsonl"

TOXIC = [
    ("fr", "Espèce d'imbécile, tu ne mérites pas ta place de formateur"),
    ("fr", "Toi t'es qu'un connard prétentieux"),
    ("ar", "أنت حقير وتافه ولا أحد يحترمك هنا"),
    ("ar", "اخرس يا غبي، كلامك لا يساوي شيئا"),
    ("ary", "سكت آ الحمار، حتى حد ما طلب رايك"),
    ("ary", "هاد المكون مكلخ وموسخ"),
    ("ary-Latn", "skot a l7mar, 7ta wa7ed ma tleb rayek"),
    ("ary-Latn", "had lmokawin mkelakh w mwsekh"),
    ("mixed", "ce coordinateur est un vrai 7mar, ma kayfhem walou"),
    ("mixed", "سكت يا الحقير, personne ne veut te lire"),
]
SPAM = [
    ("fr", "Rapports de stage prêts à vendre pour tous les modules, contactez-moi sur WhatsApp"),
    ("fr", "Gagnez de l'argent facile depuis chez vous, investissement garanti, cliquez ici"),
    ("ar", "تقارير جاهزة للبيع بثمن مناسب، تواصلوا معنا عبر واتساب"),
    ("ar", "اربح المال من المنزل بسرعة، ربح مضمون، اضغط هنا"),
    ("ary", "كنبيع تقارير جاهزة لكاع الموديلات، تواصلو فالواتساب"),
    ("ary-Latn", "kanbi3 rapports wajdin l ga3 modules b taman mounasib, whatsapp"),
    ("mixed", "Vente تقارير جاهزة, prix imbattable, inbox"),
]
DISTRESS = [
    ("fr", "Je n'en peux plus de vivre, je veux que tout s'arrête"),
    ("fr", "J'ai envie de mourir depuis des jours"),
    ("ar", "لم أعد أريد العيش، أفكر في إنهاء حياتي"),
    ("ar", "أتمنى الموت كل ليلة"),
    ("ary", "ما بقيتش باغي نعيش، كلشي ضاق عليا"),
    ("ary", "بغيت نموت وصافي"),
    ("ary-Latn", "bghit nmout, mab9itch 9ader"),
    ("ary-Latn", "mab9itch baghi n3ich"),
    ("mixed", "je suis à bout, بغيت نموت"),
]
DISCOURAGED = [
    ("fr", "je n'arrive plus à suivre, trop de travail, je pense abandonner le MOOC"),
    ("fr", "Ce module me décourage complètement"),
    ("ar", "أفكر في الانسحاب من هذا التكوين، لم أعد أجد الوقت"),
    ("ary", "تعبت من هاد التكوين"),
    ("ary", "عييت بزاف، بغيت نحبس الموك"),
    ("ary-Latn", "t3bt mn had formation, bghit n7bes"),
    ("ary-Latn", "had module 9tlni b lkhedma"),
    ("mixed", "je pense abandonner, تعبت بزاف"),
]
PERSONAL = [
    ("fr", "Bonjour, appelez-moi au 06 12 34 56 78 pour mon inscription", "[téléphone masqué]"),
    ("ar", "رقم هاتفي ٠٦١٢٣٤٥٦٧٨ من فضلكم", "[رقم هاتف محجوب]"),
    ("ary", "عيطو ليا ف 0661-23-45-67 عافاكم", "[رقم هاتف محجوب]"),
    ("ary-Latn", "sifto liya email f samira.b@gmail.com", "[بريد إلكتروني محجوب]"),
    ("mixed", "mon code Massar هو R130145678", "[code Massar masqué]"),
]


@pytest.mark.parametrize("lang, text", TOXIC)
def test_toxic_is_held(moderator: Moderator, lang: str, text: str) -> None:
    verdict = moderator.check(text, context="forum")
    assert (verdict.verdict, verdict.action) == ("toxic", "hold")


@pytest.mark.parametrize("lang, text", SPAM)
def test_spam_is_hidden_or_held(moderator: Moderator, lang: str, text: str) -> None:
    verdict = moderator.check(text, context="forum")
    assert verdict.verdict == "spam" and verdict.action in ("hide", "hold")


@pytest.mark.parametrize("lang, text", DISTRESS)
def test_distress_escalates_urgently(moderator: Moderator, lang: str, text: str) -> None:
    verdict = moderator.check(text, context="chat")
    assert (verdict.verdict, verdict.action, verdict.priority) == ("distress", "escalate", "urgent")


@pytest.mark.parametrize("lang, text", DISCOURAGED)
def test_discouragement_is_not_distress(moderator: Moderator, lang: str, text: str) -> None:
    verdict = moderator.check(text, context="chat")
    assert verdict.action == "publish", verdict.reason


@pytest.mark.parametrize("lang, text, token", PERSONAL)
def test_personal_data_is_masked_and_published(moderator: Moderator, lang: str, text: str, token: str) -> None:
    verdict = moderator.check(text, context="forum")
    assert (verdict.verdict, verdict.action) == ("personal_data", "mask")
    assert token in verdict.masked_text
    assert verdict.labels["personal_data"] == 1.0


def test_heldout_recall_and_precision_per_class(moderator: Moderator) -> None:
    records = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    for cls in ("toxic", "spam", "distress", "personal_data"):
        truth = [r for r in records if r["label"] == cls]
        predicted = [r for r in records if moderator.check(r["text"], context="forum").verdict == cls]
        hits = [r for r in predicted if r["label"] == cls]
        assert len(hits) / len(truth) >= 0.85, cls
        assert len(hits) / len(predicted) >= 0.9, cls
    negatives = [r for r in records if r["label"] == "none"]
    flagged = [r["id"] for r in negatives if moderator.check(r["text"]).action != "publish"]
    assert flagged == []
