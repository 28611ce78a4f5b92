"""A question on another service's account or device is not answered from the guide's pages on the course's own
account: "mot de passe de ma boîte Gmail" got the e-Takwine login page at 0.94 (dev out-of-scope questions)."""
from __future__ import annotations

import pytest

from bot.other_service import about_another_service, names_another_service
from bot.types import Reason
from tests.bot.helpers import say


@pytest.mark.parametrize("text", [
    "J'ai oublie le mot de passe de ma boite gmail perso, comment je la recupere ?",
    "الواتساب ديالي تهكر البارح، كيفاش نرجعو؟",
    "تم اختراق حسابي على فيسبوك، كيف أسترجعه؟",
    "nsit mot de passe dyal instagram dyali, kifach nrj3o?",
    "Le mot de passe du wifi du centre ne marche plus, tu le connais ?",
])
def test_another_services_account_is_named(text):
    assert names_another_service(text)


@pytest.mark.parametrize("text", [
    "wach n9der nsift devoir mn gmail?",  # the course's duty, sent from Gmail
    "ما قدرتش ندخل للحساب، كنكتب الباسوورد وكيقولي غالط",  # "الباسوورد" is no service
    "نسيت كلمة السر ديال المنصة",
    "je peux suivre le mooc sur mon telephone ?",
    "بغيت نحط تصويرة فيها الكود مسار فالمنتدى",  # Massar's code, on the course's forum
])
def test_the_course_or_no_other_service_keeps_the_guide(text):
    assert not names_another_service(text)


def test_only_the_pages_on_the_courses_account_are_set_aside():
    text = "J'ai oublie le mot de passe de ma boite gmail perso"
    assert about_another_service(text, "dig-etakwine-login-password")
    assert not about_another_service(text, "dig-data-privacy")  # what to share, wherever: the guide's


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "J'ai oublie le mot de passe de ma boite gmail perso, comment je la recupere ?",
    "mot de passe dyal Massar dyal weldi tnsa, kifach nrecuperih?",
])
def test_another_services_password_gets_the_polite_not_my_field(full_services, text):
    decision = say(full_services, text, user=f"other-service-{len(text)}")
    assert not decision.citations and decision.reason == Reason.OFF_TOPIC, decision.to_json()


@pytest.mark.slow
def test_the_courses_own_password_keeps_its_page(full_services):
    decision = say(full_services, "نسيت كلمة السر ديال المنصة، شنو ندير؟", user="own-password")
    assert decision.citations and decision.citations[0].id == "dig-etakwine-login-password", decision.to_json()
