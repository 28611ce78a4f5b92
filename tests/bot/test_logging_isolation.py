"""A test that runs `rafiq` in this process leaves logging as it was for the tests after it (the CI run
lost bot.app's INFO lines in a later caplog test after `rafiq report` ran in-process)."""
from __future__ import annotations

import logging

from bot.cli import main


def test_1_rafiq_runs_in_this_process_and_configures_logging(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RAFIQ_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RAFIQ_LOG_LEVEL", "error")
    assert main(["report", "week", "--week", "48"]) == 2  # a bad week: exits early, after configuring logs
    assert logging.getLogger("bot").getEffectiveLevel() > logging.INFO


def test_2_a_later_test_still_captures_rafiq_info_lines(caplog):
    caplog.set_level(logging.INFO)
    logging.getLogger("bot.app").info("Telegram: off")
    assert "Telegram: off" in caplog.text
