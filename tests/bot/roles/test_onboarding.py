"""bot/roles/onboarding.py: the checklist after /start, opt-in and opt-out."""
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.roles.onboarding import (OPT_IN_ACTION, OPT_OUT_ACTION, onboarding_text, reminder_buttons,
                                  reminders_confirmation, set_reminders)
from bot.store.schema import User
from tests.bot.helpers import make_trainer

CASA = ZoneInfo("Africa/Casablanca")


def test_checklist_names_the_current_module_and_next_deadline_in_both_languages(calendar):
    now = datetime(2026, 12, 1, 10, tzinfo=CASA)
    fr = onboarding_text(calendar, "fr", now, forum_url="https://forum.example.org/c/2026-b")
    assert fr.startswith("✅ Pour bien démarrer avec Rafiq, l'assistant automatique")
    assert "module 2 « L'ingénierie de la formation »" in fr
    assert "vendredi 4 décembre à 23h59 (dans 3 jours)" in fr
    assert "/reminders_on" in fr and "https://forum.example.org/c/2026-b" in fr
    ar = onboarding_text(calendar, "ar", now)
    assert "رفيق، المساعد الآلي" in ar and "الوحدة 2 «هندسة التكوين»" in ar and "الجمعة 4 دجنبر" in ar
    assert "()" not in ar  # no empty forum link


def test_checklist_before_the_cohort_starts_says_when_module_1_opens(calendar):
    text = onboarding_text(calendar, "fr", datetime(2026, 10, 30, 10, tzinfo=CASA))
    assert "Le module 1 « Le métier de formateur » ouvre lundi 2 novembre (dans 3 jours)" in text


def test_set_reminders_turns_them_on_and_off(store):
    user = make_trainer(store, "42", reminders=False)
    set_reminders(store, user, True)
    with store.session() as s:
        assert s.get(User, user).reminders is True
    set_reminders(store, user, False)
    with store.session() as s:
        assert s.get(User, user).reminders is False


def test_buttons_and_confirmations_exist_in_arabic_and_french():
    on_ar, off_ar = reminder_buttons("ar")
    on_fr, off_fr = reminder_buttons("fr")
    assert (on_ar.action, off_ar.action) == (on_fr.action, off_fr.action) == (OPT_IN_ACTION, OPT_OUT_ACTION)
    assert "التذكيرات" in on_ar.label and "rappels" in off_fr.label
    assert "/reminders_off" in reminders_confirmation(True, "fr")
    assert "/reminders_on" in reminders_confirmation(False, "ar")
