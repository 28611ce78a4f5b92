"""An example asked for after an answer is the section's own example, not its opening or its next paragraph."""
from __future__ import annotations

from retrieval.examples import example_excerpt, example_strength

SECTION = """Préparer un atelier, c'est choisir une démarche adaptée au groupe.

Étapes :
1. Situer l'atelier dans le module.
2. Minuter. Pour un atelier de deux heures, par exemple : accueil 10 min, binômes 60 min, bilan 10 min.
3. Régler la logistique : salle, matériel, ressources disponibles, par exemple sur la plateforme.

Après l'atelier, noter ce qui a fonctionné. Piège : prévoir trop de contenu."""

ARABIC = """التغذية الراجعة معلومة تقدم للمتعلم حول إنتاجه.

نصائح عملية:
- أن تكون محددة: «هدفك لا يبين ما يجب أن ينتجه التلميذ» بدل «أعد صياغة الهدف».
- أن تكون سريعة: ما دام المتعلم قادرا على استعمالها.

مثال: مكون يكتب لمتدرب تعليقين قصيرين على جذاذته ويقترح مرجعا واحدا لتحسينها قبل الحصة المقبلة."""


def test_a_passing_par_exemple_is_not_an_example_but_an_announced_one_is():
    assert example_strength("ressources disponibles, par exemple sur la plateforme.") == 1  # only in passing
    assert example_strength("Pour un atelier de deux heures, par exemple : accueil 10 min") == 2
    assert example_strength("Exemple : un stagiaire qui…") == 3
    assert example_strength("مثال: مكون يكتب لمتدرب") == 3
    assert example_strength("اقتراح مسلك أو مثال أو مورد.") == 0
    assert example_strength("Donner la parole : « Comment as-tu vécu la séance ? »") == 2


def test_the_example_is_the_marked_list_item_whole_without_its_number():
    """"donne-moi un exemple" after the session-preparation answer gave its closing paragraph ("Après la
    séance…"); the guide's example (step 6, "par exemple : accroche 20 min, …") was never shown whole."""
    shown = "Préparer un atelier, c'est choisir une démarche adaptée au groupe.\n2. Minuter. …"
    example = example_excerpt("donne-moi un exemple", shown, SECTION, "fr")
    assert example.startswith("Minuter. Pour un atelier de deux heures, par exemple : accueil 10 min")
    assert example.endswith("bilan 10 min.")


def test_an_example_already_shown_is_not_given_again_and_none_left_gives_nothing():
    first = example_excerpt("un exemple", "", SECTION, "fr")
    assert example_excerpt("un autre exemple", first, SECTION, "fr") == ""


def test_the_example_opening_on_its_mark_comes_before_quoted_words_and_the_request_words_choose():
    assert example_excerpt("عطيني مثال", "", ARABIC, "ar").startswith("مثال: مكون يكتب لمتدرب")
    assert "«هدفك لا يبين" in example_excerpt("مثال على عبارة محددة هدف التلميذ", "", ARABIC, "ar")


def test_the_tutor_answers_an_example_request_with_the_guides_example(make_services):
    from bot.types import Kind
    from tests.bot.helpers import follow_up_on_session_preparation

    example = follow_up_on_session_preparation(make_services(), "donne-moi un exemple", user="ex1")
    assert example.kind == Kind.ANSWER and example.citations[0].id == "eng-session-preparation"
    assert "par exemple : accroche 20 min" in example.text and not example.text.startswith("Après la séance")


LIST_OF_TARGETS = """يأتي التقويم التشخيصي في بداية التعلم.

ما يمكن أن يستهدفه:
- المكتسبات القبلية الضرورية للتعلم الجديد؛
- التمثلات الأولية، بما فيها الخاطئة، مثل «التقويم هو اجتياز امتحان»؛
- الصعوبات المتوقعة."""


def test_a_list_item_reading_as_a_fragment_is_quoted_under_its_lead():
    """"عطيني مثال" after the diagnostic got one bullet ending on "؛", out of its list (found by a newcomer)."""
    example = example_excerpt("عطيني مثال", "", LIST_OF_TARGETS, "ar")
    assert example == "ما يمكن أن يستهدفه:\n- التمثلات الأولية، بما فيها الخاطئة، مثل «التقويم هو اجتياز امتحان»."


def test_an_item_shown_under_its_lead_before_is_not_given_again():
    shown = ("ما يمكن أن يستهدفه: - المكتسبات القبلية الضرورية للتعلم الجديد؛ "
             "- التمثلات الأولية، بما فيها الخاطئة، مثل «التقويم هو اجتياز امتحان»؛")
    assert example_excerpt("عطيني مثال", shown, LIST_OF_TARGETS, "ar") == ""


PEER = """L'évaluation par les pairs consiste à faire évaluer une production par des apprenants du même niveau.

Conditions de réussite :
- une grille courte et claire ;
- plusieurs évaluateurs par production.

Dans un MOOC, sur e-Takwine par exemple, la plateforme répartit les copies et n'affiche la note qu'après l'évaluation des autres.

Pièges : des évaluations complaisantes (« tout est excellent ») ou vides, sans contrôle."""


def test_a_section_without_an_example_gives_the_one_it_says_in_passing_not_its_mistakes():
    """"3tini mital" after the peer-assessment answer gave its mistakes paragraph (it quotes « tout est excellent »,
    which read as words to say); the section gives no marked example, its nearest one is said in passing."""
    assert example_strength(PEER.split("\n\n")[-1]) == 0
    shown = PEER.split("\n\n")[0]
    example = example_excerpt("un exemple ?", shown, PEER, "fr")
    assert example.startswith("Dans un MOOC, sur e-Takwine par exemple"), example
    # a marked example, when there is one, still comes before any said in passing
    assert example_excerpt("un exemple ?", "", SECTION, "fr").startswith("Minuter.")


OPENING_CLOSING = """Ouvrir et clore une séance.

Une bonne ouverture comprend :
- un brise-glace lié au thème : « une réussite et une difficulté vécues en évaluant vos élèves ».

Une bonne clôture comprend :
- une synthèse par les participants : « ce que je retiens, ce que j'applique »."""


def test_among_examples_the_request_does_not_tell_apart_the_one_on_the_question_asked_comes_first():
    """"un exemple ?" after "Comment bien clôturer une séance ?" gave the opening's example, first in the section."""
    example = example_excerpt("un exemple ?", "", OPENING_CLOSING, "fr", topic="Comment bien clôturer une séance ?")
    assert "ce que je retiens" in example, example
    assert "brise-glace" in example_excerpt("un exemple ?", "", OPENING_CLOSING, "fr", topic="l'ouverture ?")
    assert ".." not in example_excerpt("un exemple ?", "", OPENING_CLOSING, "fr", topic="l'ouverture ?")
