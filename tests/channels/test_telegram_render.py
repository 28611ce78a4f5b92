"""Rendering for Telegram: escaping, citations in italics, right-to-left marks, splitting at 4096."""
from __future__ import annotations

from bot.channels.telegram.render import (RLM, mark_rtl, render, reply_buttons, reply_runs, split_runs,
                                          to_html, utf16_len)
from bot.types import Button, Decision, Kind
from retrieval.types import Citation
from tests.support._parse_mode import check_html


def test_reply_citation_is_italic_and_text_is_escaped():
    reply = Decision(Kind.ANSWER, "Utilisez une grille <critères> & indicateurs.",
                     lang="fr", intent="question", citations=(Citation(id="ass-rubric", title="Grille", lang="fr"),),
                  buttons=(Button("👍", "fb:up"), Button("👎", "fb:down"), Button("🙋", "tutor")), interaction_id=7)
    [html] = render(reply_runs(reply), "fr")
    assert html == ("Utilisez une grille &lt;critères&gt; &amp; indicateurs.\n\n"
                    "<i>📖 Source : Grille [ass-rubric]</i>")
    assert check_html(html) == reply.text
    assert reply_buttons(reply) == [[{"label": "👍", "action": "fb:up:7"}, {"label": "👎", "action": "fb:down:7"}],
                                    [{"label": "🙋", "action": "tutor:7"}]]


def test_the_citation_line_follows_the_body_in_italics():
    reply = Decision(Kind.ANSWER, "Réponse.", lang="fr", intent="question",
                     citations=(Citation(id="a", title="A", lang="fr"), Citation(id="b", title="B", lang="fr")))
    assert to_html(reply_runs(reply)) == "Réponse.\n\n<i>📖 Source : A [a] ; B [b]</i>"


def test_arabic_lines_starting_with_latin_or_digits_get_a_right_to_left_mark():
    runs = mark_rtl([("مرحبا\n  e-Takwine\n", None), ("2026 السنة", "b"), ("\nنص", None)])
    text = "".join(t for t, _ in runs)
    assert text == f"مرحبا\n  {RLM}e-Takwine\n{RLM}2026 السنة\nنص"
    assert render([("Bonjour\n2026", None)], "fr") == ["Bonjour\n2026"]  # French untouched


def test_split_prefers_paragraphs_then_lines_then_words_and_never_exceeds_the_limit():
    paragraph = "word " * 30
    parts = split_runs([((paragraph.strip() + "\n\n") * 5, None)], limit=400)
    assert all(utf16_len("".join(t for t, _ in p)) <= 400 for p in parts)
    assert all("".join(t for t, _ in p).endswith("word") for p in parts)  # cut at a paragraph, trimmed
    assert sum("".join(t for t, _ in p).count("word") for p in parts) == 150


def test_split_counts_utf16_units_and_cuts_an_endless_word():
    emoji = "😀" * 3000  # 6000 UTF-16 units, no space anywhere
    parts = split_runs([(emoji, None)])
    assert [utf16_len(p[0][0]) for p in parts] == [4096, 6000 - 4096]
    assert "".join(p[0][0] for p in parts) == emoji


def test_markup_cut_by_a_split_is_closed_and_reopened():
    runs = [("intro ", None), ("mot " * 200, "b")]
    parts = render(runs, "fr", limit=300)
    assert len(parts) >= 3
    for html in parts:
        check_html(html)  # balanced in every part
    assert parts[1].startswith("<b>") and parts[1].endswith("</b>")
