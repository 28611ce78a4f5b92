"""moderation_log.ref: the post a decision is about ("<channel>:<post id>")

A tutor's review finding a held forum post acceptable closes that post's review ticket: the decision names its post
so that the ticket can be found. Older rows have none (NULL): their tickets are closed by hand, as before.

Revision ID: 0011
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('moderation_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ref', sa.String(length=191), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('moderation_log', schema=None) as batch_op:
        batch_op.drop_column('ref')
