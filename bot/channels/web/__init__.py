"""The web channel: the chat page and JSON API (`create_app`), the tutors' console, static files and templates."""
from bot.channels.web.app import create_app

__all__ = ["create_app"]
