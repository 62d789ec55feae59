"""Alembic migrations of the PostgreSQL store (plain SQL, applied by ``newsrewind.store.postgres``)."""
