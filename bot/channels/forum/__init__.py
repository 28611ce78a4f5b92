"""The forum channel: Discourse, Moodle and generic webhooks, the forum inbox workers and the posters."""
from bot.channels.forum.routes import router
from bot.channels.forum.service import ForumService
from bot.channels.forum.types import ForumConfig

__all__ = ["ForumConfig", "ForumService", "router"]
