"""Recovery codes as people handle them: 25 characters of Crockford's base32 (125 bits) in five groups.

Typing one back, case, spaces, dashes and the look-alikes O/0 and I/L/1 do not matter: `normalise` is
what is hashed and compared.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS, GROUP = 5, 5
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    """A fresh code, 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX'."""
    characters = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP))
    return "-".join(characters[i:i + GROUP] for i in range(0, len(characters), GROUP))


def normalise(code: str | None) -> str:
    """The code as it is hashed: upper case, no spaces or dashes, look-alikes read as digits."""
    return "".join((code or "").upper().split()).replace("-", "").translate(_LOOK_ALIKES)
