"""📖 and 🎥 show as icons on the chat page and in the console even on a machine without any emoji font:
Chromium draws them from an emoji font when one is installed, else from Rafiq's own two-glyph font
(`bot/channels/web/static/fonts/rafiq-icons.ttf`), never as empty boxes."""
from __future__ import annotations

import subprocess

import httpx
import pytest

from bot.channels.web import create_app
from tests.channels.console_helpers import ServerThread
from tests.channels.test_web import ARGS, CHROMIUM

EMOJI_FONTS = {"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"}
pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")]


def machine_has_an_emoji_font() -> bool:
    try:
        listed = subprocess.run(["fc-list", ":charset=1f4d6", "family"], capture_output=True, text=True).stdout
    except OSError:
        return False
    return bool(listed.strip())


@pytest.fixture
def server(make_services):
    with ServerThread(create_app(make_services())) as running:
        yield running


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def fonts_drawing(page, selector: str) -> dict[str, int]:
    """{font family: glyphs drawn} for the text of the element (Chromium's own account, over CDP)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {f["familyName"]: f["glyphCount"] for f in fonts}


def show_icons(page) -> None:
    """Add a line of the two icons to the page, styled as the page styles its text, and wait for its fonts."""
    page.evaluate("""() => { const p = document.createElement('p'); p.id = 'icons'; p.textContent = '📖🎥';
                             document.body.appendChild(p); }""")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_timeout(200)


def assert_icons_drawn(fonts: dict[str, int]) -> None:
    assert sum(fonts.values()) == 2, fonts
    assert set(fonts) <= EMOJI_FONTS | {"Rafiq Icons"}, f"drawn with a font that lacks the icons: {fonts}"
    if not machine_has_an_emoji_font():
        assert fonts == {"Rafiq Icons": 2}


def test_the_chat_page_draws_the_icons_of_an_answer(server, browser):
    page = browser.new_page()
    page.goto(server.url + "/")
    page.fill("#text", "Comment préparer une séance de formation ?")
    page.click("#send")
    page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 2", timeout=30_000)
    assert "📖" in page.locator(".msg.bot").last.inner_text()
    show_icons(page)
    assert_icons_drawn(fonts_drawing(page, "#icons"))


def test_the_console_draws_the_icons(server, browser):
    page = browser.new_page()
    page.goto(server.url + "/console/login")
    show_icons(page)
    assert_icons_drawn(fonts_drawing(page, "#icons"))
    assert "font-src 'self'" in httpx.get(server.url + "/console/login").headers["content-security-policy"]


def test_the_icon_font_is_served(server):
    font = httpx.get(server.url + "/static/fonts/rafiq-icons.ttf")
    assert font.status_code == 200 and font.content[:4] == b"\0\1\0\0"
