"""forum_events: the stored moderation verdict and a renewable lease

A post is moderated once: its verdict is kept with the event and reused when processing is retried.
`lease_until` lets a live worker take over the events of a worker that died.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('forum_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('verdict', sa.JSON(none_as_null=True), nullable=True))
        batch_op.add_column(sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('forum_events', schema=None) as batch_op:
        batch_op.drop_column('lease_until')
        batch_op.drop_column('verdict')
