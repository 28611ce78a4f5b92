"""read_message: one route from all the evidence (no single word decides)."""
from __future__ import annotations

import pytest

from bot.roles.calendar_query import asks_for_outline, asks_when
from bot.roles.intents import asks_something, polite_only
from bot.roles.introductions import introduces_self
from bot.understanding import Evidence, Route, read_message


def probs(**given: float) -> dict[str, float]:
    """A probability table: the given intents, the rest of the mass on nothing in particular."""
    table = {name: 0.0 for name in ("greeting", "thanks", "human", "calendar", "support", "content",
                                     "follow_up", "off_topic")}
    table.update(given)
    return table


def test_a_content_question_the_guide_answers_goes_to_the_guide_even_with_a_date_in_it():
    # "Comment gérer le temps quand une activité déborde ?": the parser sees "quand", the guide is sure
    evidence = Evidence(probs(content=0.6, calendar=0.35), answered=True, calendar_query=True)
    assert read_message(evidence) == Route.GUIDE


def test_a_date_in_a_question_the_guide_is_sure_of_does_not_send_it_to_the_calendar_on_a_weak_vote():
    # "j'ai dépassé la date limite du devoir, je peux encore l'envoyer ?": the parser reads a deadline, the
    # model hesitates (calendar 0.42, content 0.36), the guide is sure (its late-submission section)
    evidence = Evidence(probs(calendar=0.42, content=0.36), answered=True, calendar_query=True)
    assert read_message(evidence) == Route.GUIDE
    # the guide unsure: the calendar still takes it
    assert read_message(Evidence(evidence.probabilities, calendar_query=True)) == Route.CALENDAR


def test_a_precise_calendar_question_goes_to_the_calendar_when_the_model_agrees():
    evidence = Evidence(probs(calendar=0.8, content=0.15), answered=True, calendar_query=True)
    assert read_message(evidence) == Route.CALENDAR


def test_a_question_the_guide_is_surer_of_than_the_model_is_of_the_calendar_goes_to_the_guide():
    # "et si la date limite est déjà passée ?": the model hears the calendar, the guide is surer of its page
    heard = probs(calendar=0.86, follow_up=0.13)
    assert read_message(Evidence(heard, answered=True, confidence=0.98, calendar_query=True)) == Route.GUIDE
    assert read_message(Evidence(heard, answered=True, confidence=0.80, calendar_query=True)) == Route.CALENDAR
    # the calendar's own question, heard surely, stays the calendar's however sure the guide is of a page; so
    # does one that asks "when?" ("متى تفتح مجزوءة هندسة التكوين؟", calendar 0.89, the navigation page 0.95)
    sure = probs(calendar=1.0)
    assert read_message(Evidence(sure, answered=True, confidence=0.92, calendar_query=True)) == Route.CALENDAR
    when = probs(calendar=0.89, content=0.08)
    assert read_message(Evidence(when, answered=True, confidence=0.95, calendar_query=True,
                                 asks_when=True)) == Route.CALENDAR


@pytest.mark.parametrize("text,when", [
    ("متى تفتح مجزوءة هندسة التكوين؟", True), ("C'est quand la prochaine classe virtuelle ?", True),
    ("imta akhir ajal dyal devoir?", True), ("فوقاش اللايف؟", True),
    ("et si la date limite est déjà passée ?", False), ("j'ai raté la classe virtuelle d'hier soir", False),
])
def test_asking_when_is_not_naming_a_date(text, when):
    assert asks_when(text) is when


def test_a_weak_vote_for_a_person_does_not_set_a_sure_answer_aside():
    # "je peux le partager dans le groupe whatsapp de mon centre ?" after the recordings: human 0.59
    weak = probs(human=0.59, content=0.22, off_topic=0.16)
    assert read_message(Evidence(weak, answered=True, confidence=0.67)) == Route.GUIDE
    assert read_message(Evidence(weak)) == Route.HUMAN  # the guide unsure: the person
    assert read_message(Evidence(probs(human=0.95), answered=True, confidence=0.9)) == Route.HUMAN


def test_the_word_tutor_in_a_question_is_not_a_request_for_a_person():
    # "Quels sont les rôles du tuteur en ligne ?": no explicit phrase, the model reads content
    assert read_message(Evidence(probs(content=0.9, human=0.08), answered=True)) == Route.GUIDE


@pytest.mark.parametrize("evidence", [
    Evidence(probs(human=0.7, content=0.2), answered=True),        # the model hears a request
    Evidence(probs(human=0.3, content=0.4), human_phrase=True),    # an explicit phrase, content unsure
])
def test_a_request_for_a_person_goes_to_a_tutor(evidence):
    assert read_message(evidence) == Route.HUMAN


def test_an_explicit_phrase_does_not_override_a_question_the_model_is_sure_is_content():
    evidence = Evidence(probs(content=0.85, human=0.1), human_phrase=True, answered=True)
    assert read_message(evidence) == Route.GUIDE


def test_thanks_with_kind_words_is_thanks_not_a_ticket():
    assert read_message(Evidence(probs(thanks=0.9), polite="thanks")) == Route.THANKS
    assert read_message(Evidence(probs(thanks=0.8, content=0.1))) == Route.THANKS


def test_a_greeting_followed_by_a_question_is_not_answered_with_a_greeting_alone():
    # "salam Rafiq, labas? bghit nswlk 3la la classe inversée": the model hears the greeting first
    evidence = Evidence(probs(greeting=0.8, content=0.15), words=8)
    assert read_message(evidence) == Route.UNSURE
    assert read_message(Evidence(probs(greeting=0.8, content=0.15), words=3)) == Route.GREETING  # "salam labas ?"


def test_a_short_topic_the_model_barely_hears_as_a_greeting_is_not_greeted():
    # "ma voiture" (no greeting word the patterns know) was heard as a greeting at 0.52 and got "Bonjour !"
    assert read_message(Evidence(probs(greeting=0.52, follow_up=0.34), words=2)) != Route.GREETING
    assert read_message(Evidence(probs(greeting=0.52, follow_up=0.34), words=2, polite="greeting")) == Route.GREETING


def test_a_follow_up_needs_a_previous_exchange():
    evidence = Evidence(probs(follow_up=0.6, content=0.3))
    assert read_message(evidence) == Route.UNSURE
    assert read_message(Evidence(evidence.probabilities, has_context=True)) == Route.FOLLOW_UP


def test_feelings_go_to_support_unless_the_guide_answers_a_real_question_in_them():
    assert read_message(Evidence(probs(support=0.8, content=0.1))) == Route.SUPPORT
    # "le stress des stagiaires avant la classe virtuelle, que faire ?": feelings words, a guide answer
    assert read_message(Evidence(probs(support=0.45, content=0.5), answered=True)) == Route.GUIDE


def test_a_feeling_that_asks_what_to_do_is_answered_by_the_guide_page_that_surely_answers_it():
    """"فاتتني الحصة المباشرة حيت كانت عندي قراية، شنو ندير دابا؟" (support 0.86, the missed-live page at 0.99) got
    only the encouragement; a feeling said without a question keeps it, however sure the guide."""
    heard = probs(support=0.86, content=0.12)
    assert read_message(Evidence(heard, answered=True, confidence=0.99, asks=True)) == Route.GUIDE
    assert read_message(Evidence(heard, answered=True, confidence=0.99, asks=False)) == Route.SUPPORT
    assert read_message(Evidence(heard, answered=False, confidence=0.4, asks=True)) == Route.SUPPORT


@pytest.mark.parametrize("text, asks", [
    ("فاتتني الحصة المباشرة حيت كانت عندي قراية، شنو ندير دابا", True),
    ("kan7ess rasi bou7di f had l MOOC, kayn chi groupe d'étude?", True),
    ("je stresse avant chaque classe virtuelle, que faire ?", True),
    ("كنحس براسي باقي أستاذ ماشي مكون، واش هادشي عادي", True),
    ("pfff ce module est vraiment lourd...", False),
    ("عييت والله، بزاف ديال الخدمة هاد السيمانة", False),
    ("safi 3yit, ma b9itch 9adr nkml had l mooc", False),
])
def test_asking_something_is_a_question_mark_or_an_interrogative_word(text, asks):
    assert asks_something(text) is asks


def test_a_greeting_with_a_self_introduction_is_a_greeting_whatever_its_length():
    """"salam labas? ana formatrice jdida f CFIE" (greeting 0.95, seven words) went to a tutor as an unsure question;
    "bonjour, je suis formateur au CRMEF de Fès" got the guide's page on the institutions."""
    heard = probs(greeting=0.95, off_topic=0.03)
    assert read_message(Evidence(heard, words=7, introduces=True)) == Route.GREETING
    assert read_message(Evidence(heard, words=7, introduces=True, answered=True, confidence=0.65)) == Route.GREETING
    assert read_message(Evidence(heard, words=7)) != Route.GREETING  # a longer message that is not only that


@pytest.mark.parametrize("text, introduces", [
    ("salam labas? ana formatrice jdida f CFIE", True), ("bonjour, je suis formateur au CRMEF de Fès", True),
    ("السلام عليكم، أنا مكون جديد في المركز", True), ("je suis perdu", False), ("je suis en retard", False),
])
def test_a_self_introduction_by_role(text, introduces):
    assert introduces_self(text) is introduces


def test_off_topic_gets_the_polite_reply_from_the_model_or_from_moderation():
    assert read_message(Evidence(probs(off_topic=0.8, content=0.1))) == Route.OFF_TOPIC
    assert read_message(Evidence(probs(content=0.5, off_topic=0.4), off_topic_score=0.9)) == Route.OFF_TOPIC


def test_a_sure_answer_is_set_aside_only_when_the_model_is_sure_it_is_off_topic():
    assert read_message(Evidence(probs(off_topic=0.9, content=0.05), answered=True)) == Route.OFF_TOPIC
    assert read_message(Evidence(probs(off_topic=0.6, content=0.35), answered=True)) == Route.GUIDE


def test_a_sure_answer_from_the_section_the_conversation_is_on_is_not_set_aside_as_off_topic():
    # "combien de critères max ?" after the rubric: the model hears a number question, the guide is sure
    heard = {"off_topic": 0.8, "content": 0.1}
    assert read_message(Evidence(probabilities=heard, answered=True, confidence=0.73)) == Route.OFF_TOPIC
    assert read_message(Evidence(probabilities=heard, answered=True, confidence=0.73, has_context=True,
                                 on_last_topic=True)) == Route.GUIDE


def test_without_a_model_the_guide_decides():
    assert read_message(Evidence(answered=True)) == Route.GUIDE
    assert read_message(Evidence()) == Route.UNSURE


def test_a_date_the_parser_reads_goes_to_the_calendar_when_the_guide_cannot_place_the_question():
    # "ما هو آخر أجل لواجب المجزوءة الثالثة؟": the parser reads a deadline of module 3, the model leans to content
    # (0.45 against 0.32 for the calendar), the guide has no sure answer: it was a ticket for a tutor
    evidence = Evidence(probs(calendar=0.32, content=0.45, follow_up=0.16), calendar_query=True)
    assert read_message(evidence) == Route.CALENDAR
    # without a date the parser reads, the same hesitation is not the calendar's
    assert read_message(Evidence(evidence.probabilities)) == Route.UNSURE


def test_the_bare_word_tutor_names_a_topic_it_is_not_a_request_for_a_person():
    # "tuteur", "المؤطر": the model hears "human" (0.85), but nothing is asked yet: the guide offers what it
    # has on tutors (and the clarifying question's "ask a tutor" button is one tap away)
    assert read_message(Evidence(probs(human=0.85, content=0.11), answered=True, bare_noun=True)) == Route.GUIDE
    assert read_message(Evidence(probs(human=0.85, content=0.11), answered=True)) == Route.HUMAN


@pytest.mark.parametrize("text,bare", [
    ("tuteur", True), ("mon tuteur ?", True), ("المؤطر", True), ("tuteur dyali", True),
    ("Tuteur svp", False), ("مؤطر عفاك", False), ("humain", False), ("بنادم", False), ("je veux un tuteur", False),
])
def test_a_bare_noun_is_one_word_and_its_article(text, bare):
    from bot.roles.intents import bare_noun
    assert bare_noun(text) is bare


def test_only_a_marginal_model_score_without_a_cue_is_barely_distressed():
    from bot.understanding import barely_distressed
    assert barely_distressed({"distress": 0.40}, ())
    assert not barely_distressed({"distress": 0.40}, ("distress:suicidal",))
    assert not barely_distressed({"distress": 0.8}, ())


def test_a_tutors_faq_entry_is_given_even_when_the_question_is_heard_as_off_topic():
    """A tutor turned a ticket on travel costs into a FAQ entry; the intent model, which knows pay and
    allowances as off topic, set that entry's sure answer aside for the polite "not my field" reply."""
    heard = probs(off_topic=0.9, content=0.05)
    assert read_message(Evidence(heard, answered=True)) == Route.OFF_TOPIC
    assert read_message(Evidence(heard, answered=True, tutor_entry=True)) == Route.GUIDE
    assert read_message(Evidence(heard, answered=False, tutor_entry=True)) == Route.OFF_TOPIC


def test_only_entries_added_by_tutors_count_as_theirs():
    """The guide's own FAQ let "Les frais de déplacement sont-ils remboursés ?" through as "Is the MOOC free?"."""
    from bot.knowledge import is_tutor_entry

    assert is_tutor_entry("faq-t12") and not is_tutor_entry("faq-free") and not is_tutor_entry("faq-t")


@pytest.mark.parametrize("text,bare", [
    ("la grille ?", True), ("mochkil plateforme", True), ("الأدوار؟", True), ("Le forum", True),
    ("واش المساق بالفلوس؟", False), ("وواش كتنفع فالترقية؟", False), ("C'est quoi ?", False),
    ("chno hiya l'andragogie", False), ("Comment déposer mon devoir sur la plateforme ?", False),
])
def test_a_bare_topic_is_a_few_words_without_a_question_word(text, bare):
    from bot.dialogue import bare_topic

    assert bare_topic(text) is bare


def test_a_very_sure_guide_answer_is_given_though_the_model_hears_off_topic():
    """"هل تفيد هذه الشهادة في الترقي في الرتبة؟" (the attestation's FAQ, confidence 1.0) got the off-topic reply:
    the model heard pay and grades (0.88). Below VERY_SURE the model's strong "off topic" still sets it aside."""
    from bot.understanding import VERY_SURE

    heard = {"off_topic": 0.88, "content": 0.1}
    assert read_message(Evidence(probabilities=heard, answered=True, confidence=1.0)) == Route.GUIDE
    assert read_message(Evidence(probabilities=heard, answered=True, confidence=VERY_SURE - 0.1)) == Route.OFF_TOPIC
    support = {"support": 0.88, "content": 0.1}  # feelings keep the encouragement, however sure the guide
    assert read_message(Evidence(probabilities=support, answered=True, confidence=1.0)) == Route.SUPPORT


def test_a_question_on_the_course_outline_is_the_calendars_even_when_the_guide_is_sure():
    """"quels sont les modules du MOOC ?" got the guide's page on MOOC formats (sure, 0.9): the parser's outline
    question now decides; modules in general ("combien de modules pour une formation hybride ?") do not."""
    sure_guide = dict(probabilities=probs(content=0.9, calendar=0.1), answered=True, confidence=0.9)
    assert read_message(Evidence(**sure_guide, calendar_query=True, outline=True)) == Route.CALENDAR
    assert read_message(Evidence(**sure_guide, calendar_query=True)) == Route.GUIDE


@pytest.mark.parametrize("text, outline", [
    ("quels sont les modules du MOOC ?", True), ("chhal mn module f had lmooc?", True),
    ("ما هي وحدات هذا المساق؟", True), ("le calendrier complet svp", True),
    ("combien de modules faut-il pour concevoir une formation hybride ?", False),
    ("quand s'ouvre le module 3 ?", False),
])
def test_the_outline_question_is_told_from_modules_in_general(text, outline):
    assert asks_for_outline(text) is outline


def test_a_word_the_guide_surely_answers_is_a_topic_however_the_model_hears_it():
    """"SAMR" and "Bloom" were heard as greetings (0.95) and greeted, though the guide answered them surely."""
    acronym = Evidence(probabilities=probs(greeting=0.95), answered=True, confidence=0.9, words=1)
    assert read_message(acronym) == Route.GUIDE
    assert read_message(Evidence(probabilities=probs(greeting=0.95), words=1)) == Route.GREETING


def test_long_thanks_that_ask_nothing_are_thanks_not_a_ticket():
    """"merci beaucoup rafiq tu m'as sauvé la soirée" (thanks 1.0, seven words) went to a tutor as a question."""
    thanks = dict(probabilities=probs(thanks=1.0), words=8)
    assert read_message(Evidence(**thanks)) == Route.THANKS
    assert read_message(Evidence(**thanks, asks=True)) != Route.THANKS
    assert read_message(Evidence(**thanks, answered=True, confidence=0.8)) != Route.THANKS


@pytest.mark.parametrize("text", ["au revoir", "baraka lah fik, bslama", "مع السلامة", "bonne soirée et merci",
                                  "a bientot"])
def test_leaving_is_answered_like_thanks_not_greeted(text):
    """"au revoir" got "Bonjour ! Je suis Rafiq…"; "baraka lah fik, bslama" repeated the last answer (a newcomer)."""
    assert polite_only(text) == "thanks"
    assert polite_only("bonne journée, j'ai une question sur le devoir") is None
