"""Forum stand-ins in one import: Discourse, Moodle, a generic callback receiver and the
Discourse webhook helpers.

    from tests.support.forum_standins import DiscourseStandIn, MoodleStandIn, signed_webhook
"""

from tests.support.callback import CallbackStandIn
from tests.support.discourse import FLAG_TYPES, DiscourseStandIn
from tests.support.discourse_payloads import (
    deliver_webhook,
    make_post,
    make_topic,
    signature,
    signed_webhook,
)
from tests.support.moodle import MoodleStandIn

__all__ = [
    "FLAG_TYPES",
    "CallbackStandIn",
    "DiscourseStandIn",
    "MoodleStandIn",
    "deliver_webhook",
    "make_post",
    "make_topic",
    "signature",
    "signed_webhook",
]
