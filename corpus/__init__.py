"""The trainer guide: sections in Arabic and French, and the loaders that read them.

Exports the `Section` record and `load_corpus`, which reads a folder of guide files.
"""
from corpus.section import Section
from corpus.markdown import load_corpus, parse_markdown_section, CorpusFormatError

__all__ = ["Section", "load_corpus", "parse_markdown_section", "CorpusFormatError"]
