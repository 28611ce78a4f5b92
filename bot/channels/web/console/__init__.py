"""The tutors' console: sign-in, ticket queue and answers, statistics and FAQ proposals, under /console."""
from bot.channels.web.console.routes import mount_console

__all__ = ["mount_console"]
