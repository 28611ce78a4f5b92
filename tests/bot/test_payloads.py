"""Outbox payloads: each class writes the JSON the outbox always held, and reads rows written before it."""
from __future__ import annotations

from bot.payloads import ChatMessage, ForumKind, ForumMessage, ForumRecipient, TutorRelay
from bot.recorder import forum_private_recipient


def test_a_telegram_reply_is_stored_as_before_and_reads_back():
    old = {"key": "tg:7", "runs": [["Salam", None], ["\n", None], ["📖 Guide", "i"]], "lang": "fr",
           "keyboard": [[{"label": "👍", "action": "fb:up:3"}]], "reply_to": 12}
    message = ChatMessage.from_json(old)
    assert message.runs[2] == ("📖 Guide", "i") and message.reply_to == 12 and not message.is_edit
    assert message.to_json() == old


def test_cards_edits_reports_and_reminders_keep_their_shape():
    rows = [{"key": "ticket:3:card", "runs": [["#3", "b"]], "lang": None, "kind": "ticket_card", "ticket_id": 3},
            {"key": "tg:9", "runs": [["ok", None]], "lang": "ar", "op": "edit", "message_id": 41,
             "fallback_send": True, "erase_after_delivery": True},
            {"kind": "coordinators_report", "key": "coordinators-week:2026-W48"},
            {"kind": "reminder", "lang": "fr", "buttons": [{"label": "Stop", "action": "optout"}]},
            {"key": "tg:10", "runs": [], "lang": "fr"}]
    for row in rows:
        assert ChatMessage.from_json(row).to_json() == row
    assert ChatMessage.from_json(rows[1]).is_edit and ChatMessage.from_json(None) == ChatMessage()


def test_forum_rows_read_with_the_old_defaults():
    target = {"forum": "discourse", "thread_id": "11", "post_id": "5", "post_number": 1, "author": "ali",
              "title": "T", "callback_url": ""}
    flag = {"kind": "flag", "target": target, "verdict": "toxic"}
    assert ForumMessage(kind=ForumKind.FLAG, target=target, verdict="toxic").to_json() == flag  # no language
    assert ForumMessage.from_json(flag).lang == "fr"
    assert ForumMessage.from_json({}).kind == ForumKind.REPLY
    notify = ForumMessage(kind=ForumKind.NOTIFY, target=target, lang="ar")
    assert notify.to_json() == {"kind": "notify", "target": target, "lang": "ar"}


def test_a_tutor_relay_row_reads_on_either_channel():
    row = TutorRelay("tutor_answer", 3, "ar", photo="AgAC").to_json()
    assert row == {"kind": "tutor_answer", "ticket_id": 3, "lang": "ar", "photo": "AgAC"}
    assert TutorRelay("tutor_closed", 4, "fr").to_json() == {"kind": "tutor_closed", "ticket_id": 4, "lang": "fr"}
    assert ChatMessage.from_json(row).photo == "AgAC"
    assert ForumMessage.from_json(row).kind == ForumKind.TUTOR_ANSWER and ForumMessage.from_json(row).lang == "ar"


def test_forum_recipients_parse_and_print_back():
    private = ForumRecipient.parse("discourse/11#5#ali#x")
    assert (private.forum, private.thread_id, private.post_id, private.author, private.private) == \
        ("discourse", "11", "5", "ali#x", True)
    assert str(private) == "discourse/11#5#ali#x"
    thread = ForumRecipient.parse("moodle/42")
    assert not thread.private and str(thread) == "moodle/42" and thread.thread_key == "moodle/42"
    assert not ForumRecipient.parse("moodle/42#").private
    made = ForumRecipient.author_of("discourse/11", "5", "ali")
    assert str(made) == forum_private_recipient("discourse/11", "5", "ali")
    assert ForumRecipient.parse(str(made)) == made
    long = ForumRecipient.author_of("discourse/11", "5", "a" * 200)
    assert str(long) == forum_private_recipient("discourse/11", "5", "a" * 200)
