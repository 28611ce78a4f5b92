"""The conversation's rules that need no model: language-switch requests and the conversation's language."""
from __future__ import annotations

import pytest

from bot.conversation import (CHOICE, MORE, OTHER_LANG, asks_for_example, conversation_language, follow_up,
                               names_another_topic, word_count)


@pytest.mark.parametrize("text,lang", [
    ("Tu peux me redire ça en arabe pour mes collègues ?", "ar"),
    ("Tu pourrais me l'expliquer en arabe ?", "ar"),
    ("Peux-tu traduire ta réponse en arabe ?", "ar"),
    ("هل يمكنك إعادة هذا الشرح بالفرنسية؟", "fr"),
    ("أعد لي ذلك بالفرنسية من فضلك", "fr"),
    ("هل يمكن أن تعيد الجواب بالفرنسية؟", "fr"),
    ("w f lfrançais?", "fr"),
    ("b lfrançais 3afak", "fr"),
    ("3awd chre7 b lfrançais 3afak", "fr"),
    ("3awdha b l3arbia", "ar"),
    # politeness and the reason for asking do not make it a question of its own; nor do the other ways of
    # naming the language ("باللغة الفرنسية", "إلى الفرنسية", "بالفرونسي") or of asking ("redonner", "répondre",
    # "تكتب لي", "قولها", "جاوبني")
    ("Et en arabe, s'il te plaît ?", "ar"),
    ("Peux-tu me redonner ça en arabe ?", "ar"),
    ("Tu peux me répondre en arabe ? c'est pour le partager avec mes collègues", "ar"),
    ("et en arabe stp, c'est pour le leur transférer", "ar"),
    ("هل يمكنك ترجمة هذا الجواب إلى الفرنسية؟", "fr"),
    ("وباللغة الفرنسية؟", "fr"),
    ("هل يمكنك أن تكتب لي ذلك بالفرنسية؟", "fr"),
    ("قولها ليا بالفرونسي عافاك", "fr"),
    ("جاوبني بالفرونسي عافاك", "fr"),
    ("كتبهالي بالفرنسية عافاك", "fr"),
    # "explain that to me", "repeat it", "put that" in the other language: asking again, in other words
    ("هل تستطيع أن تشرح لي هذا بالفرنسية؟", "fr"),
    ("ممكن تكرر لي ذلك بالعربية الفصحى؟", "ar"),
    ("Tu peux mettre tout cela en arabe pour moi ?", "ar"),
    # a detached comma is not a word; "for a colleague" is an aside; "tell me that" is not "how do you say";
    # "تعاودها" asks again; "fran9ais" is French
    ("Tu peux me redire ça en arabe stp, c'est pour une collègue de mon centre", "ar"),
    ("هل يمكن أن تقول لي ذلك بالعربية؟", "ar"),
    ("ممكن تعاودها ليا بالفرنسية؟ الزملاء ديالي كيقراو غير بالفرنسية", "fr"),
    ("3awdha f fran9ais 3afak", "fr"),
    ("3awdha b lfrança", "fr"),  # "lfrança" was the language FAQ, in Arabic (a newcomer)
])
def test_a_request_for_the_previous_answer_in_the_other_language_is_recognised(text, lang):
    assert follow_up(text) == (OTHER_LANG, lang)


@pytest.mark.parametrize("text", [
    "Est-ce que je peux rendre mon devoir en arabe plutôt qu'en français ?",
    "واش خاصني نكتب الواجب بالفرنسية ولا بالعربية؟",
    "wach n9der nkteb devoir b l3arbia?",
    "Comment dit-on évaluation formative en arabe ?",
    "Comment enseigner le français à des adultes arabophones qui débutent ?",
    "Est-ce que le MOOC existe en arabe ?",
    "هل المساق متاح بالفرنسية؟",
    "كيف نقول التقويم التكويني بالفرنسية؟",
    "كيف تقول شبكة التقويم بالفرنسية؟",
    "هل أكتب بالفرنسية في المنتدى؟",
])
def test_a_question_of_its_own_that_names_a_language_is_not_a_language_switch(text):
    assert follow_up(text) is None


def test_a_very_short_latin_script_message_keeps_the_conversations_language():
    # "w l formative?" reads as French to the language detector, in a Darija conversation answered in Arabic
    assert conversation_language("w l formative?", "fr", "ar") == "ar"
    assert conversation_language("et l'éthique ?", "ar", "fr") == "fr"
    # a longer message, or one in Arabic script, says its own language
    assert conversation_language("Comment préparer une séance de formation ?", "fr", "ar") == "fr"
    assert conversation_language("والتقويم الإجمالي؟", "ar", "fr") == "ar"
    assert conversation_language("ok", "fr", "") == "fr"  # no previous reply language: the message's


@pytest.mark.parametrize("text,expected", [
    ("w l éthique?", True), ("et la sommative ?", True), ("et pour l'évaluation sommative ?", True),
    ("والتقويم الإجمالي؟", True), ("و بالنسبة للمنتدى؟", True),
    # a condition on the same topic, or a longer question of its own
    ("et si le bouton n'apparaît pas ?", False), ("w ila ma l9itch lbouton?", False), ("وإذا تأخرت؟", False),
    ("et pour la récupérer, je fais comment ?", False),
    # "وإلا" (and if) and "والله" open with the letters of "and the": the dev dialogues caught "وإلا ما خدمش
    # بالملاحظات ديالي؟" moved off the feedback page once "and the X?" let the message's own reading decide
    ("وإلا ما خدمش بالملاحظات ديالي؟", False), ("والله ما فهمت", False), ("والدور التنظيمي؟", True),
])
def test_and_the_x_names_another_topic_a_condition_does_not(text, expected):
    assert names_another_topic(text) is expected


def test_a_detached_question_mark_is_not_a_word():
    # French typography puts a space before "?": "et si le bouton n'apparaît pas ?" has six words, not seven
    assert word_count("et si le bouton n'apparaît pas ?") == 6
    assert word_count("w ila ma l9itch lbouton?") == 5
    assert word_count("وإذا تأخرت ؟") == 2


@pytest.mark.parametrize("text", [
    "plus de détails sur ce qu'on fait des résultats",
    "Et plus de détails sur la grille des séances en ligne svp",
    "وضح أكثر كيف نستعمل النتائج في القسم",
    "zid chra7 3la l grille dyal l'observation 3afak",
])
def test_more_detail_on_a_named_part_is_a_follow_up_however_long(text):
    """"plus de détails sur ce qu'on fait des résultats" (7 words) was read as a question of its own, and got
    a clarifying question between two unrelated sections instead of the rest of the last answer."""
    assert follow_up(text) == (MORE, None)


@pytest.mark.parametrize("text", [
    "Davantage de stagiaires viennent aux séances en ligne, comment les gérer ?",
    "المزيد من الأمثلة على التقويم التكويني من فضلك",
])
def test_a_longer_message_that_does_not_open_on_more_detail_is_not_a_more_follow_up(text):
    assert follow_up(text) != (MORE, None)


@pytest.mark.parametrize("text", ["zidni chwiya dial tafasil", "زيدني شوية", "zidni"])
def test_a_short_request_for_more_with_a_pronoun_is_a_follow_up(text):
    """"zidni chwiya dial tafasil" (four words) was not heard as "more": the phrases that ask for more on the last
    answer ("زيدني", "zidni") were only read in messages over six words, and "زيد"/"zid" must end a word."""
    assert follow_up(text) == (MORE, None)


@pytest.mark.parametrize("text,expected", [
    ("نعم، أقصد التقويم بين الأقران", None), ("oui, celle pour observer une classe", None),
    ("oui", (CHOICE, 1)), ("oui c'est ça merci", (CHOICE, 1)), ("ايه هادي هي", (CHOICE, 1)),
    ("oui le deuxième", (CHOICE, 2)), ("نعم الثاني", (CHOICE, 2)),
])
def test_yes_followed_by_the_choice_in_words_is_read_as_words(text, expected):
    """After "التقويم؟" offered formative, summative and diagnostic, "نعم، أقصد التقويم بين الأقران" was taken as
    "yes, the first" and answered from formative assessment; a yes that goes on to name what is meant is now
    read for its words, and "oui le deuxième" picks the second."""
    assert follow_up(text) == expected


def test_a_message_whose_language_detection_cannot_tell_keeps_the_conversations_language():
    # "w ila kant CC BY-NC?" (five words, read as English) in a Darija conversation answered in Arabic
    assert conversation_language("w ila kant CC BY-NC?", "fr", "ar", known=False) == "ar"
    assert conversation_language("et si c'est une CC BY-NC ?", "fr", "ar") == "fr"  # a known language says its own
    # unless the message opens on Darija's "and" (`test_newcomer_round_s32`): no French message does
    assert conversation_language("w ila kant CC BY-NC?", "fr", "ar") == "ar"


@pytest.mark.parametrize("text, asks", [
    ("Tu peux illustrer avec un cas concret ?", True),
    ("ok tu peux me montrer à quoi ça ressemble en vrai ?", True),
    ("montre-moi", True),
    ("اعطني نموذجا لأسئلة هذه اليوميات", True),
    ("بحال شنو؟", True),
    ("b7al chno?", True),
    ("comment organiser une étude de cas en formation ?", False),
    ("كيف أكتب هدفا إجرائيا؟", False),
])
def test_an_example_asked_for_in_other_words_is_recognised(text, asks):
    """"un cas concret", "illustrer", "à quoi ça ressemble", "نموذجا": after the motivation section, "Tu peux
    illustrer avec un cas concret ?" was answered from the active methods (their "étude de cas")."""
    assert asks_for_example(text) is asks
