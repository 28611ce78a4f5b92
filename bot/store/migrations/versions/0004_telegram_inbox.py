"""telegram inbox: updates written on receipt and deleted once handled

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('telegram_inbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('update_id', sa.String(length=32), nullable=False),
    sa.Column('sender', sa.String(length=32), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('update_id')
    )
    with op.batch_alter_table('telegram_inbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_telegram_inbox_sender'), ['sender'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('telegram_inbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_telegram_inbox_sender'))
    op.drop_table('telegram_inbox')
