"""The retrieval package's exceptions (their root, `RafiqError`, is in `corpus.errors`; `bot.errors` draws
the whole tree).

    RafiqError
     └── RetrievalError
          ├── EmbedderError            the embedding model is unknown, missing or cannot load
          ├── IndexLoadError           no index in the folder (run `rafiq index`)
          │    └── IndexMismatchError  built with another embedder or format
          └── QuestionFileError        a line of an evaluation file is malformed (also a ValueError)
"""
from __future__ import annotations

from corpus.errors import RafiqError


class RetrievalError(RafiqError):
    """Searching the guide cannot work as configured; the message names the file, folder or setting."""


class EmbedderError(RetrievalError, RuntimeError):
    """The embedder cannot be made or loaded (names the embedder spec or model)."""


class IndexLoadError(RetrievalError, RuntimeError):
    """The index cannot be loaded from its folder (names the folder)."""


class IndexMismatchError(IndexLoadError):
    """The index on disk was built with another embedder or format (names both)."""


class QuestionFileError(RetrievalError, ValueError):
    """A line of a question file cannot be read (names the file and line)."""
