"""Shared fixtures: one warmed-up Moderator for the whole session (the real model, loaded once)."""
from __future__ import annotations

import pytest

from moderation import Moderator


@pytest.fixture(scope="session")
def moderator() -> Moderator:
    """A Moderator with the bundled model (trained on the fly if the model file is missing)."""
    instance = Moderator()
    instance.warm_up()
    return instance
