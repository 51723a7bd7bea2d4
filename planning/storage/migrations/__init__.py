"""Alembic migrations of the Homeward schema (driven by `planning.storage.migrate`, no alembic.ini)."""
