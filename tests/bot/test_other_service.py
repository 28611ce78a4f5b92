"""A question on another service's account or device is not answered from the guide's pages on the course's own
account: "mot de passe de ma boîte Gmail" got the e-Takwine login page at 0.94 (dev out-of-scope questions)."""
from __future__ import annotations

import pytest

from bot.other_service import about_another_service, leaves_the_platform, names_another_service
from bot.types import Reason
from tests.bot.helpers import say


@pytest.mark.parametrize("text", [
    "J'ai oublie le mot de passe de ma boite gmail perso, comment je la recupere ?",
    "الواتساب ديالي تهكر البارح، كيفاش نرجعو؟",
    "تم اختراق حسابي على فيسبوك، كيف أسترجعه؟",
    "nsit mot de passe dyal instagram dyali, kifach nrj3o?",
    "Le mot de passe du wifi du centre ne marche plus, tu le connais ?",
    # found by a newcomer: the academic mailbox and a university's Moodle got e-Takwine's reset steps (0.98, 0.67)
    "J'ai oublié mon mot de passe de la messagerie académique Taalim.ma, que faire ?",
    "Comment récupérer mon mot de passe Moodle de l'université Ibn Zohr ?",
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


def test_right_after_the_courses_login_page_another_service_leaves_it_but_a_mailbox_goes_on():
    """"w dyal Massar?" after e-Takwine's password got more of e-Takwine's page (found by a newcomer); "et si je n'ai
    plus accès à mon gmail ?" is the address the account is linked to, which the page speaks of."""
    login = ("dig-etakwine-login-password",)
    assert leaves_the_platform("w dyal Massar?", login)
    assert leaves_the_platform("وكلمة السر ديال الواتساب؟", login)
    assert not leaves_the_platform("et si je n'ai plus accès à mon gmail ?", login)
    assert not leaves_the_platform("w dyal Massar?", ("ass-peer",))
    assert not about_another_service("et si je n'ai plus accès à mon gmail ?", login[0], login)
    assert about_another_service("et si je n'ai plus accès à mon gmail ?", login[0])


def test_another_service_right_after_the_login_page_is_off_topic(make_services):
    services = make_services()
    say(services, "J'ai oublié mon mot de passe e-Takwine", user="massar-after-login")
    decision = say(services, "w dyal Massar?", user="massar-after-login")
    assert decision.reason == Reason.OFF_TOPIC and not decision.citations, decision.to_json()


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
