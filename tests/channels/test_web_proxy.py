"""Behind a reverse proxy (Caddy in deploy/compose.yaml, another container), `/api/ask`'s address limit is per
visitor: `rafiq serve` believes X-Forwarded-For from the addresses in `RAFIQ_TRUSTED_PROXIES` only (issue #12,
defect 9). Over real HTTP: the child `rafiq serve` listens on 127.0.0.1, the "proxy" connects from 127.0.0.2
and a stranger from 127.0.0.3 (every 127.x address is loopback on Linux)."""
from __future__ import annotations

import httpx
import pytest

from bot.settings import Settings
from tests.reliability.conftest import serve_env  # noqa: F401  (fixture)
from tests.reliability.serve import RafiqServer

PROXY, STRANGER = "127.0.0.2", "127.0.0.3"


@pytest.fixture
def server(tmp_path, serve_env):  # noqa: F811
    """`rafiq serve` with two asks a minute per client address, trusting the proxy at 127.0.0.2 only."""
    running = RafiqServer({**serve_env, "RAFIQ_ADDRESS_RATE_PER_MINUTE": "2", "RAFIQ_TRUSTED_PROXIES": PROXY},
                          tmp_path)
    running.start()
    try:
        running.wait_ready()
        yield running
    finally:
        running.stop()


def asker(source: str) -> httpx.Client:
    """An HTTP client whose connections come from `source`."""
    return httpx.Client(transport=httpx.HTTPTransport(local_address=source), timeout=30)


def ask(client: httpx.Client, server: RafiqServer, forwarded_for: str) -> int:
    response = client.post(server.url + "/api/ask", json={"text": "Merci !"},
                           headers={"X-Forwarded-For": forwarded_for})
    return response.status_code


def test_visitors_behind_the_trusted_proxy_each_have_their_own_budget(server):
    with asker(PROXY) as proxy:
        assert [ask(proxy, server, "203.0.113.7") for _ in range(3)] == [200, 200, 429]
        assert ask(proxy, server, "198.51.100.4") == 200, "another visitor through the same proxy is not held back"
        assert ask(proxy, server, "198.51.100.4") == 200
        assert ask(proxy, server, "198.51.100.4") == 429


def test_x_forwarded_for_from_an_untrusted_address_is_ignored(server):
    with asker(STRANGER) as stranger:
        codes = [ask(stranger, server, f"192.0.2.{n}") for n in range(3)]
    assert codes == [200, 200, 429], "a made-up X-Forwarded-For does not buy a fresh budget"
    with asker(PROXY) as proxy:
        assert ask(proxy, server, "192.0.2.0") == 200, "the stranger's claims did not spend a real visitor's budget"


def test_the_trusted_proxies_are_checked_when_read():
    assert Settings(trusted_proxies="172.30.57.10, 10.0.0.0/8").trusted_proxies
    assert Settings(trusted_proxies="").trusted_proxies == ""
    with pytest.raises(ValueError, match="RAFIQ_TRUSTED_PROXIES"):
        Settings(trusted_proxies="caddy")
