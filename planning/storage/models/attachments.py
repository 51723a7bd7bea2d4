"""Files attached to a follow-up (a photo of a document, a partner's report), sealed at field level."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from planning.storage.base import Base, UtcDateTime, utcnow


class FollowUpAttachment(Base):
    """Append-only: an attachment is added with the follow-up or later, never edited."""

    __tablename__ = "follow_up_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("follow_up.id", ondelete="CASCADE"), index=True)
    #: The file's name as the monitor chose it (sealed: a name can say a lot).
    filename: Mapped[str] = mapped_column(String(800))
    media_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column()
    #: SHA-256 of the plain content, checked when the file is opened.
    sha256: Mapped[str] = mapped_column(String(64))
    #: The content, sealed with the field key.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_by: Mapped[str] = mapped_column(String(80))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
