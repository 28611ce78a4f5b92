"""Read a section's text as blocks: prose paragraphs, lists with their lead line, and tables.

Answers quote whole blocks (or their first items), so a list keeps its order and its lead, and a
table keeps its rows. Two table forms are read: Markdown pipe tables, and the guide's comparison
lists whose lead names the columns in parentheses and whose rows hold one cell per column::

    Repères de comparaison (formative / sommative) :
    - Moment : pendant l'apprentissage / à la fin d'une période.

Example: ``parse_blocks(section.text)`` -> ``[Block(kind="prose", ...), Block(kind="list", ...)]``
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.chunking import split_sentences

PROSE, LIST, TABLE = "prose", "list", "table"

_ITEM = re.compile(r"^\s*(?:(\d{1,3})[.)]|[-*•])\s+(\S.*)$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*?)\s*#*\s*$")
_COLUMNS = re.compile(r"\s*\(([^()]+/[^()]+)\)\s*")
_LABELLED = re.compile(r"^([^:]{1,60}?)\s*:\s*(\S.*)$")
_ANNOUNCES = re.compile(r":\s*$|\b(?:qui suivent|suivantes?|suivants|ci-dessous|ci-après)\b|"
                        r"(?<!\w)و?(?:التالي[ةه]?|الآتي[ةه]?|ما يلي|فيما يلي|كما يلي)(?!\w)")  # "وما يلي أمثلة منها."


@dataclass(frozen=True)
class Item:
    """One list item: its marker ("3." or "-") and its text."""

    marker: str
    text: str

    @property
    def numbered(self) -> bool:
        """True for "1." style items."""
        return self.marker[:1].isdigit()


@dataclass(frozen=True)
class Block:
    """A prose paragraph (`lead` is its text), a list (lead line + items) or a table (lead + rows)."""

    kind: str
    lead: str = ""
    items: tuple[Item, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    heading: str = ""

    @property
    def text(self) -> str:
        """All the block's words as plain text (for scoring)."""
        parts = [self.heading, self.lead, *(i.text for i in self.items), *self.header,
                 *(" ".join(r) for r in self.rows)]
        return "\n".join(p for p in parts if p)

    @property
    def sentences(self) -> list[str]:
        """The sentences of the lead (the whole text of a prose block)."""
        return split_sentences(self.lead) if self.lead else []

    @property
    def announces_next(self) -> bool:
        """A paragraph whose last sentence announces what follows ("celles qui suivent sont des exemples courants.",
        "… ما يلي:"): the list after it is what it is about."""
        return self.kind == PROSE and bool(self.sentences) and bool(_ANNOUNCES.search(self.sentences[-1]))


def _join(lines: list[str]) -> str:
    """Lines of one paragraph joined as running text."""
    return " ".join(line.strip() for line in lines if line.strip())


def _cells(line: str) -> tuple[str, ...]:
    """The cells of a pipe-table row."""
    return tuple(c.strip() for c in line.strip().strip("|").split("|"))


def _pipe_table(lead: list[str], lines: list[str], heading: str) -> Block:
    """A Markdown pipe table: a header row when the second line is a rule, then the rows."""
    rows = [_cells(line) for line in lines if not _PIPE_RULE.match(line)]
    has_header = len(lines) > 1 and bool(_PIPE_RULE.match(lines[1]))
    header = rows.pop(0) if has_header and rows else ()
    return Block(TABLE, _join(lead), header=header, rows=tuple(rows), heading=heading)


def _comparison_table(block: Block) -> Block:
    """A list whose lead names columns "(a / b)" and whose items are "label : x / y": a table."""
    columns = _COLUMNS.search(block.lead)
    if not columns or not block.items:
        return block
    names = tuple(n.strip() for n in columns.group(1).split("/"))
    rows = []
    for item in block.items:
        labelled = _LABELLED.match(item.text)
        cells = tuple(c.strip() for c in labelled.group(2).rstrip(".").split(" / ")) if labelled else ()
        if len(cells) != len(names):
            return block
        rows.append((labelled.group(1).strip(), *cells))
    lead = _COLUMNS.sub(lambda m: " " if m.group(0)[-1].isspace() else "", block.lead).strip()
    return Block(TABLE, lead, header=("", *names), rows=tuple(rows), heading=block.heading)


def _paragraph_blocks(para: str, heading: str) -> tuple[list[Block], str]:
    """The blocks of one blank-line-separated paragraph, and a heading left for the next one."""
    blocks: list[Block] = []
    text: list[str] = []
    items: list[Item] = []
    pipes: list[str] = []

    def flush() -> None:
        nonlocal text, items, pipes, heading
        if pipes:
            blocks.append(_pipe_table(text, pipes, heading))
        elif items:
            blocks.append(_comparison_table(Block(LIST, _join(text), items=tuple(items), heading=heading)))
        elif _join(text):
            blocks.append(Block(PROSE, _join(text), heading=heading))
        else:
            return
        text, items, pipes, heading = [], [], [], ""

    for line in para.split("\n"):
        title, item = _HEADING.match(line), _ITEM.match(line)
        if title:
            flush()
            heading = title.group(1)
        elif _PIPE_ROW.match(line):
            if items:
                flush()
            pipes.append(line)
        elif item:
            if pipes:
                flush()
            marker = f"{item.group(1)}." if item.group(1) else "-"
            items.append(Item(marker, item.group(2).strip()))
        elif items and line[:1].isspace():
            items[-1] = Item(items[-1].marker, f"{items[-1].text} {line.strip()}")
        else:
            if items or pipes:
                flush()
            text.append(line)
    flush()
    return blocks, heading


def _number(item: Item) -> int:
    return int(item.marker[:-1]) if item.numbered else -1


def _continues(prev: Block, block: Block) -> bool:
    """True when `block` is a lead-less list that carries on `prev` (same kind of items, next number)."""
    if prev.kind != LIST or block.kind != LIST or block.lead or block.heading:
        return False
    last, first = prev.items[-1], block.items[0]
    return last.numbered == first.numbered and (not first.numbered or _number(first) == _number(last) + 1)


def _merge_loose_lists(blocks: list[Block]) -> list[Block]:
    """Items separated by blank lines ("loose" Markdown lists) become one list again; a paragraph
    between item n and item n+1 belongs to item n."""
    merged: list[Block] = []
    for block in blocks:
        prev = merged[-1] if merged else None
        before = merged[-2] if len(merged) > 1 else None
        if prev and _continues(prev, block):
            merged[-1] = Block(LIST, prev.lead, items=prev.items + block.items, heading=prev.heading)
        elif (before and prev.kind == PROSE and not prev.heading and block.items and block.items[0].numbered
              and _continues(before, block)):
            last = before.items[-1]
            items = (*before.items[:-1], Item(last.marker, f"{last.text} {prev.lead}"), *block.items)
            merged[-2:] = [Block(LIST, before.lead, items=items, heading=before.heading)]
        else:
            merged.append(block)
    return merged


_BOLD = re.compile(r"\*\*(\S(?:[^*]*?\S)?)\*\*")  # "**Avant la séance.**": answers are plain text on every channel


def parse_blocks(text: str) -> list[Block]:
    """The blocks of a section's text, in order (Markdown bold markers dropped, their words kept)."""
    blocks: list[Block] = []
    heading = ""
    for para in re.split(r"\n[ \t]*\n", _BOLD.sub(r"\1", text.replace("\r\n", "\n"))):
        if para.strip():
            found, heading = _paragraph_blocks(para.rstrip(), heading)
            blocks.extend(found)
    return _merge_loose_lists(blocks)


HEAD_MAX_WORDS = 8  # an item's heading is at most this long ("Participant désengagé : …")
_COLON_HEAD = re.compile(r"^(.{2,80}?)\s*:\s+\S")


def colon_label(text: str) -> str | None:
    """The words before an item's colon ("Participant désengagé"), when it has a short one."""
    found = _COLON_HEAD.match(text)
    return found.group(1) if found and len(found.group(1).split()) <= HEAD_MAX_WORDS else None
