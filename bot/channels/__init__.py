"""Channel adapters: each turns its wire format into a `Message` and carries out the Tutor's `Decision`.

    telegram/  python-telegram-bot handlers, the Telegram sender and runtime
    forum/     Discourse, Moodle and generic forum hooks, their inbox workers and posters
    web/       the chat page and JSON API, the tutors' console

Channels decide nothing and never import `moderation` or `retrieval` (tests/test_architecture.py).
"""
