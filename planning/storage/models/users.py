"""People who use Homeward: their role, password hash (Argon2), recovery code hash and sign-in state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, UtcDateTime, Versioned, enum_column, utcnow
from planning.vocabulary import Role


class UserAccount(Versioned, Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_column(Role))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    #: Set when an administrator chose the password (new account, reset): changed at the next sign-in.
    must_change_password: Mapped[bool] = mapped_column(default=False)
    password_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: A data-protection officer's one-time recovery code, as an Argon2id hash (the code itself is shown once).
    recovery_code_hash: Mapped[str | None] = mapped_column(String(200))
    recovery_code_made_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
