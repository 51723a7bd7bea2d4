"""Persistence: the SQLAlchemy models, the engine (SQLCipher or PostgreSQL) and migrations."""

from planning.storage import texts as texts
