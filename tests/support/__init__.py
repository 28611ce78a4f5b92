"""HTTP stand-ins for the services Rafiq talks to, served on 127.0.0.1 for tests and benchmarks.

- ``tests.support.bot_api.BotApiStandIn``: the Telegram Bot API.
- ``tests.support.forum_standins``: ``DiscourseStandIn``, ``MoodleStandIn``, ``CallbackStandIn``
  and the Discourse webhook helpers (``signed_webhook``, ``make_post``, ``make_topic``).

Nothing is imported here, so importing the package stays cheap.
"""
