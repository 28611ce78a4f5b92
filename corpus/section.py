"""The neutral record of the corpus: one section of the guide in one language."""
from __future__ import annotations

from dataclasses import dataclass, field

LANGS = ("ar", "fr")


@dataclass(frozen=True)
class Section:
    """One section of the guide in one language.

    Language versions of the same section share `id`; `kind` tells a guide section from a charter
    rule or a FAQ entry. `questions` are ways trainers ask for this section (front matter
    `questions:`); the index searches them beside the text but never quotes them. Example::

        Section(id="ass-formative", lang="fr", title="L'évaluation formative",
                text="...", path=("Évaluation",), kind="guide")
    """

    id: str
    lang: str
    title: str
    text: str
    path: tuple[str, ...] = ()
    kind: str = "guide"
    keywords: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    source: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> tuple[str, str]:
        """The (id, lang) pair that identifies this version."""
        return (self.id, self.lang)

    @property
    def word_count(self) -> int:
        """Number of whitespace-separated words in the text."""
        return len(self.text.split())
