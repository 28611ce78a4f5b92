"""What the operator can fix gets one bilingual message naming the variable, exit code 2, no traceback, and
never a "running" line: a taken port, an unreadable or missing corpus, an unreachable or malformed
database URL, a bad RAFIQ_* value. Each runs `rafiq` as a child process, as an operator would."""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.serve import clean_environ, free_port

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # child processes
ARABIC = range(0x0600, 0x06FF)
# as root, file permissions bind only without these capabilities (dropped from the child's bounding set)
NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def rafiq(tmp_path: Path, *args: str, prefix: list[str] | None = None, **env: str) -> subprocess.CompletedProcess:
    environ = {**clean_environ(), "RAFIQ_DATA_DIR": str(tmp_path / "data"), "RAFIQ_EMBEDDER": "fake", **env}
    return subprocess.run([*(prefix or []), sys.executable, "-m", "bot.cli", *args], cwd=ROOT, env=environ,
                          capture_output=True, text=True, timeout=180)


LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (INFO|WARNING) [\w.]+: ")


def assert_explained(out: subprocess.CompletedProcess, variable: str, *french: str, steps: bool = True) -> str:
    """Exit 2, one message (a French line, an Arabic line) naming `variable`, last; before it only the log
    lines of the steps that went well (none when `steps` is False); no traceback, no banner, no stdout."""
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr)
    assert "Traceback" not in out.stderr and "running" not in (out.stdout + out.stderr).lower()
    assert out.stdout == ""
    *before, fr, ar = out.stderr.strip().splitlines()
    assert variable in fr and variable in ar, out.stderr
    assert any(ord(ch) in ARABIC for ch in ar) and not any(ord(ch) in ARABIC for ch in fr), out.stderr
    for words in french:
        assert words in fr, out.stderr
    assert all(LOG_LINE.match(line) for line in before) if steps else not before, out.stderr
    return out.stderr


def test_a_taken_port(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = rafiq(tmp_path, "serve", RAFIQ_HTTP_PORT=str(port))
    assert_explained(out, "RAFIQ_HTTP_PORT", f"Le port {port} sur 127.0.0.1 est déjà pris", steps=False)


def test_a_taken_port_given_on_the_command_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        out = rafiq(tmp_path, "serve", "--port", str(taken.getsockname()[1]))
    assert_explained(out, "RAFIQ_HTTP_PORT", "déjà pris", steps=False)


def test_a_missing_corpus_folder(tmp_path):
    for command in (["serve"], ["ask", "bonjour"]):
        out = rafiq(tmp_path, *command, RAFIQ_CORPUS_DIR=str(tmp_path / "nowhere"), RAFIQ_HTTP_PORT=str(free_port()))
        assert_explained(out, "RAFIQ_CORPUS_DIR", "n'existe pas")


@pytest.mark.skipif(not shutil.which("setpriv"), reason="util-linux setpriv is needed to drop root's file rights")
def test_an_unreadable_corpus_folder(tmp_path, mini_corpus_dir):
    corpus = shutil.copytree(mini_corpus_dir, tmp_path / "corpus")
    data = tmp_path / "data"
    data.mkdir()
    corpus.chmod(0)
    try:
        for command in (["serve"], ["ask", "bonjour"], ["index"]):
            out = rafiq(tmp_path, *command, prefix=NO_DAC, RAFIQ_CORPUS_DIR=str(corpus),
                        RAFIQ_HTTP_PORT=str(free_port()))
            assert_explained(out, "RAFIQ_CORPUS_DIR", "est illisible (Permission denied)")
    finally:
        corpus.chmod(0o755)


@pytest.mark.skipif(not shutil.which("setpriv"), reason="util-linux setpriv is needed to drop root's file rights")
def test_an_unreadable_file_in_the_corpus(tmp_path, mini_corpus_dir):
    corpus = shutil.copytree(mini_corpus_dir, tmp_path / "corpus")
    next(corpus.rglob("ass-peer.fr.md")).chmod(0)
    out = rafiq(tmp_path, "ask", "bonjour", prefix=NO_DAC, RAFIQ_CORPUS_DIR=str(corpus))
    assert_explained(out, "RAFIQ_CORPUS_DIR", "est illisible")


def test_an_unreachable_database(tmp_path):
    url = f"postgresql+psycopg://rafiq:s3cret-pw@127.0.0.1:{free_port()}/rafiq"
    for command in (["serve"], ["ask", "bonjour"]):
        out = rafiq(tmp_path, *command, RAFIQ_DATABASE_URL=url, RAFIQ_HTTP_PORT=str(free_port()))
        text = assert_explained(out, "RAFIQ_DATABASE_URL", "Base de données injoignable")
        assert "s3cret-pw" not in text and "rafiq:***@127.0.0.1" in text


def test_a_malformed_database_url(tmp_path):
    out = rafiq(tmp_path, "ask", "bonjour", RAFIQ_DATABASE_URL="nosuchdriver://x/y")
    assert_explained(out, "RAFIQ_DATABASE_URL", "n'est pas valide")


@pytest.mark.parametrize("variable, value, french", [
    ("RAFIQ_HTTP_PORT", "eighty", "un nombre entier est attendu"),
    ("RAFIQ_LOG_LEVEL", "loud", "valeurs possibles"),
    ("RAFIQ_ANSWER_THRESHOLD", "2", "au plus 1"),
    ("RAFIQ_ANSWER_THRESHOLD", "beaucoup", "un nombre est attendu"),
    ("RAFIQ_FORUM_AUTO_REPLY", "maybe", "true ou false"),
    ("RAFIQ_WORKING_HOURS", "8h-18h", "HH:MM-HH:MM"),
])
def test_a_bad_setting_value(tmp_path, variable, value, french):
    for command in (["serve"], ["ask", "bonjour"]):
        out = rafiq(tmp_path, *command, **{variable: value})
        assert_explained(out, variable, f"{variable}={value}", french)


def test_a_placeholder_secret_in_production_is_named_but_not_shown(tmp_path):
    out = rafiq(tmp_path, "ask", "bonjour", RAFIQ_PRODUCTION="true", RAFIQ_SECRET_KEY="changeme")
    text = assert_explained(out, "RAFIQ_SECRET_KEY", "Valeur invalide")
    assert "changeme" not in text


def test_a_bad_working_hours_value_is_reported_before_the_port_is_taken(tmp_path):
    """Every setting is read before `rafiq serve` binds its port: with the port busy, the bad setting is still
    what the message names (RAFIQ_WORKING_HOURS was read only when the SLA clock was built, after binding)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = str(busy.getsockname()[1])
        out = rafiq(tmp_path, "serve", RAFIQ_HTTP_PORT=port, RAFIQ_WORKING_HOURS="8h-18h")
    assert_explained(out, "RAFIQ_WORKING_HOURS", "RAFIQ_WORKING_HOURS=8h-18h", "HH:MM-HH:MM", steps=False)


def test_a_misspelt_variable_is_named_with_the_one_meant_instead_of_being_ignored_in_silence(tmp_path):
    """RAFIQ_PORT=8123 (the variable is RAFIQ_HTTP_PORT) was ignored without a word: the server came up on 8000."""
    out = rafiq(tmp_path, "ask", "bonjour", RAFIQ_PORT="8123", RAFIQ_EMBEDER="fake")
    assert out.returncode == 0, out.stderr
    lines = out.stderr.splitlines()
    assert any("RAFIQ_PORT" in line and "RAFIQ_HTTP_PORT" in line and "inconnue" in line for line in lines), lines
    assert any("RAFIQ_PORT" in line and "RAFIQ_HTTP_PORT" in line and "غير معروف" in line for line in lines), lines
    assert any("RAFIQ_EMBEDER" in line and "RAFIQ_EMBEDDER" in line for line in lines), lines
    assert "Bonjour" in out.stdout


def test_known_variables_raise_no_warning(tmp_path):
    from bot.startup import unknown_variables

    assert unknown_variables({"RAFIQ_HTTP_PORT": "8000", "RAFIQ_DOMAIN": "x", "PATH": "/bin"}) == []
    assert unknown_variables({"RAFIQ_FOO_BAR_BAZ": "1"}) == [("RAFIQ_FOO_BAR_BAZ", "")]
    out = rafiq(tmp_path, "ask", "bonjour")
    assert "RAFIQ_" not in out.stderr, out.stderr
