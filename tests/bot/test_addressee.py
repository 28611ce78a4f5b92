"""A woman who speaks of herself in the feminine is addressed in the feminine by the caring replies: "ما بقيتش
باغية نعيش" got "أنا آسف حقا لما تمر به… اتصل بالرقم… أنت مهم(ة)" (masculine, or a bracketed ending)."""
from __future__ import annotations

import pytest

from bot.addressee import addressing, speaks_of_herself, writes_as_woman
from bot.texts import t
from tests.bot.helpers import say


@pytest.mark.parametrize("text", ["ما بقيتش باغية نعيش", "راني عيانة بزاف", "أنا أستاذة في المركز ومتعبة",
                                  "ana 3yana w ma b9itch 9adra", "kan7ess rassi wa7da", "je suis vraiment épuisée",
                                  "je me sens si seule", "Je suis formatrice au CRMEF", "ما قادراش نكمل"])
def test_a_woman_speaking_of_herself_is_heard(text):
    assert speaks_of_herself(text) is True


@pytest.mark.parametrize("text", ["راني عيان بزاف", "Je suis perdu", "أنا مكون في المركز", "ana 3yan"])
def test_a_man_speaking_of_himself_is_heard(text):
    assert speaks_of_herself(text) is False


@pytest.mark.parametrize("text", ["زوجتي مريضة ومتعبة", "bghit nhder m3a chi wa7ed", "la stagiaire est perdue",
                                  "Comment préparer une séance ?", "راني عيانة وراجلي عيان"])
def test_words_about_someone_else_or_nothing_tell_nothing(text):
    assert speaks_of_herself(text) is None


def test_the_newest_message_that_tells_decides():
    assert writes_as_woman(["شكرا", "راني عيانة", "راني عيان"]) is True
    assert writes_as_woman(["merci", "bonjour"]) is False


def test_texts_take_their_feminine_variant_only_while_a_woman_is_addressed():
    plain = t("distress", "ar", availability="")
    with addressing(lambda: True):
        feminine = t("distress", "ar", availability="")
        assert t("human_requested", "ar", eta="") == t("human_requested", "ar", eta="")  # no variant: the same text
    assert "اتصلي" in feminine and "أنتِ مهمة" in feminine and "اتصل بالرقم" in plain
    assert t("distress", "ar", availability="") == plain


def test_the_question_is_asked_once_and_only_when_a_variant_is_said():
    asked = []
    with addressing(lambda: asked.append(1) or True):
        t("human_requested", "fr", eta="")
        assert asked == []
        t("distress", "fr", availability="")
        t("isolated_empathy", "fr")
    assert asked == [1]


@pytest.mark.slow
def test_the_caring_reply_and_what_follows_address_her_as_she_wrote(full_services):
    user = "s41-addressee-woman"
    first = say(full_services, "ما بقيتش قادرة، كلشي تقاد عليا، ما بقيتش باغية نعيش", user=user)
    assert first.reason == "distress" and "اتصلي" in first.body and "أنتِ مهمة" in first.body, first.body
    thanks = say(full_services, "شكرا", user=user)  # no gender in it: her earlier message tells
    assert "اعتني بنفسك" in thanks.body, thanks.body


@pytest.mark.slow
def test_a_man_gets_the_usual_caring_reply(full_services):
    first = say(full_services, "ما بقيتش قادر، كلشي تقاد عليا، ما بقيتش باغي نعيش", user="s41-addressee-man")
    assert first.reason == "distress" and "اتصل بالرقم" in first.body and "اتصلي" not in first.body, first.body


@pytest.mark.slow
def test_the_encouragement_addresses_a_discouraged_woman_as_she_wrote(full_services):
    # "راني معطلة… حاسة براسي فاشلة" got "افتح النشاط الموالي… وامنح نفسك" (a helper noticed)
    decision = say(full_services, "راني معطلة بزاف فالمووك، باقا فالوحدة 3 وحاسة براسي فاشلة", user="s41-addressee-late")
    assert "افتحي" in decision.body and "قطعتِ" in decision.body, decision.body
