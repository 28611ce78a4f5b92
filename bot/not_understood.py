""""Je n'ai pas compris", "ما فهمتش", "ma fhamtch", "عاود شرح ليا بطريقة ساهلة", "expliquez-moi autrement" after an
answer: the guide has no simpler version, so the reply is the section's own example when it was not shown yet, else a
part of the section not shown yet (its key list, else a paragraph), and it says honestly that a tutor can explain it
otherwise; when all was shown, it says so (it got the section's next part, the opening again word for word, or an
unrelated section's: a newcomer, 0 of 3).

    "ma fhmtch, 3awd chr7 b tari9a sahla"   not understood, nothing else said (`only_not_understood`)
    "ma fhmtch kifach nsift devoir"         a question of its own: read as usual
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.conversation import LastTurn
from bot.shown_items import said_again
from bot.texts import t
from bot.types import Button, Decision, Intent, Kind
from retrieval.blocks import LIST, PROSE
from retrieval.examples import MISTAKES
from retrieval.excerpt import cached_blocks, shown_blocks
from retrieval.normalize import normalize_text

if TYPE_CHECKING:
    from bot.tutor import Tutor

# Not understood, or asked again otherwise, in French (kept apart: a French message is answered in French)...
_FRENCH = (r"\b(?:(?:je )?n'?ai (?:pas|rien) (?:bien |tout |trop |vraiment )?compris|j'?ai (?:pas|rien) (?:bien |tout |trop "
           r"|vraiment )?compris|jai (?:pas|rien) (?:bien )?compris|(?:je |j')?(?:ne )?comprend?s? (?:toujours |vraiment )?pas"
           r"|jcomprend?s? pas|pas (?:bien |tout |trop )?compris|(?:c'?est |ce n'?est )?pas (?:tres |assez |trop )?clair"
           r"|c'?est (?:flou|confus)|je suis perdue?|j'?ai du mal a comprendre|plus simple(?:ment)?|simplifie[rz]?"
           r"|re-?expliqu\w*|reformule[rz]?|(?:re-?)?expliqu\w*(?:[- ](?:moi|le|la|ca|nous))? (?:autrement|differemment"
           r"|mieux|encore|a nouveau|de nouveau|simplement|avec d'autres mots)|autrement|differemment"
           r"|d'une autre (?:facon|maniere)|(?:avec des|en) (?:mots|termes) (?:simples|plus simples))\b")
# ... and in Arabic, Darija and Arabizi
_OTHERS = (r"\b(?:ma ?fh?[ea]?mt?ch|mafh?emtch|ma ?fh[ea]?mt (?:walo|hta haja|mzyan)|machi wad[e]?[7h]|ma wad[e]?[7h]ch"
           r"|3awe?di? ?(?:chr[a-z0-9]*|li(?:ya|a)?)|b (?:chi )?tari9a (?:sahla|khra|okhra|o5ra|akhra|khora)|b chwiya)\b"
           r"|(?<!\w)(?:ما ?فهمتش|ما فهمت|لم افهم|لا افهم|ما فهمت والو|مافهمت والو|لم يتضح|غير واضح|ليس واضحا|ماشي واضح"
           r"|ما واضحش|بطريقه (?:ساهله|سهله|مبسطه|ابسط|اسهل|اخري)|بشكل (?:مبسط|ابسط)|بعبارات? (?:ابسط|اخري|بسيطه)"
           r"|بكلمات (?:ابسط|بسيطه|اخري)|عاود (?:شرح|شرحو|شرحها|ليا|لي)|اعد الشرح|اعد شرح|اشرح (?:لي )?(?:مره اخري"
           r"|من جديد|ببساطه)|وضح لي ببساطه|بسط (?:لي|ليا)|بالشويه)(?!\w)")
_NOT_UNDERSTOOD = re.compile(f"{_FRENCH}|{_OTHERS}")
_FRENCH_ONLY = re.compile(_FRENCH)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# Words that add nothing to "not understood" ("j'ai pas bien compris, tu peux expliquer autrement ?", "ما فهمتش
# مزيان، عاود شرح ليا عافاك"): with nothing else, the message is only that (normalized: no accents, أ→ا, ة→ه)
_SAYS_NOTHING_ELSE = frozenset("""je j ai pas n ne bien tres vraiment toujours du tout rien trop encore tu vous peux pouvez
    pourriez pourrais peut svp stp s il te plait merci me m moi nous le la l les ca cela c est ce que qu veut dire
    voulez dites expliquer explique expliquez plus une fois de nouveau a d un peu mieux desole desolee pardon oui non
    ok bon alors mais et donc hmm euh sorry comprendre comment quoi
    ma mzyan mzn mezyan chwiya 3afak 3fak afak wach t9der momkin tani aw walo hta haja chno bghiti tgoul ach katqsed
    kat9sed li lia liya liyya b chi chr7 chre7 chra7 chrah wadda7 wade7 fesser
    ما مزيان عافاك من فضلك واش تقدر ممكن تاني عاوتاني مره والو حتي حاجه شي شنو بغيتي تقول كتقصد تقصد ماذا ليا لي
    جيدا ارجوك رجاء مجددا ايضا ثاني اش اشنو اشرح اشرحي شرح شرحي وضح وضحي فسر فسري""".split())


def not_understood(text: str) -> bool:
    """The trainer says the last answer was not understood, or asks it again otherwise or simpler."""
    return bool(_NOT_UNDERSTOOD.search(normalize_text(text or "")))


def only_not_understood(text: str) -> bool:
    """The message says the last reply was not understood and nothing else ("ما فهمتش مزيان، عاود شرح ليا", "j'ai pas
    bien compris, tu peux expliquer autrement ?"): no question of its own to read."""
    norm = normalize_text(text or "")
    if not _NOT_UNDERSTOOD.search(norm):
        return False
    rest = re.findall(r"\w+", _NOT_UNDERSTOOD.sub(" ", norm).replace("'", " "))
    return all(word in _SAYS_NOTHING_ELSE or word.isdigit() for word in rest)


def understood_language(text: str, lang: str) -> str:
    """The reply language of "not understood": Arabic for Arabic letters, French for French words ("expliquez moi
    autrement svp" after an Arabic answer got the next paragraph in Arabic), else the conversation's `lang`."""
    norm = normalize_text(text or "")
    if _ARABIC_LETTER.search(norm):
        return "ar"
    return "fr" if _FRENCH_ONLY.search(norm) and not re.search(_OTHERS, norm) else lang


# a line that gives an example, as the guide writes them ("Exemple : …", "Par exemple, …", "مثال: …")
_EXAMPLE_WORD = re.compile(r"^\W*(?:Exemples?|Par exemple|Ainsi|أمثله|أمثلة|مثال|مثلا|على سبيل المثال)\b", re.MULTILINE)


def explained_again(tutor: Tutor, text: str, lang: str, last: LastTurn) -> Decision | None:
    """The section's example not shown yet, else a part of it not shown yet (its key list, else a paragraph), with a
    tutor offered; everything shown: said so, and a tutor offered. None when the section cannot be read."""
    section, shown = last.sections[0], last.seen or last.shown
    example = tutor.engine.example_answer(section, last.question, "exemple مثال", lang, tutor.max_words, shown=shown)
    if example.answered and example.citations and _EXAMPLE_WORD.search(example.text) \
            and not said_again(example.text, shown):
        lead, answer = t("not_understood_example", lang), example
    else:
        again, body, _ = tutor.engine.section_text(section, last.question, lang, tutor.max_words)
        if not body or not again.citations:
            return None
        part, key = other_part(body, shown, tutor.max_words)
        if not part:
            return Decision(Kind.ANSWER, t("not_understood_all_said", lang, title=again.citations[0].title), lang,
                            Intent.FOLLOW_UP, confidence=again.confidence, citations=again.citations,
                            buttons=(Button(t("ask_tutor", lang), "tutor"),))
        lead, answer = t(key, lang), replace(again, text=part)
    body = f"{lead}\n{answer.text}\n\n{t('tutor_can_explain', lang)}"
    return Decision(Kind.ANSWER, body, lang, Intent.FOLLOW_UP, confidence=answer.confidence,
                    citations=answer.citations, buttons=(Button(t("ask_tutor", lang), "tutor"),))


def other_part(body: str, shown: str, max_words: int) -> tuple[str, str]:
    """A part of the section `body` the trainer was not shown, and its lead's text key: its first list not shown (the
    key points; not its pitfalls), else its first paragraph not shown; ("", "") when all was shown."""
    blocks = cached_blocks(body)
    seen = shown_blocks(blocks, shown)
    fresh = [b for i, b in enumerate(blocks) if i not in seen and not MISTAKES.search(b.lead or b.text)]
    listed = next((b for b in fresh if b.kind == LIST and b.items), None)
    if listed is not None:
        lines = [f"{item.marker} {item.text}" for item in listed.items]
        return _within([listed.lead, *lines] if listed.lead else lines, max_words, "\n"), "not_understood_key"
    prose = next((b for b in fresh if b.kind == PROSE and b.sentences), None)
    return (_within(list(prose.sentences), max_words, " "), "not_understood_other") if prose else ("", "")


def _within(pieces: list[str], max_words: int, glue: str) -> str:
    """The first pieces that fit in `max_words` (the first always), "…" after them when some are left out."""
    kept = pieces[:1]
    for piece in pieces[1:]:
        if len(glue.join([*kept, piece]).split()) > max_words:
            return glue.join(kept) + glue + "…"
        kept.append(piece)
    return glue.join(kept)
