"""Keys, users and roles."""

from planning.security import texts as texts
