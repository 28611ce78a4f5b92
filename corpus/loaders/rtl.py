"""Arabic text as PDFs give it back: detect visual order and restore logical order.

Many PDF producers shape Arabic themselves (presentation forms, U+FB50-U+FDFF and U+FE70-U+FEFF)
and write each line in display order, left to right. Read back, such a line is reversed and its
letters are contextual glyphs. This module:

- tells visual from logical order by where the contextual forms sit in each word (an *initial*
  form at a word's end means the word is reversed) and, for plain letters, by "ال" at word starts
  against "لا" at word ends and "ة"/"ى" at word ends against word starts;
- turns a visual line back into logical order: an Arabic line is reversed as a whole, then its
  Latin words and numbers are turned back (so French words stay readable) and mirrored brackets
  are swapped back; in a French line only the Arabic stretches (with the numbers that follow
  them, which bidi shows on their left) are reversed;
- maps presentation forms to base letters with NFKC, and touches no other character.

Visual order is ambiguous in a few places: "les 3 الوحدات" and "voir الفصل 3" look the same once
displayed, and so do an Arabic line opening on a Latin word and a French line ending on Arabic.
Those follow the Unicode bidi rules for the likelier reading.
"""
from __future__ import annotations

import re
import unicodedata

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]")
_ARABIC_WORD = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+")
_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
           "«": "»", "»": "«", "‹": "›", "›": "‹"}


def is_presentation_form(char: str) -> bool:
    """True for Arabic presentation forms A (U+FB50-U+FDFF) and B (U+FE70-U+FEFF)."""
    return "\uFB50" <= char <= "\uFDFF" or "\uFE70" <= char <= "\uFEFF"


def normalize_presentation_forms(text: str) -> str:
    """Replace Arabic presentation forms by base letters (NFKC); other characters are unchanged."""
    if not any(is_presentation_form(c) for c in text):
        return text
    out = []
    for char in text:
        if char == "\uFEFF":
            continue  # zero-width no-break space / byte order mark
        if is_presentation_form(char):
            base = unicodedata.normalize("NFKC", char)
            out.append(base.lstrip(" ") if len(base) > 1 else base)  # isolated harakat: " ً" -> "ً"
        else:
            out.append(char)
    return "".join(out)


def _form(char: str) -> str:
    decomposition = unicodedata.decomposition(char)
    return decomposition[1:decomposition.index(">")] if decomposition.startswith("<") else ""


def order_evidence(text: str) -> tuple[int, int]:
    """(words that look logical, words that look visual) among the Arabic words of `text`."""
    logical = visual = 0
    for word in _ARABIC_WORD.findall(text):
        letters = [c for c in word if not unicodedata.combining(c)]
        if len(letters) < 2:
            continue
        first, last = _form(letters[0]), _form(letters[-1])
        logical += (first == "initial") + (last == "final")
        visual += (first == "final") + (last == "initial")
        base = normalize_presentation_forms("".join(letters))
        if len(base) >= 3:
            logical += base.startswith("ال") + (base[-1] in "ةى")
            visual += base.endswith("لا") + (base[0] in "ةى")
    return logical, visual


def looks_visual(text: str) -> bool:
    """True when the Arabic words of `text` read more like visual (reversed) than logical order."""
    logical, visual = order_evidence(text)
    return visual > logical


def _classes(chars: list[str]) -> list[str]:
    """Simplified bidi classes: R (Arabic/Hebrew), L (Latin...), N (digit), C (separator), O (other)."""
    out: list[str] = []
    for char in chars:
        bidi = unicodedata.bidirectional(char)
        if bidi == "NSM":
            out.append(out[-1] if out else "O")
        elif bidi in ("R", "AL"):
            out.append("R")
        elif bidi in ("L", "EN", "AN", "CS"):
            out.append({"L": "L", "EN": "N", "AN": "N", "CS": "C"}[bidi])
        else:
            out.append("O")
    return out


def _ltr_spans(classes: list[str]) -> list[tuple[int, int]]:
    """Stretches that a right-to-left line displays left to right: Latin words and numbers."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(classes)
    while i < n:
        if classes[i] not in ("L", "N"):
            i += 1
            continue
        start = end = i
        k = i + 1
        while k < n and classes[k] != "R":
            if classes[k] in ("L", "N"):
                gap = classes[end + 1:k]
                number_join = gap == ["C"] and classes[end] == "N" and classes[k] == "N"
                if k == end + 1 or number_join or "L" in (classes[end], classes[k]):
                    end = k
                else:
                    break
            k += 1
        spans.append((start, end + 1))
        i = end + 1
    return spans


def _rtl_to_logical(chars: list[str]) -> list[str]:
    """Logical order of a stretch displayed right to left."""
    rev = chars[::-1]
    out = list(rev)
    covered: set[int] = set()
    for start, end in _ltr_spans(_classes(rev)):
        out[start:end] = rev[start:end][::-1]
        covered.update(range(start, end))
    return [_MIRROR.get(c, c) if i not in covered else c for i, c in enumerate(out)]


def _is_rtl_line(classes: list[str], line: str, base: str | None) -> bool:
    """Paragraph direction of a displayed line: its logical first strong letter sits at the right
    end of a right-to-left line and at the left end of a left-to-right one; else `base`, else
    the script with more words."""
    strong = [c for c in classes if c in ("L", "R")]
    if strong[0] == strong[-1]:
        return strong[0] == "R"
    if base in ("rtl", "ltr"):
        return base == "rtl"
    return len(_ARABIC_WORD.findall(line)) >= len(_LATIN_WORD.findall(line))


def visual_to_logical(line: str, base: str | None = None) -> str:
    """One line from display order (left to right) back to logical order.

    `base` ("rtl" or "ltr") settles the paragraph direction when the line itself cannot.
    """
    if not _ARABIC.search(line):
        return line
    chars = list(line)
    classes = _classes(chars)
    if _is_rtl_line(classes, line, base):
        return "".join(_rtl_to_logical(chars))
    out, i = list(chars), 0
    while i < len(chars):
        if classes[i] != "R":
            i += 1
            continue
        last, k = i, i + 1
        while k < len(chars) and classes[k] != "L":
            last = k if classes[k] == "R" else last
            k += 1
        start, j = i, i - 1
        while j >= 0 and chars[j] == " ":  # a number after Arabic is shown on its left
            j -= 1
        if j >= 0 and classes[j] == "N":
            while j >= 0 and (classes[j] == "N" or (classes[j] == "C" and j > 0 and classes[j - 1] == "N")):
                j -= 1
            start = j + 1
        out[start:last + 1] = _rtl_to_logical(chars[start:last + 1])
        i = last + 1
    return "".join(out)


def fix_arabic(text: str, visual: bool | None = None, base: str | None = None) -> str:
    """Logical order and base letters for text read from a PDF; `visual=None` detects the order.

    `base` ("rtl" for an Arabic document, "ltr" for a French one) helps with ambiguous lines.
    """
    if not _ARABIC.search(text):
        return text
    if visual is None:
        visual = looks_visual(text)
    if visual:
        text = "\n".join(visual_to_logical(line, base) for line in text.split("\n"))
    return normalize_presentation_forms(text)
