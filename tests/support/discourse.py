"""A Discourse API stand-in over real HTTP: replies (``POST /posts.json``) and flags (``POST /post_actions``).

    with DiscourseStandIn(api_key="k", api_username="rafiq") as forum:
        httpx.post(forum.base_url + "/posts.json", headers={"Api-Key": "k", "Api-Username": "rafiq"},
                   json={"topic_id": 11, "raw": "Voici une réponse assez longue.", "reply_to_post_number": 1})
        assert forum.posts[0]["topic_id"] == 11

Contract points reproduced: 403 ``invalid_access`` on a wrong key or username, 422 for a body
shorter than ``min_post_length`` (20 by default) or identical to the user's previous post in the
topic, 429 ``rate_limit`` with ``Retry-After`` when injected.
"""

from __future__ import annotations

import copy
import itertools
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route

from tests.support._server import Failure, StandInServer
from tests.support.discourse_payloads import make_post, make_topic

FLAG_TYPES = {3: "off_topic", 4: "inappropriate", 6: "notify_user", 7: "notify_moderators",
              8: "spam", 2: "like"}
_INT_FIELDS = ("topic_id", "reply_to_post_number", "category", "id", "post_action_type_id")


def _errors(status: int, *errors: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"errors": list(errors), **extra}, status_code=status)


async def _read_body(request: Request) -> dict[str, Any]:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        raw = await request.body()
        data = json.loads(raw) if raw.strip() else {}
    else:
        async with request.form() as form:
            data = {k: v for k, v in form.items() if isinstance(v, str)}
    for key in _INT_FIELDS:
        if isinstance(data.get(key), str) and data[key].lstrip("-").isdigit():
            data[key] = int(data[key])
    return data


class DiscourseStandIn(StandInServer):
    """Discourse stand-in; see the module docstring for a usage example."""

    def __init__(self, api_key: str = "discourse-test-key", api_username: str = "rafiq",
                 bot_user_id: int = 2, min_post_length: int = 20) -> None:
        super().__init__()
        self.api_key = api_key
        self.api_username = api_username
        self.bot_user_id = bot_user_id
        self.min_post_length = min_post_length
        self._post_ids = itertools.count(5001)
        self._topic_ids = itertools.count(901)
        self._topics: dict[int, dict] = {}
        self._all_posts: dict[int, dict] = {}
        self._created: list[dict] = []
        self._flags: list[dict] = []
        self._requests: list[dict] = []

    @property
    def base_url(self) -> str:
        """The site URL (``http://127.0.0.1:PORT``)."""
        return self.root_url

    def _routes(self) -> list[BaseRoute]:
        return [
            Route("/posts.json", self._create_post, methods=["POST"]),
            Route("/post_actions", self._flag, methods=["POST"]),
            Route("/post_actions.json", self._flag, methods=["POST"]),
            Route("/posts/{post_id:int}.json", self._get_post, methods=["GET"]),
            Route("/t/{topic_id:int}.json", self._get_topic, methods=["GET"]),
        ]

    # -- test API ----------------------------------------------------------------------------
    def add_topic(self, title: str = "Question", category_id: int = 5,
                  topic_id: int | None = None, archetype: str = "regular") -> dict:
        """Register a topic (posts to unknown topics also create one)."""
        with self._cond:
            return copy.deepcopy(self._topic(topic_id, title, category_id, archetype))

    def add_post(self, topic_id: int, raw: str, username: str = "samira", user_id: int = 20,
                 reply_to_post_number: int | None = None) -> dict:
        """Register a post written by a forum user (what a webhook would announce); return it."""
        with self._cond:
            return copy.deepcopy(self._new_post(topic_id, raw, username, user_id,
                                                reply_to_post_number))

    @property
    def posts(self) -> list[dict]:
        """Posts created through ``POST /posts.json``, oldest first."""
        with self._cond:
            return copy.deepcopy(self._created)

    @property
    def flags(self) -> list[dict]:
        """Bodies of ``POST /post_actions`` that succeeded (``id``, ``post_action_type_id``...)."""
        with self._cond:
            return copy.deepcopy(self._flags)

    @property
    def requests(self) -> list[dict]:
        """Every request: method, path, the two auth headers, body and the status answered."""
        with self._cond:
            return copy.deepcopy(self._requests)

    def fail_next(self, times: int = 1, status: int = 500, retry_after: int | None = None,
                  path: str | None = None) -> None:
        """Answer the next ``times`` requests (to ``path``, or any) with ``status``."""
        self._queue_failures(Failure(status, retry_after, path), times)

    def _snapshot(self) -> list[dict]:
        return self.posts

    def _describe(self) -> str:
        return repr(self._requests)

    # -- internals ---------------------------------------------------------------------------
    def _topic(self, topic_id: int | None, title: str = "Question", category_id: int = 5,
               archetype: str = "regular") -> dict:
        if topic_id is None:
            topic_id = next(self._topic_ids)
        if topic_id not in self._topics:
            self._topics[topic_id] = make_topic(topic_id=topic_id, title=title,
                                                category_id=category_id, archetype=archetype,
                                                posts_count=0)
        return self._topics[topic_id]

    def _new_post(self, topic_id: int | None, raw: str, username: str, user_id: int,
                  reply_to_post_number: int | None, title: str = "Question",
                  category_id: int = 5) -> dict:
        topic = self._topic(topic_id, title, category_id)
        topic["posts_count"] += 1
        topic["highest_post_number"] = topic["posts_count"]
        post = make_post(post_id=next(self._post_ids), topic_id=topic["id"], raw=raw,
                         username=username, user_id=user_id, post_number=topic["posts_count"],
                         reply_to_post_number=reply_to_post_number, topic_title=topic["title"],
                         category_id=topic["category_id"], topic_archetype=topic["archetype"])
        self._all_posts[post["id"]] = post
        return post

    def _begin(self, request: Request, body: dict) -> JSONResponse | None:
        """Record the request, then apply an injected failure or the auth check."""
        entry = {"method": request.method, "path": request.url.path, "body": body,
                 "api_key": request.headers.get("api-key"),
                 "api_username": request.headers.get("api-username")}
        self._requests.append(entry)
        failure = self._take_failure(request.url.path)
        if failure is not None:
            entry["status"] = failure.status
            if failure.status == 429:
                wait = failure.retry_after or 10
                return JSONResponse(
                    {"errors": [f"You’ve performed this action too many times. Please wait "
                                f"{wait} seconds before trying again."],
                     "error_type": "rate_limit",
                     "extras": {"wait_seconds": wait, "time_left": f"{wait} seconds"}},
                    status_code=429, headers={"Retry-After": str(wait)})
            return _errors(failure.status, "injected failure")
        if entry["api_key"] != self.api_key or entry["api_username"] != self.api_username:
            entry["status"] = 403
            return _errors(403, "You are not permitted to view the requested resource. The API "
                           "username or key is invalid.", error_type="invalid_access")
        return None

    async def _create_post(self, request: Request) -> JSONResponse:
        body = await _read_body(request)
        with self._cond:
            refused = self._begin(request, body) or self._check_post(body)
            if refused is not None:
                self._requests[-1].setdefault("status", refused.status_code)
                self._notify()
                return refused
            post = self._new_post(body.get("topic_id"), str(body["raw"]), self.api_username,
                                  self.bot_user_id, body.get("reply_to_post_number"),
                                  str(body.get("title") or "Question"),
                                  int(body.get("category") or 5))
            post.update({"yours": True, "can_edit": True, "can_delete": True})
            self._created.append(copy.deepcopy(post))
            self._requests[-1]["status"] = 200
            self._notify()
            return JSONResponse(post)

    def _check_post(self, body: dict) -> JSONResponse | None:
        raw = str(body.get("raw") or "")
        if body.get("topic_id") is None and not body.get("title"):
            return _errors(422, "Title can't be blank", action="create_post")
        if len(raw.strip()) < self.min_post_length:
            return _errors(422, f"Body is too short (minimum is {self.min_post_length} characters)",
                           action="create_post")
        if len(raw) > 32000:
            return _errors(422, f"Body is limited to 32000 characters; you entered {len(raw)}.",
                           action="create_post")
        previous = [p for p in self._created if p["topic_id"] == body.get("topic_id")]
        if previous and previous[-1]["raw"].strip() == raw.strip():
            return _errors(422, "Body is too similar to what you recently posted",
                           action="create_post")
        return None

    async def _flag(self, request: Request) -> JSONResponse:
        body = await _read_body(request)
        with self._cond:
            refused = self._begin(request, body)
            if refused is None and body.get("post_action_type_id") not in FLAG_TYPES:
                refused = _errors(400, "param is missing or the value is invalid: post_action_type_id")
            if refused is not None:
                self._requests[-1].setdefault("status", refused.status_code)
                self._notify()
                return refused
            self._flags.append(copy.deepcopy(body))
            self._requests[-1]["status"] = 200
            self._notify()
            post = copy.deepcopy(self._all_posts.get(body.get("id")) or make_post(post_id=body.get("id", 0)))
        post["actions_summary"] = [{"id": body["post_action_type_id"], "count": 1, "acted": True,
                                    "can_undo": True}]
        return JSONResponse(post)

    async def _get_post(self, request: Request) -> JSONResponse:
        with self._cond:
            post = self._all_posts.get(request.path_params["post_id"])
        if post is None:
            return _errors(404, "The requested URL or resource could not be found.",
                           error_type="not_found")
        return JSONResponse(post)

    async def _get_topic(self, request: Request) -> JSONResponse:
        topic_id = request.path_params["topic_id"]
        with self._cond:
            topic = copy.deepcopy(self._topics.get(topic_id))
            posts = [copy.deepcopy(p) for p in self._all_posts.values() if p["topic_id"] == topic_id]
        if topic is None:
            return _errors(404, "The requested URL or resource could not be found.",
                           error_type="not_found")
        topic["post_stream"] = {"posts": sorted(posts, key=lambda p: p["post_number"]),
                                "stream": [p["id"] for p in posts]}
        return JSONResponse(topic)
