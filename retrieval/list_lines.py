"""How a list or a table of a section is shown within a word budget: items in full, shrunk to their headings or left
out ("…"), table rows as lines (see `retrieval.excerpt`)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.blocks import HEAD_MAX_WORDS, Block, Item, colon_label

ELLIPSIS = "…"
_SENTENCE_HEAD = re.compile(r"^([^.!?؟]{2,60}[.!?؟])\s+\S")


def words(text: str | Sequence[str]) -> int:
    """How many words a text (or lines of text) holds."""
    return len(" ".join(text).split()) if not isinstance(text, str) else len(text.split())


def colon(lang: str) -> str:
    """The colon after a label, as each language spaces it."""
    return ": " if lang == "ar" else " : "


def clip(sentence: str, budget: int) -> str:
    """A sentence cut to `budget` words with "…" when it is longer."""
    tokens = sentence.split()
    return sentence if len(tokens) <= budget else " ".join(tokens[:max(budget, 1)]) + " " + ELLIPSIS


def head(item: Item, lang: str) -> str | None:
    """The item shrunk to its heading ("Situer la séance : …", "Minuter. …"), or None."""
    if label := colon_label(item.text):
        return f"{item.marker} {label}{colon(lang)}{ELLIPSIS}"
    found = _SENTENCE_HEAD.match(item.text)
    short = found and len(found.group(1).split()) <= HEAD_MAX_WORDS
    return f"{item.marker} {found.group(1)} {ELLIPSIS}" if short else None


def item_lines(items: Sequence[Item], budget: int, priority: Sequence[int], lang: str) -> list[str]:
    """The items in order: all in full, else headings with the best items in full, else the first ones."""
    full = [f"{i.marker} {i.text}" for i in items]
    if words(full) <= budget:
        return full
    heads = [head(i, lang) for i in items]
    if all(heads) and words(heads) <= budget:
        lines = list(heads)
        rest = [i for i in range(len(items)) if i not in priority]
        for i in [*priority, *rest]:
            if words(lines) - words(lines[i]) + words(full[i]) <= budget:
                lines[i] = full[i]
        return lines
    lines = list(full[:1]) if full else []
    for line in full[1:]:
        if words(lines) + words(line) > budget:
            break
        lines.append(line)
    if items and not items[0].numbered and any(i >= len(lines) for i in priority):
        return _chosen_items(full, budget, priority)  # a bullet the question names lies beyond the first ones
    lines[0] = clip(lines[0], budget)
    return lines + [ELLIPSIS] if len(lines) < len(full) else lines


def _chosen_items(full: Sequence[str], budget: int, priority: Sequence[int]) -> list[str]:
    """A bulleted list too long for the budget: its first item and the items the question names (best first) while
    they fit, in order, "…" where items are left out ("la diff entre MOOC et SPOC": not the xMOOC's bullet)."""
    chosen = {0}
    for i in priority:
        if words([full[j] for j in sorted(chosen | {i})]) <= budget:
            chosen.add(i)
    lines: list[str] = []
    for i, line in enumerate(full):
        if i in chosen:
            lines.append(line)
        elif not lines or lines[-1] != ELLIPSIS:
            lines.append(ELLIPSIS)
    lines[0] = clip(lines[0], budget)
    return lines


def row_lines(block: Block, lang: str) -> list[str]:
    """Table rows as "- label — column : cell ; column : cell" lines."""
    glue, sep = colon(lang), "؛ " if lang == "ar" else " ; "
    lines = []
    for row in block.rows:
        if len(row) == 2 or len(block.header) < 3:
            lines.append("- " + glue.join(c for c in row if c))
        else:
            cells = sep.join(f"{name}{glue}{cell}" for name, cell in zip(block.header[1:], row[1:]))
            lines.append(f"- {row[0]} — {cells}")
    return lines


def is_cut(text: str) -> bool:
    """Whether a rendered list leaves items out or shrinks some to their heading ("3. Analyser : …")."""
    return any(line.rstrip().endswith(ELLIPSIS) for line in text.split("\n"))


def shown_lines(text: str) -> int:
    """How many items or rows a rendered list or table shows."""
    return sum(1 for line in text.split("\n") if re.match(r"^(?:\d+\.|-) ", line))


def shrunk(text: str, label: str) -> bool:
    """The item labelled `label` is shown shrunk to its heading ("- Participant désengagé : …")."""
    return any(line.strip(" -0123456789.").startswith(label) and line.rstrip().endswith("…") for line in text.split("\n"))
