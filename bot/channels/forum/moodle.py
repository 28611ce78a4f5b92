"""Moodle: poll forum discussions through web services, and reply through them.

Moodle has no outgoing webhook in core, so `MoodlePoller` reads each configured forum with
``mod_forum_get_forum_discussions`` (most recently modified first) and ``mod_forum_get_discussion_posts``.
A cursor per forum (the newest discussion ``timemodified`` fully read) is stored only after every new
post is in the forum inbox; discussions modified at or after the cursor are read again and the inbox's
unique event ids drop what was already taken: a restart neither misses nor repeats a post.
Errors come back as HTTP 200 with ``{"exception", "errorcode", "message"}``: every answer is checked.
"""
from __future__ import annotations

import asyncio
import html
import logging
import re
from typing import Awaitable, Callable

import httpx

from bot.store.forum_inbox import ForumInbox
from bot.channels.forum.types import MOODLE, ForumPost, ForumTarget, parse_time
from bot.channels.forum.webhooks import html_to_text
from bot.errors import MoodleError

log = logging.getLogger(__name__)

PER_PAGE = 50
MAX_PAGES = 20


def flatten(params: dict) -> dict[str, str]:
    """Moodle's REST form encoding: lists of dicts become ``name[0][key]=value``."""
    flat: dict[str, str] = {}
    for name, value in params.items():
        if isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                for key, sub in item.items():
                    flat[f"{name}[{i}][{key}]"] = str(sub)
        elif isinstance(value, bool):
            flat[name] = "1" if value else "0"
        else:
            flat[name] = str(value)
    return flat


class MoodleClient:
    """Calls ``{site}/webservice/rest/server.php`` with a token; raises `MoodleError` on any failure (a
    `DeliveryError`: permanent unless its errorcode is one a fixed token or a retry can cure)."""

    def __init__(self, site_url: str, token: str, client: httpx.AsyncClient) -> None:
        self.site_url = site_url.rstrip("/")
        self.endpoint = f"{self.site_url}/webservice/rest/server.php"
        self.token = token
        self.client = client

    async def call(self, function: str, **params) -> dict:
        """One web-service function; the decoded JSON answer."""
        data = {"wstoken": self.token, "wsfunction": function, "moodlewsrestformat": "json", **flatten(params)}
        try:
            response = await self.client.post(self.endpoint, data=data)
        except httpx.HTTPError as exc:
            raise MoodleError("transport", f"{function} at {self.endpoint}: {exc.__class__.__name__}") from exc
        if response.status_code >= 300:
            raise MoodleError("http_error", f"{function}: HTTP {response.status_code}", response.status_code)
        try:
            body = response.json()
        except ValueError:
            raise MoodleError("http_error", f"{function}: the answer is not JSON") from None
        if isinstance(body, dict) and "exception" in body:
            raise MoodleError(str(body.get("errorcode") or "unknown"), f"{function}: {body.get('message') or ''}")
        return body


def markdown_to_html(text: str) -> str:
    """Rafiq's Markdown replies as simple HTML for Moodle (paragraphs, line breaks, links, emphasis)."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        escaped = html.escape(block, quote=False)
        escaped = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)",
                         lambda m: f'<a href="{html.escape(m.group(2))}">{m.group(1)}</a>', escaped)
        escaped = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"<em>\1</em>", escaped)
        out.append("<p>" + escaped.replace("\n", "<br>") + "</p>")
    return "\n".join(out)


class MoodlePoster:
    """Replies (public, or private to the author) with ``mod_forum_add_discussion_post``.

    Moodle's web services have no flag: held or hidden posts reach tutors as tickets instead.
    """

    flags = False  # the forum pipeline opens a review ticket instead, and tells the author so

    def __init__(self, client: MoodleClient) -> None:
        self.client = client

    async def _post(self, target: ForumTarget, text: str, private: bool) -> str | None:
        options = [{"name": "private", "value": 1}] if private else []
        body = await self.client.call("mod_forum_add_discussion_post", postid=int(target.post_id),
                                      subject=f"Re: {target.title}"[:255], message=markdown_to_html(text),
                                      messageformat=1, options=options)
        return str(body.get("postid", ""))

    async def reply(self, target: ForumTarget, text: str) -> str | None:
        """A public reply under the question post."""
        return await self._post(target, text, private=False)

    async def flag(self, target: ForumTarget, verdict: str, note: str) -> str | None:
        """No flag in Moodle's web services: nothing to send (the ticket and the log carry it)."""
        log.info("moodle has no flag API; post %s (%s) is left to tutors", target.post_id, verdict)
        return None

    async def notify(self, target: ForumTarget, text: str, lang: str) -> str | None:
        """A private reply only the author (and teachers) can read."""
        return await self._post(target, text, private=True)


Accept = Callable[[ForumPost, str], Awaitable[bool]]


class MoodlePoller:
    """Reads new posts of the configured forums and hands them to `accept(post, event_id)`.

    Example: ``await MoodlePoller(client, inbox, (3,), accept).poll_once()`` → how many new posts.
    """

    def __init__(self, client: MoodleClient, inbox: ForumInbox, forum_ids: tuple[int, ...], accept: Accept) -> None:
        self.client = client
        self.inbox = inbox
        self.forum_ids = forum_ids
        self.accept = accept
        self._bot_id: int | None = None

    async def bot_user_id(self) -> int:
        """The web-service user's id (its own posts are skipped)."""
        if self._bot_id is None:
            info = await self.client.call("core_webservice_get_site_info")
            self._bot_id = int(info.get("userid", 0))
        return self._bot_id

    async def poll_once(self) -> int:
        """Read every configured forum once; returns how many new posts were accepted."""
        bot_id = await self.bot_user_id()
        accepted = 0
        for forum_id in self.forum_ids:
            accepted += await self._poll_forum(forum_id, bot_id)
        return accepted

    async def _poll_forum(self, forum_id: int, bot_id: int) -> int:
        key = f"moodle:{forum_id}"
        cursor = int(await asyncio.to_thread(self.inbox.cursor, key) or 0)
        newest, accepted = cursor, 0
        for page in range(MAX_PAGES):
            data = await self.client.call("mod_forum_get_forum_discussions", forumid=forum_id, sortorder=1,
                                          page=page, perpage=PER_PAGE)
            discussions = data.get("discussions") or []
            for discussion in discussions:
                if int(discussion.get("timemodified") or 0) < cursor:
                    continue
                accepted += await self._read_discussion(discussion, bot_id)
                newest = max(newest, int(discussion.get("timemodified") or 0))
            unpinned = [d for d in discussions if not d.get("pinned")]
            if len(discussions) < PER_PAGE or (unpinned and int(unpinned[-1].get("timemodified") or 0) < cursor):
                break
        if newest != cursor:
            await asyncio.to_thread(self.inbox.set_cursor, key, str(newest))
        return accepted

    async def _read_discussion(self, discussion: dict, bot_id: int) -> int:
        data = await self.client.call("mod_forum_get_discussion_posts", discussionid=int(discussion["discussion"]),
                                      sortby="created", sortdirection="ASC")
        accepted = 0
        title = str(discussion.get("name") or discussion.get("subject") or "")
        for raw in data.get("posts") or []:
            author = raw.get("author") or {}
            if int(author.get("id") or 0) == bot_id or raw.get("isprivatereply") or raw.get("isdeleted"):
                continue
            post = ForumPost(
                forum=MOODLE, channel=MOODLE, thread_id=str(discussion["discussion"]), post_id=str(raw["id"]),
                author=str(author.get("id") or ""), text=html_to_text(str(raw.get("message") or "")),
                title=title, is_first=not raw.get("parentid"),  # cut once masked (ForumPost.masked)
                reply_to=str(raw["parentid"]) if raw.get("parentid") else None,
                created_at=parse_time(raw.get("timecreated")),
                url=f"{self.client.site_url}/mod/forum/discuss.php?d={discussion['discussion']}")
            if await self.accept(post, f"post:{raw['id']}"):
                accepted += 1
        return accepted

    async def poll(self) -> None:
        """One round, the step of the poller's `PeriodicWorker`: a Moodle error is logged as a warning."""
        try:
            count = await self.poll_once()
        except MoodleError as exc:
            log.warning("moodle polling failed: %s", exc)
            return
        if count:
            log.info("moodle: %d new posts", count)
