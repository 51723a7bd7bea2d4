"""Persistence: the SQLAlchemy models, the engine (SQLCipher or PostgreSQL) and migrations."""
