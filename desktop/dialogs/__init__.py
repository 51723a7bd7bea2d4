"""Dialogs: small forms over the planning services, with errors shown next to their fields."""
