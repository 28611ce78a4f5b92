"""Test-only fault hook: `checkpoint(name)` kills the process (SIGKILL) when `RAFIQ_FAULT_KILL_AT` names it.

The reliability tests (tests/reliability/) start `rafiq serve` with ``RAFIQ_FAULT_KILL_AT=<name>`` to
crash it at one exact step between receiving a Telegram update and recording that its reply was sent,
then restart it and check that nothing was lost or sent twice. Points (see docs/reliability.md):

    telegram.update.received   an update came from Telegram, not yet written to the inbox
    telegram.update.saved      written to the inbox, not yet handled (Telegram not yet told)
    telegram.update.handled    handled: the reply is in the outbox, the inbox row is still there
    outbox.sending             the reply is claimed for delivery, not yet sent
    outbox.sent                the Bot API accepted it, the delivery is not yet recorded
    outbox.delivered           sent and recorded

Without the variable (always, outside these tests) `checkpoint` does nothing. The variable is read
once, at the first call, and deliberately not through `bot.settings`: it is no configuration, and a
deployment must not be able to set it by accident in a settings file.
"""
from __future__ import annotations

import os
import signal
from functools import lru_cache


@lru_cache(maxsize=1)
def _kill_at() -> str:
    """The checkpoint to die at, read from the environment once per process ('' = none)."""
    return os.environ.get("RAFIQ_FAULT_KILL_AT", "")


def checkpoint(name: str) -> None:
    """Test-only: die at once (SIGKILL, no clean-up) when `RAFIQ_FAULT_KILL_AT` equals `name`; else nothing."""
    target = _kill_at()
    if target and target == name:
        os.kill(os.getpid(), signal.SIGKILL)
