"""No false positives on ordinary teacher-training messages (questions, thanks, complaints, slang)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from moderation import Moderator

QUESTIONS_DIR = Path(__file__).resolve().parents[1] / "data" / "questions"

ORDINARY = [
    "Bonjour, comment rédiger une grille d'évaluation pour un exposé oral ?",
    "Quelle est la date limite du devoir du module 3 ?",
    "Je n'arrive pas à ouvrir la vidéo de la semaine 2",
    "Merci beaucoup pour la classe virtuelle d'hier, très utile",
    "Est-ce que l'attestation mentionne le nombre d'heures ?",
    "La plateforme est vraiment lente, c'est pénible",
    "Je ne suis pas d'accord avec ce corrigé, l'item 4 est ambigu",
    "Je suis mort de fatigue mais j'ai fini mon portfolio",
    "Voici le lien du guide : https://etakwine.example.ma/guide",
    "Le séminaire a lieu le 06/12/2025 à 09:30 en salle 14",
    "ما الفرق بين الكفاية والقدرة؟",
    "متى تبدأ الحصة الافتراضية المقبلة؟",
    "شكرا جزيلا على المجهود",
    "واش كاين شي نموذج ديال الجذاذة؟",
    "فوقاش غادي تحل الوحدة الخامسة؟",
    "المنصة ما خداماش عندي هاد الصباح",
    "salam, fin nl9a la grille dyal l'évaluation?",
    "wach la séance dyal lkhmis ghadi tkoun?",
    "choukran bzaf 3la l'explication",
    "ana 3yan chwiya walakin ghadi nkemmel",
    "un participant m'insulte sur le forum, que dois-je faire ?",
    "واحد كيسب فيا فالمنتدى، شنو ندير؟",
    "Comment aborder la prévention du harcèlement avec des stagiaires ?",
    "Un élève m'a confié qu'il voulait mourir, comment réagir ?",
    "Existe-t-il un groupe WhatsApp officiel pour la cohorte ?",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_messages_are_published(moderator: Moderator, text: str) -> None:
    verdict = moderator.check(text, context="forum")
    assert verdict.action == "publish", verdict.reason


def _questions() -> list[dict]:
    records = []
    for path in sorted(QUESTIONS_DIR.glob("*.jsonl")):
        records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records


def test_false_positive_rate_on_the_question_set_is_below_two_percent(moderator: Moderator) -> None:
    questions = _questions()
    assert len(questions) >= 200, "the labelled question set in tests/data/questions is missing"
    flagged = [q["id"] for q in questions if moderator.check(q["question"], lang=q.get("lang")).action != "publish"]
    assert len(flagged) / len(questions) < 0.02, flagged


# Requests for a person in the four varieties: the e5 head and the n-gram model once heard distress in "I want
# to talk to ..." ("bghit nhder m3a chi mo2atir" 0.52, "بغيت نهضر مع شي مؤطر" 0.41) and toxicity in short MSA.
PERSON_REQUESTS = [
    "bghit nhder m3a chi mo2atir",
    "bghit nhdar m3a chi tuteur 3la note dyali",
    "بغيت نهضر مع شي مؤطر",
    "أود التحدث مع أحد المؤطرين",
    "هل يمكنني التواصل مع مؤطر من الفريق؟",
    "je voudrais parler à quelqu'un de l'équipe",
    "mettez-moi en relation avec ma tutrice",
]


@pytest.mark.parametrize("text", PERSON_REQUESTS)
def test_a_request_for_a_person_is_neither_distress_nor_abuse(moderator: Moderator, text: str) -> None:
    verdict = moderator.check(text, context="chat")
    assert verdict.verdict == "ok" and verdict.action == "publish", verdict.reason
    assert moderator.check("bghit nmout", context="chat").verdict == "distress"


# Darija negation with an object pronoun (ما … ش): short complaints about the course, none of them in the
# training data; "ما لقيتهمش" and "ما جاوبونيش" were held as toxic (0.5–0.62) before own examples of the form
# were added to moderation/data/train/ordinary.jsonl.
DARIJA_NEGATIONS = [
    "وإلا ما لقيتهمش؟", "ما جاوبونيش", "ما فهمتهمش", "ما لقيتهومش فالقسم", "ما عطاونيش الجواب",
    "المتدربين ما فهموهاش", "ولا ما لقيتهاش", "ma fhemthach", "ma l9ithomch", "ma chefthach",
]


@pytest.mark.parametrize("text", DARIJA_NEGATIONS)
def test_darija_negations_with_a_pronoun_are_published(moderator: Moderator, text: str) -> None:
    verdict = moderator.check(text)
    assert verdict.action == "publish", (text, verdict.verdict, verdict.labels)
