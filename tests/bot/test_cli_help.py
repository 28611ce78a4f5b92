"""`rafiq --help` and each command's help: every option described, examples given, no raw docstring."""
from __future__ import annotations

import argparse
import re

import pytest

from bot.cli import build_parser


def commands(parser: argparse.ArgumentParser, prefix: str = "rafiq"):
    """(name, parser) of the top parser and every sub-command, recursively."""
    yield prefix, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, f"{prefix} {name}")


ALL = list(commands(build_parser()))


@pytest.mark.parametrize("name, parser", ALL, ids=[name for name, _ in ALL])
def test_every_option_is_described(name, parser):
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if isinstance(action, argparse._SubParsersAction):  # each command of the list is described
            for choice in action._choices_actions:
                assert choice.help, f"{name} {choice.dest}: no one-line help"
            continue
        assert action.help and action.help != argparse.SUPPRESS, f"{name}: {action.dest} has no description"
    assert parser.description and "``" not in parser.description, f"{name}: no description or a raw docstring"


LEAVES = [(n, p) for n, p in ALL if not any(isinstance(a, argparse._SubParsersAction) for a in p._actions)]


@pytest.mark.parametrize("name, parser", LEAVES, ids=[n for n, _ in LEAVES])
def test_every_command_shows_an_example(name, parser):
    assert parser.epilog and re.search(rf"{name}\b", parser.format_help().split("example", 1)[1]), name


def test_the_main_help_lists_commands_examples_and_settings():
    text = build_parser().format_help()
    for command in ("serve", "index", "corpus", "ask", "chat", "eval", "calibrate", "doctor", "moderate"):
        assert f"\n    {command}" in text, command
    assert "examples:" in text and 'rafiq ask "' in text and "RAFIQ_SERVER_URL=" in text
    assert "RAFIQ_LOG_LEVEL=debug" in text and "Exit codes: 0" in text
