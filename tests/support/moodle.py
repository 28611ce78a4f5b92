"""A Moodle web-service stand-in: ``POST /webservice/rest/server.php`` for the forum functions.

    with MoodleStandIn(token="t") as moodle:
        d = moodle.add_discussion(forum_id=3, subject="Évaluation", message="<p>Comment ...?</p>")
        httpx.post(moodle.endpoint, data={"wstoken": "t", "moodlewsrestformat": "json",
                   "wsfunction": "mod_forum_add_discussion_post", "postid": d["postid"],
                   "subject": "Re: Évaluation", "message": "<p>Réponse</p>"})
        assert moodle.posted[0]["parentid"] == d["postid"]

Errors come back as HTTP 200 with ``{"exception", "errorcode", "message"}`` like Moodle's; an
injected failure with a status other than 200 answers a plain HTTP error instead.
"""

from __future__ import annotations

import copy
import itertools
import time
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from tests.support import _moodle_wire as wire
from tests.support._server import Failure, StandInServer

SORTORDERS = {1: ("timemodified", True), 2: ("timemodified", False), 3: ("created", True),
              4: ("created", False), 5: ("numreplies", True), 6: ("numreplies", False)}
ADD_POST_OPTIONS = {"discussionsubscribe", "private", "inlineattachmentsid", "attachmentsid",
                    "topreferredformat"}


class _WsError(Exception):
    def __init__(self, body: dict) -> None:
        super().__init__(body["errorcode"])
        self.body = body


def _int(params: dict, name: str, default: int | None = None) -> int:
    value = params.get(name)
    if value is None or value == "":
        if default is None:
            raise _WsError(wire.invalid_parameter(
                name, f"Missing required key in single structure: {name}"))
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _WsError(wire.invalid_parameter(name, "Invalid external api parameter")) from None


class MoodleStandIn(StandInServer):
    """Moodle stand-in; see the module docstring for a usage example."""

    def __init__(self, token: str = "moodle-test-token", bot_user_id: int = 2,
                 bot_fullname: str = "Rafiq Assistant", site_name: str = "e-Takwine (test)") -> None:
        super().__init__()
        self.token = token
        self.bot_user_id = bot_user_id
        self.bot_fullname = bot_fullname
        self.site_name = site_name
        self._ids = itertools.count(1001)
        self._forums: set[int] = set()
        self._discussions: dict[int, dict] = {}
        self._posts: dict[int, dict] = {}
        self._posted: list[dict] = []
        self._calls: list[tuple[str, dict]] = []

    @property
    def base_url(self) -> str:
        """The site URL (``http://127.0.0.1:PORT``)."""
        return self.root_url

    @property
    def endpoint(self) -> str:
        """``{site}/webservice/rest/server.php``."""
        return f"{self.root_url}/webservice/rest/server.php"

    def _routes(self) -> list[BaseRoute]:
        return [Route("/webservice/rest/server.php", self._handle, methods=["GET", "POST"])]

    # -- test API ----------------------------------------------------------------------------
    def add_forum(self, forum_id: int) -> None:
        """Register a forum with no discussions yet (``add_discussion`` registers its forum)."""
        with self._cond:
            self._forums.add(forum_id)

    def add_discussion(self, forum_id: int, subject: str, message: str, userid: int = 20,
                       fullname: str = "Samira Alaoui", created: int | None = None,
                       pinned: bool = False, locked: bool = False) -> dict:
        """Start a discussion; return ``{"discussion": id, "postid": first post id}``."""
        created = int(time.time()) if created is None else created
        with self._cond:
            self._forums.add(forum_id)
            discussion = {"id": next(self._ids), "forum": forum_id, "name": subject,
                          "pinned": pinned, "locked": locked, "timemodified": created}
            self._discussions[discussion["id"]] = discussion
            first = self._add(discussion["id"], 0, subject, message, userid, fullname, created)
            discussion["firstpost"] = first["id"]
            return {"discussion": discussion["id"], "postid": first["id"]}

    def add_reply(self, parent_post_id: int, message: str, userid: int = 21,
                  fullname: str = "Youssef Idrissi", subject: str | None = None,
                  created: int | None = None) -> int:
        """Reply to a post as a forum user; return the new post id."""
        with self._cond:
            parent = self._posts[parent_post_id]
            subject = subject or f"Re: {self._discussions[parent['discussion']]['name']}"
            created = int(time.time()) if created is None else created
            return self._add(parent["discussion"], parent_post_id, subject, message, userid,
                             fullname, created)["id"]

    @property
    def posted(self) -> list[dict]:
        """Posts made through ``mod_forum_add_discussion_post``: postid, parentid, discussionid,
        subject, message, messageformat, options (name -> value)."""
        with self._cond:
            return copy.deepcopy(self._posted)

    @property
    def calls(self) -> list[tuple[str, dict]]:
        """Every call as ``(wsfunction, decoded params)``, wstoken included."""
        with self._cond:
            return copy.deepcopy(self._calls)

    def fail_next(self, times: int = 1, status: int = 500, errorcode: str | None = None,
                  function: str | None = None) -> None:
        """Fail the next calls (to ``function`` or any): HTTP ``status``, or with ``errorcode``
        a Moodle exception body under HTTP 200."""
        self._queue_failures(Failure(200 if errorcode else status, None, function, errorcode),
                             times)

    def _snapshot(self) -> list[dict]:
        return self.posted

    def _describe(self) -> str:
        return repr(self._calls)

    # -- HTTP --------------------------------------------------------------------------------
    async def _handle(self, request: Request) -> Response:
        items = list(request.query_params.multi_items())
        if request.method == "POST":
            async with request.form() as form:
                items += [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
        params = wire.unflatten(items)
        function = str(params.get("wsfunction", ""))
        with self._cond:
            self._calls.append((function, params))
            failure = self._take_failure(function)
            try:
                if failure is not None and failure.detail is None:
                    return PlainTextResponse("Internal Server Error", status_code=failure.status)
                if failure is not None:
                    raise _WsError(wire.exception(failure.detail or "", "injected failure"))
                if params.get("wstoken") != self.token:
                    raise _WsError(wire.exception("invalidtoken", "Invalid token - token not found"))
                handler = _FUNCTIONS.get(function)
                if handler is None:
                    raise _WsError(wire.exception(
                        "invalidrecord", "Can't find data record in database table external_functions.",
                        "dml_missing_record_exception"))
                body: Any = handler(self, params)
            except _WsError as exc:
                body = exc.body
            finally:
                self._notify()
        if params.get("moodlewsrestformat") != "json":
            text = wire.xml_exception(body) if "exception" in body else "<RESPONSE/>"
            return Response(text, media_type="application/xml")
        return JSONResponse(body)

    # -- records -----------------------------------------------------------------------------
    def _add(self, discussion_id: int, parent: int, subject: str, message: str, userid: int,
             fullname: str, created: int, private: bool = False) -> dict:
        post = {"id": next(self._ids), "discussion": discussion_id, "parent": parent,
                "subject": subject, "message": message, "userid": userid, "fullname": fullname,
                "created": created, "modified": created, "private": private}
        self._posts[post["id"]] = post
        discussion = self._discussions[discussion_id]
        discussion["timemodified"] = max(discussion["timemodified"], created)
        return post

    def _posts_in(self, discussion_id: int) -> list[dict]:
        return [p for p in self._posts.values() if p["discussion"] == discussion_id]

    # -- web service functions ---------------------------------------------------------------
    def site_info(self, params: dict) -> dict:
        """core_webservice_get_site_info."""
        first, _, last = self.bot_fullname.partition(" ")
        return {
            "sitename": self.site_name, "username": "rafiq", "firstname": first,
            "lastname": last, "fullname": self.bot_fullname, "lang": "fr",
            "userid": self.bot_user_id, "siteurl": self.root_url,
            "userpictureurl": f"{self.root_url}/theme/image.php/boost/core/1/u/f1",
            "functions": [{"name": name, "version": "2024100700"} for name in _FUNCTIONS],
            "downloadfiles": 1, "uploadfiles": 1, "release": "4.5 (Build: 20241007)",
            "version": "2024100700", "mobilecssurl": "", "advancedfeatures": [],
            "usercanmanageownfiles": True, "userquota": 0, "usermaxuploadfilesize": -1,
            "userhomepage": 1, "siteid": 1, "sitecalendartype": "gregorian",
            "usercalendartype": "gregorian", "theme": "boost",
        }

    def forum_discussions(self, params: dict) -> dict:
        """mod_forum_get_forum_discussions (pinned first, then ``sortorder``; page/perpage)."""
        forum_id = _int(params, "forumid")
        sortorder = _int(params, "sortorder", -1)
        sortorder = 1 if sortorder == -1 else sortorder
        if sortorder not in SORTORDERS:
            raise _WsError(wire.exception(
                "invalidparameter", f"Invalid value for sortorder parameter (value: {sortorder}),"
                " allowed values are: 1,2,3,4,5,6", "invalid_parameter_exception"))
        page, perpage = _int(params, "page", -1), _int(params, "perpage", 0)
        if forum_id not in self._forums:
            raise _WsError(wire.exception(f"Unable to find forum with id {forum_id}",
                                          f"error/Unable to find forum with id {forum_id}"))
        rows = []
        for discussion in [d for d in self._discussions.values() if d["forum"] == forum_id]:
            thread = sorted(self._posts_in(discussion["id"]), key=lambda p: (p["created"], p["id"]))
            rows.append(wire.export_discussion(discussion, thread[0], thread[-1],
                                               len(thread) - 1, self.root_url))
        key, descending = SORTORDERS[sortorder]
        rows.sort(key=lambda r: (r[key], r["discussion"]), reverse=descending)
        rows.sort(key=lambda r: not r["pinned"])
        if perpage > 0:
            start = max(page, 0) * perpage
            rows = rows[start:start + perpage]
        return {"discussions": rows, "warnings": []}

    def discussion_posts(self, params: dict) -> dict:
        """mod_forum_get_discussion_posts (sortby id/created/modified, ASC/DESC)."""
        discussion_id = _int(params, "discussionid")
        sortby = str(params.get("sortby") or "created").lower()
        direction = str(params.get("sortdirection") or "DESC").upper()
        if sortby not in ("id", "created", "modified") or direction not in ("ASC", "DESC"):
            raise _WsError(wire.exception(
                "invalidparameter", "Invalid value for sortby or sortdirection parameter",
                "invalid_parameter_exception"))
        discussion = self._discussions.get(discussion_id)
        if discussion is None:
            raise _WsError(wire.exception(
                "invalidrecord", "Can't find data record in database table forum_discussions.",
                "dml_missing_record_exception"))
        posts = sorted(self._posts_in(discussion_id), key=lambda p: (p[sortby], p["id"]),
                       reverse=direction == "DESC")
        return {"posts": [wire.export_post(p, self.root_url, discussion["name"]) for p in posts],
                "forumid": discussion["forum"], "courseid": 2,
                "ratinginfo": {"contextid": 1, "component": "mod_forum", "ratingarea": "post",
                               "canviewall": None, "canviewany": None, "scales": [],
                               "ratings": []},
                "warnings": []}

    def add_discussion_post(self, params: dict) -> dict:
        """mod_forum_add_discussion_post: reply to ``postid`` as the web-service user."""
        parent_id = _int(params, "postid")
        for name in ("subject", "message"):
            if params.get(name) is None:
                raise _WsError(wire.invalid_parameter(
                    name, f"Missing required key in single structure: {name}"))
        options = {}
        for option in params.get("options") or []:
            name = str(option.get("name", "")).strip()
            if name not in ADD_POST_OPTIONS:
                raise _WsError(wire.exception("errorinvalidparam",
                                              f'The param "{name}" is invalid.'))
            options[name] = option.get("value")
        parent = self._posts.get(parent_id)
        if parent is None:
            raise _WsError(wire.exception("invalidparentpostid", "Parent post ID was incorrect"))
        discussion = self._discussions[parent["discussion"]]
        if discussion["locked"]:
            raise _WsError(wire.exception("nopostforum", "Sorry, but you can not post in this forum."))
        private = str(options.get("private", "0")).lower() in ("1", "true")
        post = self._add(discussion["id"], parent_id, str(params["subject"]),
                         str(params["message"]), self.bot_user_id, self.bot_fullname,
                         int(time.time()), private)
        self._posted.append({"postid": post["id"], "parentid": parent_id,
                             "discussionid": discussion["id"], "subject": post["subject"],
                             "message": post["message"],
                             "messageformat": _int(params, "messageformat", 1), "options": options})
        return {"postid": post["id"], "warnings": [],
                "post": wire.export_post(post, self.root_url, discussion["name"]),
                "messages": [{"type": "success", "message": "Your post was successfully added."}]}


_FUNCTIONS: dict[str, Callable[[MoodleStandIn, dict], dict]] = {
    "core_webservice_get_site_info": MoodleStandIn.site_info,
    "mod_forum_get_forum_discussions": MoodleStandIn.forum_discussions,
    "mod_forum_get_discussion_posts": MoodleStandIn.discussion_posts,
    "mod_forum_add_discussion_post": MoodleStandIn.add_discussion_post,
}
