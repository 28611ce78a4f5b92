"""tickets.question_vector: a missing vector is SQL NULL, never the JSON value null

Tickets opened without a vector (held forum posts, appeals) used to store JSON `null`, which the
"open tickets with a vector" query kept and numpy could not stack: every later escalation failed.

Revision ID: 0005
Revises: 0004
"""
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE tickets SET question_vector = NULL "
               "WHERE question_vector IS NOT NULL AND CAST(question_vector AS TEXT) = 'null'")


def downgrade() -> None:
    pass  # SQL NULL is what the old code meant too
