"""Which field-encryption key a database's sealed fields use (the key itself lives in the OS keychain)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, UtcDateTime, utcnow


class FieldKey(Base):
    """One row (id 1): the public id of the database's field key.

    `embedded_copy` holds the key only in an embedded SQLCipher file, which is itself encrypted with the
    database key, so a desktop without a keychain can still open its own notes. A server database never
    holds it: each desktop imports the key into its keychain.
    """

    __tablename__ = "field_key"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    embedded_copy: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
