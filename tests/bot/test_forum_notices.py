"""What a forum post's author is told comes written in the Decision (`Decision.notice`), from the core:
the forum adapter sends it and imports nothing from moderation."""
from __future__ import annotations

from bot.texts import t
from bot.types import Context, Kind, Message, Reason
from moderation.verdict import Verdict

PHONE = ((31, 45, "phone"),)


def post(text: str, verdict: Verdict, context: Context = Context.FORUM_QUESTION, can_flag: bool = True) -> Message:
    return Message(channel="discourse", user="discourse:7", text=text, thread="discourse/5",
                   external_id="501", context=context, verdict=verdict, can_flag=can_flag)


def test_a_held_post_is_explained_flagged_or_reviewed_in_the_authors_language(make_services):
    tutor = make_services().tutor
    verdict = Verdict(labels={"toxic": 0.97}, verdict="toxic", action="hold", reason="insult",
                      charter_section="charter-respect", lang="fr")
    text = "Vous êtes tous des incapables, cette formation est une honte."
    flagged = tutor.handle(post(text, verdict))
    assert flagged.kind == Kind.HOLD and flagged.lang == "fr"
    assert flagged.notice.startswith("Rafiq a signalé votre message") and "charter-respect" in flagged.notice
    assert t("notice_also_reviewed", "fr").strip() in flagged.notice  # held: a tutor reviews it too
    unflaggable = tutor.handle(post(text, verdict, can_flag=False))
    assert unflaggable.notice.startswith("Rafiq a transmis votre message à l'équipe des tuteurs")


def test_a_post_with_a_phone_number_tells_the_author_what_was_asked(make_services):
    tutor = make_services().tutor
    verdict = Verdict(labels={"personal_data": 1.0}, verdict="personal_data", action="mask",
                      charter_section="charter-personal-data", spans=PHONE, lang="fr")
    reply = tutor.handle(post("Merci pour la réponse, appelez-moi au 0612345678", verdict, Context.FORUM_REPLY))
    assert (reply.kind, reply.masked) == (Kind.MASK, True)
    assert reply.notice.startswith("Votre message contient des données personnelles")
    assert "demandé aux modérateurs" in reply.notice and "charter-personal-data" in reply.notice
    moodle = tutor.handle(post("Merci pour la réponse, appelez-moi au 0612345678", verdict, Context.FORUM_REPLY,
                               can_flag=False))
    assert "modifiez votre message" in moodle.notice


def test_a_post_in_distress_with_a_phone_number_is_masked_and_its_author_told(make_services):
    tutor = make_services().tutor
    verdict = Verdict(labels={"distress": 0.99, "personal_data": 1.0}, verdict="distress", action="escalate",
                      charter_section="charter-personal-data", spans=PHONE, priority="urgent", lang="fr")
    decision = tutor.handle(post("Je n'en peux plus de tout ça, appelez-moi au 0612345678", verdict))
    assert decision.reason == Reason.DISTRESS and decision.masked
    assert decision.notice.startswith("Votre message contient des données personnelles")


def test_an_ordinary_post_has_no_notice(make_services):
    tutor = make_services().tutor
    verdict = Verdict(labels={}, lang="fr")
    decision = tutor.handle(post("Merci à tous pour vos réponses.", verdict, Context.FORUM_REPLY))
    assert (decision.kind, decision.masked, decision.notice) == (Kind.IGNORE, False, "")
