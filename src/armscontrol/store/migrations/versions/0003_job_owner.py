"""Jobs: the server that owns each unfinished job and when it last said it was alive.

A server marks ``failed`` only the jobs no live server owns: those whose owner's
heartbeat is older than :data:`armscontrol.store.jobs.ORPHAN_AFTER`, or that have
no owner (recorded before this revision).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("owner", sa.String(64), nullable=True))
        batch.add_column(sa.Column("heartbeat", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("heartbeat")
        batch.drop_column("owner")
