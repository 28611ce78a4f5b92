"""key_proposals: trainers' questions (masked) proposed as question keys after a helpful answer

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('key_proposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.String(length=128), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('normalized', sa.String(length=400), nullable=False),
    sa.Column('interaction_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.String(length=128), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('section_id', 'normalized')
    )
    with op.batch_alter_table('key_proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_proposals_user_id'), ['user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_key_proposals_state'), ['state'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('key_proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_proposals_state'))
        batch_op.drop_index(batch_op.f('ix_key_proposals_user_id'))
    op.drop_table('key_proposals')
