"""Forum API failures are typed: `ForumApiError.status` says what the forum answered (no string matching)."""
from __future__ import annotations

import httpx
import pytest

from bot.channels.forum.adapters import DiscoursePoster
from bot.channels.forum.types import ForumTarget
from bot.errors import ForumApiError
from tests.support.forum_standins import DiscourseStandIn

KEY = "test-key"


@pytest.fixture
def discourse():
    with DiscourseStandIn(api_key=KEY, api_username="rafiq") as standin:
        yield standin


async def test_a_422_on_a_flag_means_already_flagged_and_other_refusals_carry_their_status(discourse):
    target = ForumTarget("discourse", "11", post_id="101", post_number=1)
    async with httpx.AsyncClient() as client:
        poster = DiscoursePoster(discourse.base_url, KEY, "rafiq", client)
        discourse.fail_next(status=422, path="/post_actions")
        assert await poster.flag(target, "spam", "") == "already-flagged"
        discourse.fail_next(status=404, path="/post_actions")
        with pytest.raises(ForumApiError) as gone:
            await poster.flag(target, "spam", "")
        assert gone.value.status == 404 and gone.value.permanent
        discourse.fail_next(status=429, retry_after=7, path="/post_actions")
        with pytest.raises(ForumApiError) as slow_down:
            await poster.flag(target, "spam", "")
        assert slow_down.value.status == 429 and slow_down.value.retry_after == 7 and not slow_down.value.permanent
        assert await poster.flag(target, "spam", "") == "flag:101:8"


async def test_an_unreachable_forum_is_a_retryable_error_without_status():
    async with httpx.AsyncClient() as client:
        poster = DiscoursePoster("http://127.0.0.1:9", KEY, "rafiq", client)
        with pytest.raises(ForumApiError, match=r"discourse flag POST http://127.0.0.1:9/post_actions") as down:
            await poster.flag(ForumTarget("discourse", "11", post_id="101"), "spam", "")
    assert down.value.status is None and not down.value.permanent
