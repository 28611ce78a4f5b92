"""The reports' words: the `report_*` texts of the catalogue (bot/texts/reports.py), in Arabic or French."""
from __future__ import annotations

from bot.texts import t


def label(key: str, lang: str, **values: object) -> str:
    """The report text `key` in Arabic (ar, ary...) or French (anything else), with `values` filled in."""
    return t(f"report_{key}", lang, **values)
