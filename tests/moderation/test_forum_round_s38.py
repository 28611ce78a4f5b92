"""Forum posts a newcomer sent (session of 2026-12-07, twenty-fourth): a COPE counsellor's question on suicide
prevention, titled with the word, was sent as distress on the word alone (named twice, counted twice); a case study
on a trainee calling a classmate an idiot was held as the poster's own insult; an insult about the tutor after a
question ("…؟ والمؤطر ديالنا حمار…") was published, though alone it is held."""
from __future__ import annotations


def test_a_topic_named_in_the_title_and_the_post_is_one_cue(moderator):
    text = ("Prévention du suicide\n\nEn tant que conseillère COPE, quelle activité proposer aux futurs conseillers "
            "d'orientation sur la prévention du suicide chez les adolescents ?")
    verdict = moderator.check(text, lang="fr", context="forum", author="karima")
    assert verdict.action == "publish", (verdict.labels, verdict.cues)
    assert list(verdict.cues).count("distress:topic_word") == 1


def test_someone_said_in_distress_with_the_word_is_still_distress(moderator):
    verdict = moderator.check("je pense au suicide, je n'en peux plus", lang="fr", context="forum", author="x")
    assert verdict.action == "escalate", verdict.labels


def test_an_insult_reported_with_its_object_is_a_mention(moderator):
    text = "Comment réagir quand un stagiaire traite un camarade d'idiot pendant la séance ? Je veux en faire une étude de cas."
    verdict = moderator.check(text, lang="fr", context="forum", author="walid")
    assert verdict.action == "publish" and "toxic:mention" in verdict.cues, (verdict.labels, verdict.cues)


def test_an_insult_about_the_tutor_after_a_question_is_held(moderator):
    text = "كيف أصوغ أهداف حصة تكوينية بشكل إجرائي؟ والمؤطر ديالنا حمار ما كيعرف والو"
    verdict = moderator.check(text, lang="ar", context="forum", author="khadija")
    assert verdict.action == "hold", (verdict.labels, verdict.cues)
