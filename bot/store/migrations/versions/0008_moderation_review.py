"""moderation_log: what a tutor needs to review a decision, and the tutor's label when overturned

The language, the cues and evidence (each model's scores, the nearest guide section) behind a decision,
the masked text of decisions that found something, and who overturned it to which label (a training
candidate).

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('moderation_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lang', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('cues', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('evidence', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('text', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('overturned_to', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('overturned_by', sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column('overturned_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_moderation_log_verdict'), ['verdict'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('moderation_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_moderation_log_verdict'))
        for column in ('overturned_at', 'overturned_by', 'overturned_to', 'text', 'evidence', 'cues', 'lang'):
            batch_op.drop_column(column)
