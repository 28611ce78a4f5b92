"""Moodle REST wire format: flattened array parameters, error bodies and exported records.

Shapes follow ``mod/forum/externallib.php`` and the post exporter of Moodle 4.x.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")


def unflatten(items: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """``options[0][name]=a&options[0][value]=b`` -> ``{"options": [{"name": "a", "value": "b"}]}``."""
    root: dict[str, Any] = {}
    for key, value in items:
        match = _KEY.match(key)
        if match is None:
            root[key] = value
            continue
        parts = [match.group(1)] + re.findall(r"\[([^\[\]]*)\]", match.group(2))
        node = root
        for part, nxt in zip(parts, parts[1:], strict=False):
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return {k: _lists(v) for k, v in root.items()}


def _lists(node: Any) -> Any:
    """Turn dicts keyed 0..n-1 into lists, recursively."""
    if not isinstance(node, dict):
        return node
    node = {k: _lists(v) for k, v in node.items()}
    if node and all(k.isdigit() for k in node):
        return [node[k] for k in sorted(node, key=int)]
    return node


def exception(errorcode: str, message: str, kind: str = "moodle_exception",
              debuginfo: str | None = None) -> dict:
    """The JSON body Moodle returns with HTTP 200 when a web service call fails."""
    body = {"exception": kind, "errorcode": errorcode, "message": message}
    if debuginfo is not None:
        body["debuginfo"] = debuginfo
    return body


def invalid_parameter(name: str, detail: str) -> dict:
    """``invalid_parameter_exception`` for one parameter."""
    return exception("invalidparameter", "Invalid parameter value detected",
                     "invalid_parameter_exception",
                     f"{name} => Invalid parameter value detected: {detail}")


def xml_exception(body: dict) -> str:
    """The XML form of an exception (what a client gets without ``moodlewsrestformat=json``)."""
    return (f'<?xml version="1.0" encoding="UTF-8" ?>\n<EXCEPTION class="{body["exception"]}">\n'
            f'<ERRORCODE>{body["errorcode"]}</ERRORCODE>\n<MESSAGE>{body["message"]}</MESSAGE>\n'
            "</EXCEPTION>\n")


def export_post(post: dict, site: str, subject_of_discussion: str) -> dict:
    """A post as ``mod_forum_get_discussion_posts`` returns it."""
    parent = post["parent"] or None
    return {
        "id": post["id"], "subject": post["subject"],
        "replysubject": f"Re: {subject_of_discussion}",
        "message": post["message"], "messageformat": 1,
        "author": {"id": post["userid"], "fullname": post["fullname"], "isdeleted": False,
                   "groups": [],
                   "urls": {"profile": f"{site}/user/view.php?id={post['userid']}",
                            "profileimage": f"{site}/theme/image.php/boost/core/1/u/f1"}},
        "discussionid": post["discussion"], "hasparent": parent is not None,
        "parentid": parent, "timecreated": post["created"], "timemodified": post["modified"],
        "unread": None, "isdeleted": False, "isprivatereply": bool(post.get("private")),
        "haswordcount": False, "wordcount": None, "charcount": None,
        "capabilities": {"view": True, "edit": False, "delete": False, "split": False,
                         "reply": True, "selfenrol": False, "export": False,
                         "controlreadstatus": False, "canreplyprivately": False},
        "urls": {"view": f"{site}/mod/forum/discuss.php?d={post['discussion']}#p{post['id']}",
                 "viewisolated": f"{site}/mod/forum/discuss.php?d={post['discussion']}&parent={post['id']}",
                 "viewparent": None, "edit": None, "delete": None, "split": None,
                 "reply": f"{site}/mod/forum/post.php?reply={post['id']}#mformforum",
                 "export": None, "markasread": None, "markasunread": None, "discuss": None},
        "attachments": [], "messageinlinefiles": [], "tags": [],
        "html": {"rating": None, "taglist": None, "authorsubheading": post["fullname"]},
    }


def export_discussion(discussion: dict, first: dict, last: dict, numreplies: int,
                      site: str) -> dict:
    """A discussion as ``mod_forum_get_forum_discussions`` returns it (``id`` is the first post)."""
    picture = f"{site}/theme/image.php/boost/core/1/u/f1"
    return {
        "id": first["id"], "name": discussion["name"], "groupid": -1,
        "timemodified": discussion["timemodified"], "usermodified": last["userid"],
        "timestart": 0, "timeend": 0, "discussion": discussion["id"], "parent": 0,
        "userid": first["userid"], "created": first["created"], "modified": first["modified"],
        "mailed": 0, "subject": first["subject"], "message": first["message"],
        "messageformat": 1, "messagetrust": 0, "attachment": "", "totalscore": 0, "mailnow": 0,
        "userfullname": first["fullname"], "usermodifiedfullname": last["fullname"],
        "userpictureurl": picture, "usermodifiedpictureurl": picture,
        "numreplies": numreplies, "numunread": 0, "pinned": discussion["pinned"],
        "locked": discussion["locked"], "starred": False, "canreply": not discussion["locked"],
        "canlock": False, "canfavourite": True,
    }
