"""The only package that touches the database: tables, migrations, the outbox, the two inboxes, console sessions."""
from bot.store.store import MIGRATIONS, Store
from bot.store.outbox import Outbox
from bot.store.forum_inbox import ForumInbox
from bot.store.telegram_inbox import Inbox

__all__ = ["MIGRATIONS", "ForumInbox", "Inbox", "Outbox", "Store"]
